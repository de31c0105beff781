import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';

/** The map canvas's and the filter bar's boxes, in CSS pixels. */
async function boxes(page: Page): Promise<{ canvas: number[]; bar: number[] }> {
  return page.evaluate(() => {
    const box = (el: Element | null): number[] => {
      const r = el!.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height].map(Math.round);
    };
    return { canvas: box(document.querySelector('canvas[data-view]')), bar: box(document.querySelector('.filter-bar')) };
  });
}

/** Whether every control of the filter bar lies inside the window (none pushed off its right side). */
async function barControlsInWindow(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.filter-bar button, .filter-bar input, .filter-bar .filter-count')].every((el) => {
      const r = el.getBoundingClientRect();
      return r.left >= 0 && r.right <= window.innerWidth + 0.5;
    }),
  );
}

async function openAndFilter(page: Page, url: string): Promise<{ before: Awaited<ReturnType<typeof boxes>> }> {
  await page.goto(url);
  await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
  // The layout has settled once two looks 300 ms apart agree.
  let before = await boxes(page);
  for (;;) {
    await page.waitForTimeout(300);
    const now = await boxes(page);
    if (JSON.stringify(now) === JSON.stringify(before)) break;
    before = now;
  }
  const filter = page.getByRole('combobox', { name: 'Filter by keyword' });
  await filter.fill('diffusion');
  await page.getByRole('option', { name: /diffusion models/ }).click();
  await page.getByRole('button', { name: 'Fit to matches' }).waitFor();
  return { before };
}

describeWithChromium('the filter bar on a wide screen keeps one row', () => {
  const app = useServedApp({ width: 1280, height: 800 });

  test('choosing a keyword keeps the map canvas and the bar at their size, with the chip and its remove button shown', async () => {
    const page = await app.browser.context.newPage();
    const { before } = await openAndFilter(page, app.served.url);
    // A second row (the chip, "Fit to matches") would have made the map shorter: the canvas is
    // resized after a pause, and a resized canvas is redrawn whole.
    await page.waitForTimeout(400);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/filter-bar-wide.png` });
    expect(await boxes(page)).toEqual(before);
    const remove = page.getByRole('button', { name: 'Remove diffusion models from the filter' });
    expect(await remove.isVisible()).toBe(true);
    const bar = before.bar;
    const r = (await remove.boundingBox())!;
    // The remove button is not scrolled out of the chips' box.
    const chips = (await page.locator('.filter-bar > .chips').boundingBox())!;
    expect(r.x + r.width).toBeLessThanOrEqual(chips.x + chips.width + 0.5);
    expect(r.y + r.height).toBeLessThanOrEqual(bar[1] + bar[3]);
    expect(await barControlsInWindow(page)).toBe(true);
    await page.close();
  });
});

describeWithChromium('the filter bar on a narrow screen wraps', () => {
  const app = useServedApp({ width: 900, height: 800 });

  test('its controls stay in the window, on more rows', async () => {
    const page = await app.browser.context.newPage();
    const { before } = await openAndFilter(page, app.served.url);
    await page.waitForTimeout(400);
    const after = await boxes(page);
    expect(after.bar[3]).toBeGreaterThan(before.bar[3]);
    expect(await barControlsInWindow(page)).toBe(true);
    await page.close();
  });
});

describeWithChromium('the filter bar with the year bar and several keywords at 1200 px', () => {
  const app = useServedApp({ width: 1200, height: 800 });

  test('keeps room for a chosen keyword and wraps its other controls rather than hide the keywords', async () => {
    const page = await app.browser.context.newPage();
    const kw = ['reinforc learn', 'mixtur expert', 'graph neural network'].map(encodeURIComponent).join(',');
    await page.goto(`${app.served.url}?kw=${kw}&mode=any`);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    await page.getByRole('group', { name: 'Years' }).waitFor();
    const chips = (await page.locator('.filter-bar > .chips').boundingBox())!;
    // Room for a chip and its remove button (the year bar and the filter's controls left ~100 px).
    expect(chips.width).toBeGreaterThanOrEqual(150);
    const first = page.getByRole('button', { name: 'Remove reinforcement learning from the filter' });
    const r = (await first.boundingBox())!;
    expect(r.x + r.width).toBeLessThanOrEqual(chips.x + chips.width + 0.5);
    expect(await barControlsInWindow(page)).toBe(true);
    await page.close();
  });
});

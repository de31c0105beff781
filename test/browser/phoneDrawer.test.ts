import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';

describeWithChromium('the details sheet of a phone in Chromium', () => {
  const app = useServedApp({ width: 390, height: 844 });

  /** A node's place on the page, from the scene on screen (null while it is not drawn). */
  const nodeOnPage = (page: Page, id: string) =>
    page.evaluate((nodeId) => {
      const scene = window.__topicMap?.getScene();
      const node = scene?.nodes.find((n) => n.id === nodeId);
      if (!scene || !node) return null;
      const canvas = document.querySelector('canvas')!.getBoundingClientRect();
      const { k, x, y } = scene.view;
      return { x: canvas.left + node.x * k + x, y: canvas.top + node.y * k + y };
    }, id);

  test('a paper tapped low on the map is moved above the sheet its details open in', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(app.served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    // The paper drawn lowest on screen: the sheet (up to 70% of the page) will cover it.
    const lowest = await page.evaluate(() => {
      const scene = window.__topicMap!.getScene()!;
      const papers = scene.nodes.filter((n) => n.kind === 'paper');
      return papers.reduce((a, b) => (b.y > a.y ? b : a)).id;
    });
    const at = (await nodeOnPage(page, lowest))!;
    await page.mouse.click(at.x, at.y);
    const sheet = page.locator('.details.drawer.open');
    await sheet.waitFor();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('select')?.startsWith('p:'));
    const selected = (await page.evaluate(() => new URLSearchParams(location.search).get('select')))!.slice(2);
    expect(selected).toBe(lowest);
    const sheetTop = async () => (await sheet.boundingBox())!.y;
    // Waits for the pan (a glide, or at once with reduced motion) to bring it above the sheet.
    await expect
      .poll(async () => ((await nodeOnPage(page, lowest))?.y ?? Infinity) < (await sheetTop()) - 10, { timeout: 20_000 })
      .toBe(true);
    // Still on the map's part of the page, not pushed off its top.
    expect((await nodeOnPage(page, lowest))!.y).toBeGreaterThan((await page.locator('canvas').boundingBox())!.y);
    await page.close();
  });

  test('the sheet closed with its button gives the focus to the header\'s "Details" button, not to the page', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(app.served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const toggle = page.getByRole('button', { name: 'Details', exact: true });
    await toggle.press('Enter');
    const close = page.getByRole('button', { name: 'Close panel' });
    await close.focus();
    await close.press('Enter');
    await page.locator('.details.drawer.open').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Details');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });
});

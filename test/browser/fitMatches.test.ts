import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { MapFile } from '../../src/core/map';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';
import { FIXTURE } from './serveBuild';

const map = JSON.parse(readFileSync(FIXTURE, 'utf8')) as MapFile;
/** Set SCREENSHOTS=dir to keep pictures of the steps, for looking at them. */
const SHOTS = process.env.SCREENSHOTS;

/** The papers with the keyword, from the map file's links. */
function papersWith(keywordId: string): string[] {
  return map.links.filter((l) => l.keyword === keywordId).map((l) => l.paper);
}

describeWithChromium('a keyword filter brings its matches into view', () => {
  const app = useServedApp({ width: 1280, height: 800 });

  /** The view on the canvas (data-view) and the one saved when it last came to rest (the URL's). */
  async function views(page: Page): Promise<{ live: number[]; rest: number[] | null }> {
    return page.evaluate(() => {
      const live = (document.querySelector('canvas')!.dataset.view ?? '').split(',').map(Number);
      const saved = new URL(location.href).searchParams.get('view');
      return { live, rest: saved === null ? null : saved.split(',').map(Number) };
    });
  }

  /** Waits until the view has stopped at a place other than `from` (its rest is in the URL). */
  async function waitForRestAwayFrom(page: Page, from: number[] | null): Promise<number[]> {
    await page.waitForFunction((before) => {
      const live = (document.querySelector('canvas')!.dataset.view ?? '').split(',').map(Number);
      const saved = new URL(location.href).searchParams.get('view');
      if (saved === null) return false;
      const rest = saved.split(',').map(Number);
      const same = (a: number[], b: number[]) =>
        Math.abs(a[0] - b[0]) < 0.2 && Math.abs(a[1] - b[1]) < 0.2 && Math.abs(a[2] - b[2]) < 1e-3 * b[2];
      return same(live, rest) && (before === null || !same(rest, before));
    }, from);
    return (await views(page)).live;
  }

  /** Which of `ids` the scene draws inside the canvas under view [x, y, k] (positions from the scene). */
  async function inside(page: Page, ids: string[]): Promise<string[]> {
    return page.evaluate((wanted) => {
      const canvas = document.querySelector('canvas')!;
      const [x, y, k] = (canvas.dataset.view ?? '').split(',').map(Number);
      const { width, height } = canvas.getBoundingClientRect();
      return window
        .__topicMap!.getScene()!
        .nodes.filter((n) => wanted.includes(n.id))
        .filter((n) => {
          const sx = n.x * k + x;
          const sy = n.y * k + y;
          return sx >= 0 && sx <= width && sy >= 0 && sy <= height;
        })
        .map((n) => n.id)
        .sort();
    }, ids);
  }

  async function shot(page: Page, name: string): Promise<void> {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  }

  test('zoomed in on a paper, filtering fits the view to the matches; after the user moves, "Fit to matches" does', async () => {
    const page = await app.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);

    // Zoom in with the wheel on a protein paper, far from the diffusion papers.
    const protein = map.papers.find((p) => p.id === 'p-protein')!;
    const box = (await page.locator('canvas').boundingBox())!;
    let view = (await views(page)).live;
    await page.mouse.move(box.x + protein.x * view[2] + view[0], box.y + protein.y * view[2] + view[1]);
    const k0 = view[2];
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -500);
    view = await waitForRestAwayFrom(page, null);
    expect(view[2]).toBeGreaterThan(k0 * 3);
    const matches = papersWith('k:diffus model').sort();
    expect(matches).toHaveLength(4);
    expect(await inside(page, matches)).toEqual([]);
    await shot(page, 'fit-1-zoomed-in');

    const filter = page.getByRole('combobox', { name: 'Filter by keyword' });
    await filter.fill('diffusion');
    await page.getByRole('option', { name: /diffusion models/ }).click();
    await page.getByText('4 of 12 papers').waitFor();
    view = await waitForRestAwayFrom(page, view);
    expect(await inside(page, matches)).toEqual(matches);
    await shot(page, 'fit-2-filtered');

    // The user zooms in on the text-to-image paper, then narrows the filter to the video papers
    // (now out of view): the view stays where the user put it.
    const fitted = view;
    const t2i = map.papers.find((p) => p.id === 'p-t2i-lm')!;
    await page.mouse.move(box.x + t2i.x * view[2] + view[0], box.y + t2i.y * view[2] + view[1]);
    await page.mouse.wheel(0, -500);
    await page.mouse.wheel(0, -500);
    view = await waitForRestAwayFrom(page, fitted);
    const narrowed = papersWith('k:diffus model')
      .filter((id) => papersWith('k:video').includes(id))
      .sort();
    const before = await inside(page, narrowed);
    await filter.fill('video');
    await page.getByRole('option', { name: /video/ }).click();
    await page.getByText('2 of 12 papers').waitFor();
    // The scene is drawn with the new filter (two papers bright) before the view is checked.
    await page.waitForFunction(
      () => window.__topicMap!.getScene()!.nodes.filter((n) => n.kind === 'paper' && n.opacity > 0.5).length === 2,
    );
    expect((await views(page)).live).toEqual(view);
    expect(await inside(page, narrowed)).toEqual(before);
    expect(before).not.toEqual(narrowed);

    await page.getByRole('button', { name: 'Fit to matches' }).click();
    await waitForRestAwayFrom(page, view);
    expect(await inside(page, narrowed)).toEqual(narrowed);
    await shot(page, 'fit-3-fit-to-matches');
    expect(errors).toEqual([]);
    await page.close();
  });
});

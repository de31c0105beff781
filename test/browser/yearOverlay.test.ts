import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Scene } from '../../src/core/scene';
import { yearColor } from '../../src/core/style';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';

// The fixture map's papers have years 2022–2025 (p-fr-protein is the 2022 one, five have none).
describeWithChromium('colour by year in Chromium', () => {
  const app = useServedApp({ width: 1280, height: 800 });

  test('"Colour by" Year recolours the map, shows the colour bar and goes into the URL', async () => {
    const page = await app.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const strokeOf = (id: string) =>
      page.evaluate((nodeId) => window.__topicMap!.getScene()!.nodes.find((n) => n.id === nodeId)?.stroke, id);
    const clusterStroke = await strokeOf('p-fr-protein');

    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('year');
    await page.waitForFunction(() => location.search.includes('color=year'));
    await page.waitForFunction(
      (color) => window.__topicMap!.getScene()!.nodes.find((n) => n.id === 'p-fr-protein')?.stroke === color,
      yearColor(0, 'light'),
    );
    expect(await strokeOf('p-fr-protein')).not.toBe(clusterStroke);
    const scene = (await page.evaluate(() => window.__topicMap!.getScene())) as Scene;
    expect(scene.legend.map((e) => e.label)).toEqual(['2022', '2023', '2024', '2025']);
    await expect(page.getByRole('figure', { name: 'Colour bar: 2022 to 2025' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '/tmp/wt-i-year-overlay.png' });

    // A reload keeps the choice (from the URL).
    await page.reload();
    await page.waitForFunction(
      (color) => window.__topicMap?.getScene()?.nodes.find((n) => n.id === 'p-fr-protein')?.stroke === color,
      yearColor(0, 'light'),
    );
    await expect(page.getByRole('combobox', { name: 'Colour by' }).inputValue()).resolves.toBe('year');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the "Years" range moves with the keyboard, narrows "N of M papers" and goes into the URL', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(app.served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const years = page.getByRole('group', { name: 'Years' });
    const from = years.getByRole('slider', { name: 'From year' });
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('years=2024-2025'));
    await expect(page.getByRole('status').filter({ hasText: 'papers' }).textContent()).resolves.toBe('5 of 12 papers');
    // Dimmed, not hidden: every node is still drawn, the 2022 paper faded.
    await page.waitForFunction(
      () => (window.__topicMap!.getScene()!.nodes.find((n) => n.id === 'p-fr-protein')?.opacity ?? 1) < 1,
    );
    await page.screenshot({ path: '/tmp/wt-i-years-filter.png' });
    await page.close();
  });

  test('both year thumbs drag with the mouse: From is not hidden under To', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(app.served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const years = page.getByRole('group', { name: 'Years' });
    const box = (await years.locator('.year-sliders').boundingBox())!;
    const drag = async (fromX: number, toX: number): Promise<void> => {
      const y = box.y + box.height / 2;
      await page.mouse.move(fromX, y);
      await page.mouse.down();
      await page.mouse.move(toX, y, { steps: 8 });
      await page.mouse.up();
    };
    // The From thumb sits at the left end (2022): dragged right, From moves, To stays at 2025.
    await drag(box.x + 6, box.x + box.width * 0.7);
    await page.waitForFunction(() => /years=202[345]-2025/.test(location.search));
    const from = Number(await years.getByRole('slider', { name: 'From year' }).inputValue());
    expect(from).toBeGreaterThan(2022);
    await expect(years.getByRole('slider', { name: 'To year' }).inputValue()).resolves.toBe('2025');
    // Then the To thumb, from the right end, leftwards.
    await drag(box.x + box.width - 6, box.x + box.width * 0.72);
    await page.waitForFunction(() => !/years=\d+-2025/.test(location.search));
    await expect(years.getByRole('slider', { name: 'From year' }).inputValue()).resolves.toBe(String(from));
    // Both thumbs at the last year: the one that can still move (From) is the one under the pointer.
    await page.getByRole('button', { name: 'All years' }).click();
    await years.getByRole('slider', { name: 'From year' }).focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.search.includes('years=2025-2025'));
    const onTop = await page.evaluate(
      ([x, y]) => (document.elementFromPoint(x, y) as HTMLInputElement | null)?.getAttribute('aria-label'),
      [box.x + box.width - 6, box.y + box.height / 2],
    );
    expect(onTop).toBe('From year');
    await page.close();
  });

  /** The file a toolbar or menu button downloads. */
  async function download(page: Page, name: string): Promise<Buffer> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return readFileSync((await file.path())!);
  }

  /** RGB of a PNG (decoded by the page) at each point, in the PNG's pixels. */
  async function pixels(page: Page, png: Buffer, points: Array<{ x: number; y: number }>): Promise<number[][]> {
    return page.evaluate(
      async ({ base64, points }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return points.map((p) => Array.from(ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data.slice(0, 3)));
      },
      { base64: png.toString('base64'), points },
    );
  }

  const near = (hex: string, rgb: number[]): boolean =>
    [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).every((v, i) => Math.abs(v - rgb[i]) <= 6);

  test('Export PNG in year mode carries the year colour bar (drawn from the SVG, and by the canvas fallback)', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(`${app.served.url}?color=year`);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.legend[0]?.label ?? '') === '2022');
    await page.getByRole('button', { name: 'Export…' }).click();
    // The SVG's legend: one swatch per year step, on the overlay's scale.
    const svg = new DOMParser().parseFromString((await download(page, 'Export SVG')).toString('utf8'), 'image/svg+xml');
    const legend = Array.from(svg.getElementsByTagName('g')).find((g) => g.getAttribute('id') === 'legend')!;
    expect(Array.from(legend.getElementsByTagName('text')).map((t) => t.textContent)).toEqual([
      '2022 (1)',
      '2023 (1)',
      '2024 (3)',
      '2025 (2)',
    ]);
    const swatches = Array.from(legend.getElementsByTagName('circle')).map((c) => ({
      x: 2 * Number(c.getAttribute('cx')),
      y: 2 * Number(c.getAttribute('cy')),
    }));
    const colors = [0, 1, 2, 3].map((i) => yearColor(i / 3, 'light'));
    // The PNG (2× the view) shows those swatches in those colours where the SVG puts them.
    const png = await download(page, 'Export PNG');
    const got = await pixels(page, png, swatches);
    colors.forEach((color, i) => expect(near(color, got[i]), `${color} vs rgb(${got[i].join(',')})`).toBe(true));

    // The canvas renderer, when the browser cannot draw the SVG: its legend rows at (18, 18 + 18 i).
    await page.evaluate(() => {
      HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('refused by the test', 'EncodingError'));
    });
    const fallback = await download(page, 'Export PNG');
    const rows = await pixels(
      page,
      fallback,
      colors.map((_, i) => ({ x: 2 * 18, y: 2 * (18 + 18 * i) })),
    );
    colors.forEach((color, i) => expect(near(color, rows[i]), `${color} vs rgb(${rows[i].join(',')})`).toBe(true));
    await page.close();
  });
});

/**
 * `npx tsx scripts/bench/canvasStates.ts --map FILE.map.json --dist A --dist B`: whether two
 * production builds draw the same map canvas, byte for byte, in the states a click and a filter
 * leave it in: the map as first painted, 4 papers near the middle clicked (the last one stays
 * selected), a hover over another with it selected, the biggest keyword's filter with it selected,
 * and (after Escape and the filter cleared) the third biggest's with nothing selected, then the
 * filter cleared and the view zoomed in at the middle (settled), and a hover there. Prints a
 * SHA-256 of the canvas's pixels per state and build, and exits 1 when they differ.
 */
import { readFileSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import type { MapFile } from '../../src/core/map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromiumArgs';
import { biggestKeywordTerms, linkCompactMapFiles, openPaintedMap, pointsNearMiddle, screenView } from './pageProbe';
import { serveFolder } from './serveFolder';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { map: { type: 'string' }, dist: { type: 'string', multiple: true } },
  strict: true,
});
if (!values.map || values.dist?.length !== 2) {
  process.stderr.write('usage: canvasStates --map FILE.map.json --dist A --dist B\n');
  process.exit(2);
}
const mapFile = resolve(values.map);
const stem = basename(mapFile).replace(/\.map\.json$/, '');
const map = JSON.parse(readFileSync(mapFile, 'utf8')) as MapFile;
const terms = biggestKeywordTerms(map, 3);

/** SHA-256 of the map canvas's pixels, once no frame is pending (two animation frames later). */
function canvasHash(page: Page): Promise<string> {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const canvas = document.querySelector('canvas[data-view]') as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const digest = await crypto.subtle.digest('SHA-256', pixels);
    return [...new Uint8Array(digest)]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
      .slice(0, 16);
  });
}

async function filterBy(page: Page, term: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Filter by keyword' });
  await input.fill(term);
  await page.getByRole('option').first().waitFor();
  await input.press('Enter');
  await page.getByRole('button', { name: 'Clear filter' }).waitFor();
  await page.waitForTimeout(1500);
}

const linked = linkCompactMapFiles(mapFile, values.dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
const served = await Promise.all(values.dist.map((d) => serveFolder(d)));
const hashes: Record<string, string>[] = [];
try {
  for (const s of served) {
    const { page, view } = await openPaintedMap(browser, `${s.url}/?map=${stem}.map.bin`, 180_000);
    const points = pointsNearMiddle(view, map.papers, 5);
    const h: Record<string, string> = {};
    h.plain = await canvasHash(page);
    for (const p of points.slice(0, 4)) {
      await page.mouse.click(p.x, p.y);
      await page.waitForTimeout(400);
    }
    await page.mouse.move(view.left + 5, view.top + 5);
    await page.waitForTimeout(400);
    h.selected = await canvasHash(page);
    await page.mouse.move(points[4].x, points[4].y);
    await page.waitForTimeout(400);
    h['selected, hover'] = await canvasHash(page);
    await page.mouse.move(view.left + 5, view.top + 5);
    await filterBy(page, terms[0]);
    h[`selected, filter ${terms[0]}`] = await canvasHash(page);
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await page.locator('canvas').first().focus();
    await page.keyboard.press('Escape');
    await filterBy(page, terms[2]);
    h[`filter ${terms[2]}`] = await canvasHash(page);
    // A view settled after a zoom (its base drawn anew), then a hover over it.
    await page.getByRole('button', { name: 'Clear filter' }).click();
    const middle = { x: view.left + view.width / 2, y: view.top + view.height / 2 };
    await page.mouse.move(middle.x, middle.y);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(1500);
    await page.mouse.move(view.left + 5, view.top + 5);
    await page.waitForTimeout(400);
    h.zoomed = await canvasHash(page);
    const [near] = pointsNearMiddle(await screenView(page), map.papers, 1);
    await page.mouse.move(near.x, near.y);
    await page.waitForTimeout(400);
    h['zoomed, hover'] = await canvasHash(page);
    hashes.push(h);
    await page.context().close();
  }
} finally {
  await browser.close();
  await Promise.all(served.map((s) => s.close()));
  for (const f of linked) rmSync(f, { force: true });
}
let same = true;
for (const state of Object.keys(hashes[0])) {
  const [a, b] = hashes.map((h) => h[state]);
  if (a !== b) same = false;
  process.stdout.write(`${a === b ? 'same' : 'DIFF'}  ${state}: ${a} ${b}\n`);
}
process.exit(same ? 0 : 1);

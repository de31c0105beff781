/**
 * `npx tsx scripts/bench/benchReactions.ts --map FILE.map.json --dist A --dist B [--rounds N] [--warmup N] [--out FILE]`:
 * the keyword filter and the click of the app bench (measureApp: from the input event to the
 * first painted frame that shows the change), side by side for two production builds already
 * made (`npx vite build --outDir A`), without the first paints, gestures and baseline page of the
 * full bench. Both builds are opened at once in one Chromium (a fresh context each) on the compact
 * form of the map (FILE's `.bin` and texts files beside it). Each round, on A then on B (B then A
 * in odd rounds), after a 2 s pause: the same clicks on papers near the middle, then the same
 * keyword filters (the most used keywords) with the last paper still selected, recording each
 * reaction's wall time and the renderer's CPU time (Chromium ProcessTime). Paired rounds on one
 * machine: load changes hit both builds alike. Prints medians and the load average.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import type { MapFile } from '../../src/core/map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromiumArgs';
import { median } from './median';
import {
  armAppReaction,
  linkCompactMapFiles,
  openPaintedMap,
  pointsNearMiddle,
  reactionTime,
  rendererCpuMs,
  biggestKeywordTerms,
} from './pageProbe';
import { serveFolder } from './serveFolder';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    map: { type: 'string' },
    dist: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    clicks: { type: 'string', default: '4' },
    filters: { type: 'string', default: '4' },
    out: { type: 'string' },
  },
  strict: true,
});
if (!values.map || values.dist?.length !== 2) {
  process.stderr.write('usage: benchReactions --map FILE.map.json --dist A --dist B [--rounds N] [--out FILE]\n');
  process.exit(2);
}

const loadavg = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const mapFile = resolve(values.map);
const stem = basename(mapFile).replace(/\.map\.json$/, '');
const map = JSON.parse(readFileSync(mapFile, 'utf8')) as MapFile;
const terms = biggestKeywordTerms(map, Number(values.filters));

/** The compact map's files, linked into each build's folder (removed at the end). */
const linked = linkCompactMapFiles(mapFile, values.dist);

interface Side {
  page: Page;
  points: { x: number; y: number }[];
  click: number[];
  clickCpu: number[];
  filter: number[];
  filterCpu: number[];
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
const served = await Promise.all(values.dist.map((d) => serveFolder(d)));
const sides: Side[] = [];
const warmup = Number(values.warmup);
const loadBefore = loadavg();
try {
  for (const s of served) {
    const { page, view } = await openPaintedMap(browser, `${s.url}/?map=${stem}.map.bin`, 180_000);
    const points = pointsNearMiddle(view, map.papers, Number(values.clicks));
    sides.push({ page, points, click: [], clickCpu: [], filter: [], filterCpu: [] });
  }

  for (let round = 0; round < warmup + Number(values.rounds); round++) {
    // A, B in even rounds and B, A in odd ones; and a pause first, so that what one page still
    // does after its last reaction (a redraw after a resize) does not land on the other's.
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      const { page } = side;
      // Warm-up rounds (the first click's after-paint work, first filters) are not recorded.
      const keep = round >= warmup;
      await page.bringToFront();
      await page.waitForTimeout(2000);
      for (const p of side.points) {
        await armAppReaction(page, 'click');
        const c0 = await rendererCpuMs(page);
        await page.mouse.click(p.x, p.y);
        const wall = await reactionTime(page, 20_000);
        const cpu = (await rendererCpuMs(page)) - c0;
        if (keep) {
          side.click.push(wall);
          side.clickCpu.push(cpu);
        }
        await page.waitForTimeout(150);
      }
      await page.mouse.move(10, 10);
      const input = page.getByRole('combobox', { name: 'Filter by keyword' });
      for (const term of terms) {
        await input.fill(term);
        await page.getByRole('option').first().waitFor();
        await armAppReaction(page, 'filter');
        const c0 = await rendererCpuMs(page);
        await input.press('Enter');
        const wall = await reactionTime(page, 20_000);
        const cpu = (await rendererCpuMs(page)) - c0;
        if (keep) {
          side.filter.push(wall);
          side.filterCpu.push(cpu);
        }
        await page.getByRole('button', { name: 'Clear filter' }).click();
        await page.waitForTimeout(400);
      }
      // Deselect (Escape on the canvas) so every round starts alike.
      await page.locator('canvas').first().focus();
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
    }
  }
} finally {
  await browser.close();
  await Promise.all(served.map((s) => s.close()));
  for (const f of linked) rmSync(f, { force: true });
}

const loadAfter = loadavg();
const f = (v: number[]): string => `${median(v).toFixed(0)} ms (${v.map((x) => x.toFixed(0)).join(', ')})`;
const lines = [
  `${map.papers.length} papers; ${values.rounds} rounds after ${warmup} warm-up; load before ${loadBefore}, after ${loadAfter}`,
  '| build | click (wall) | click (renderer CPU) | filter (wall) | filter (renderer CPU) |',
  '| --- | --- | --- | --- | --- |',
  ...sides.map((s, i) => `| ${values.dist![i]} | ${f(s.click)} | ${f(s.clickCpu)} | ${f(s.filter)} | ${f(s.filterCpu)} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
if (values.out) {
  writeFileSync(
    values.out,
    JSON.stringify(
      {
        loadBefore,
        loadAfter,
        terms,
        sides: sides.map((s, i) => ({ dist: values.dist![i], ...s, page: undefined, points: undefined })),
      },
      null,
      1,
    ),
  );
}

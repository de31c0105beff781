/**
 * `npx tsx scripts/bench/profileApp.ts --map FILE.map.json [--out DIR] [--clicks N] [--filters N]`:
 * CPU profiles (CDP Profiler) of the app's reactions on a map already built, for finding where a
 * click, a hover, a keyword filter or the first load spends its time. Opens the compact form of the
 * map in an unminified production build (readable function names), then profiles: the first load,
 * `--clicks` clicks on papers near the middle, and `--filters` keyword filters (the most used
 * keywords). Prints the heaviest functions by self and by total time for each, and writes the
 * `.cpuprofile` files to `--out` (open them in Chrome's DevTools Performance panel).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { compactMapParts, type MapFile } from '../../src/core/map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromiumArgs';
import { benchTempDir } from './benchCorpusFile';
import { armAppReaction, type BenchProbe, probedContext, reactionTime, biggestKeywordTerms } from './pageProbe';
import { serveFolder } from './serveFolder';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    map: { type: 'string' },
    out: { type: 'string', default: 'profiles' },
    clicks: { type: 'string', default: '3' },
    filters: { type: 'string', default: '2' },
    top: { type: 'string', default: '25' },
  },
  strict: true,
});
if (!values.map) {
  process.stderr.write('usage: profileApp --map FILE.map.json [--out DIR] [--clicks N] [--filters N]\n');
  process.exit(2);
}

type Probe = { __bench: BenchProbe };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self and total milliseconds per function (name, file, line), heaviest first. */
function summarise(profile: Profile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    selfMs.set(id, (selfMs.get(id) ?? 0) + dt);
  });
  const key = (n: ProfileNode): string =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  const all = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  return `sampled ${all.toFixed(0)} ms\n self:\n${fmt(self)}\n total:\n${fmt(total)}`;
}

async function profiled(cdp: CDPSession, name: string, run: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(join(values.out!, `${name}.cpuprofile`), JSON.stringify(profile));
  process.stdout.write(`\n## ${name}\n${summarise(profile, Number(values.top))}\n`);
}

async function main(): Promise<void> {
  mkdirSync(values.out!, { recursive: true });
  const outDir = mkdtempSync(join(benchTempDir(), 'dist-'));
  try {
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
    const run = spawnSync(
      process.execPath,
      [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
    const map = JSON.parse(readFileSync(values.map!, 'utf8')) as MapFile;
    for (const part of compactMapParts(map, 'bench.map.bin')) writeFileSync(join(outDir, part.name), part.data);
    copyFileSync(values.map!, join(outDir, 'bench.map.json'));
    const served = await serveFolder(outDir);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const context = await probedContext(browser, 180_000);
      const page: Page = await context.newPage();
      page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await profiled(cdp, 'first-load', async () => {
        await page.goto(`${served.url}/?map=bench.map.bin`);
        await page.waitForFunction(() => ((window as unknown as Probe).__bench.firstPaint ?? -1) > 0, undefined, {
          timeout: 180_000,
        });
        process.stdout.write(`first paint ${await page.evaluate(() => (window as unknown as Probe).__bench.firstPaint)} ms\n`);
      });
      await page.waitForTimeout(2000);
      const view = await page.evaluate(() => {
        const canvas = document.querySelector('canvas[data-view]') as HTMLCanvasElement;
        const rect = canvas.getBoundingClientRect();
        const [x, y, k] = canvas.dataset.view!.split(',').map(Number);
        return { left: rect.left, top: rect.top, width: rect.width, height: rect.height, x, y, k };
      });
      const cx = view.width / 2;
      const cy = view.height / 2;
      const points = map.papers
        .map((p) => ({ x: view.x + p.x * view.k, y: view.y + p.y * view.k }))
        .filter((p) => Math.abs(p.x - cx) < view.width * 0.3 && Math.abs(p.y - cy) < view.height * 0.3)
        .sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy))
        .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 7)) === 0)
        .slice(0, Number(values.clicks))
        .map((p) => ({ x: p.x + view.left, y: p.y + view.top }));
      for (const [i, p] of points.entries()) {
        await page.mouse.move(view.left + 10, view.top + 10);
        await page.waitForTimeout(100);
        await profiled(cdp, `hover-${i}`, async () => {
          await armAppReaction(page, 'hover');
          await page.mouse.move(p.x, p.y);
          process.stdout.write(`hover ${await reactionTime(page, 20_000)} ms\n`);
        });
        await profiled(cdp, `click-${i}`, async () => {
          await armAppReaction(page, 'click');
          await page.mouse.click(p.x, p.y);
          process.stdout.write(`click ${await reactionTime(page, 20_000)} ms\n`);
        });
        await page.waitForTimeout(300);
      }
      await page.mouse.move(view.left + 10, view.top + 10);
      const terms = biggestKeywordTerms(map, Number(values.filters));
      const input = page.getByRole('combobox', { name: 'Filter by keyword' });
      for (const [i, term] of terms.entries()) {
        await input.fill(term);
        await page.getByRole('option').first().waitFor();
        await profiled(cdp, `filter-${i}`, async () => {
          await armAppReaction(page, 'filter');
          await input.press('Enter');
          process.stdout.write(`filter ${await reactionTime(page, 20_000)} ms\n`);
        });
        await profiled(cdp, `clear-${i}`, async () => {
          await page.getByRole('button', { name: 'Clear filter' }).click();
          await page.waitForTimeout(300);
        });
      }
    } finally {
      await browser.close();
      await served.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();

/**
 * `npx tsx scripts/bench/benchFirstPaint.ts --map FILE.map.json [--old DIR] [--loads N] [--json] [--out FILE]`:
 * the first paint alone (issue 17), with where its time went. The map's compact form (its JSON
 * form with --json) is opened `--loads` times in the production build of this tree and, with
 * `--old DIR` (another checkout, e.g. `git worktree add /tmp/old main`), of that tree too, the two
 * alternating load by load so that both see the same load on the machine. For each load: the
 * first paint (navigation start to after the first painted frame of the map, as measureApp times
 * it), the renderer's CPU time until then (Chromium's ProcessTime: it hardly moves when other
 * processes share the cores, unlike wall times), when the JS and the map file had arrived, and
 * the main thread's long tasks (PerformanceObserver 'longtask', ≥ 50 ms) before the paint.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import type { MapFile } from '../../src/core/map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromiumArgs';
import { writeFileAtomic } from '../lib/writeFileAtomic';
import { benchTempDir } from './benchCorpusFile';
import { median } from './median';
import { probedContext } from './pageProbe';
import { serveFolder } from './serveFolder';
import { treeCompactMapParts } from './treeCompactMapParts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    map: { type: 'string' },
    old: { type: 'string' },
    loads: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
  strict: true,
});
if (!values.map) {
  process.stderr.write('usage: benchFirstPaint --map FILE.map.json [--old DIR] [--loads N] [--json] [--out FILE]\n');
  process.exit(2);
}

/** What the page records before its first paint (added before the app's scripts run). */
const TIMELINE_PROBE = `(() => {
  const t = { longTasks: [] };
  window.__timeline = t;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) t.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface Load {
  tree: string;
  firstPaintMs: number;
  /** Renderer process CPU from the context's creation to the first paint. */
  rendererCpuMs: number;
  /** responseEnd of the app's bundle; startTime and responseEnd of the map's main file. */
  scriptEndMs: number;
  mapStartMs: number;
  mapEndMs: number;
  /** [start, duration] of each long task before the first paint. */
  longTasks: [number, number][];
}

function build(root: string, outDir: string): void {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`benchFirstPaint: vite build in ${root} failed:\n${run.stdout}\n${run.stderr}`);
}

async function load(browser: Browser, tree: string, url: string): Promise<Load> {
  const context = await probedContext(browser, 120_000);
  try {
    await context.addInitScript(TIMELINE_PROBE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return 1000 * (metrics.find((m) => m.name === 'ProcessTime')?.value ?? Number.NaN);
    };
    const cpu0 = await cpu();
    await page.goto(url);
    await page.waitForFunction(
      () => ((window as unknown as { __bench: { firstPaint: number | null } }).__bench.firstPaint ?? -1) > 0,
    );
    const cpu1 = await cpu();
    // A string, not a function: tsx would wrap the page function's inner helpers in its own __name.
    const seen = (await page.evaluate(`(() => {
      const entries = performance.getEntriesByType('resource');
      const end = (re) => Math.round(entries.find((e) => re.test(e.name))?.responseEnd ?? -1);
      const paint = window.__bench.firstPaint;
      return {
        firstPaintMs: paint,
        scriptEndMs: end(/index-[^/]*\\.js$/),
        mapStartMs: Math.round(entries.find((e) => /bench\\.map\\.(bin|json)$/.test(e.name))?.startTime ?? -1),
        mapEndMs: end(/bench\\.map\\.(bin|json)$/),
        longTasks: window.__timeline.longTasks.filter(([s]) => s < paint),
      };
    })()`)) as Omit<Load, 'tree' | 'rendererCpuMs'>;
    return { tree, rendererCpuMs: cpu1 - cpu0, ...seen };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const map = JSON.parse(readFileSync(values.map!, 'utf8')) as MapFile;
  const trees: { name: string; root: string; dir: string }[] = [{ name: 'new', root: ROOT, dir: '' }];
  if (values.old) trees.unshift({ name: 'old', root: resolve(values.old), dir: '' });
  const temp = mkdtempSync(join(benchTempDir(), 'paint-'));
  try {
    for (const tree of trees) {
      tree.dir = join(temp, tree.name);
      build(tree.root, tree.dir);
      copyFileSync(values.map!, join(tree.dir, 'bench.map.json'));
      if (!values.json) {
        const compactMapParts = await treeCompactMapParts(tree.root);
        for (const part of compactMapParts(map, 'bench.map.bin')) writeFileSync(join(tree.dir, part.name), part.data);
      }
    }
    const servers = await Promise.all(trees.map((t) => serveFolder(t.dir)));
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
    const loads: Load[] = [];
    const file = values.json ? 'bench.map.json' : 'bench.map.bin';
    const before = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    try {
      for (let i = 0; i < Number(values.loads); i++) {
        // Alternate which tree goes first, so neither always follows the other.
        const order = i % 2 === 0 ? trees.map((_, j) => j) : trees.map((_, j) => trees.length - 1 - j);
        for (const j of order) {
          const one = await load(browser, trees[j].name, `${servers[j].url}/?map=${file}`);
          loads.push(one);
          process.stdout.write(
            `${one.tree} paint ${one.firstPaintMs.toFixed(0)} ms, cpu ${one.rendererCpuMs.toFixed(0)} ms, js ${one.scriptEndMs} map ${one.mapStartMs}-${one.mapEndMs}, long tasks ${one.longTasks.map(([s, d]) => `${s}+${d}`).join(' ')}\n`,
          );
        }
      }
    } finally {
      await browser.close();
      await Promise.all(servers.map((s) => s.close()));
    }
    const after = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    process.stdout.write(
      `\n${map.papers.length} papers, ${values.json ? 'JSON' : 'compact'} map; load average before ${before}, after ${after}\n`,
    );
    const med: Record<string, { paint: number; cpu: number }> = {};
    for (const t of trees) {
      const mine = loads.filter((l) => l.tree === t.name);
      med[t.name] = { paint: median(mine.map((l) => l.firstPaintMs)), cpu: median(mine.map((l) => l.rendererCpuMs)) };
      process.stdout.write(
        `${t.name}: first paint median ${med[t.name].paint.toFixed(0)} ms (${mine.map((l) => l.firstPaintMs.toFixed(0)).join(', ')}), renderer CPU median ${med[t.name].cpu.toFixed(0)} ms\n`,
      );
    }
    if (med.old) {
      process.stdout.write(
        `new / old: first paint ${(med.new.paint / med.old.paint).toFixed(2)}, renderer CPU ${(med.new.cpu / med.old.cpu).toFixed(2)}\n`,
      );
    }
    if (values.out) writeFileAtomic(values.out, `${JSON.stringify({ map: values.map, before, after, loads }, null, 1)}\n`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();

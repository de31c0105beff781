/**
 * `npx tsx scripts/bench/traceFirstPaint.ts --map FILE.map.json [--loads N] [--dir BUILD] [--trace FILE]`:
 * the renderer main thread's timeline from navigation to the first paint (issue 17), from a
 * Chromium trace of the compact map's first load in the production build. Prints, per load, each
 * main-thread task of 5 ms or more (start, wall, thread CPU, and what it ran: the script's
 * top-level functions, GC, style/layout, paint), the thread's CPU to the paint by kind, and the
 * main-thread CPU total. Thread CPU ("tdur") is what other processes on the cores do not inflate.
 * `--dir` serves an existing build (with the map's parts already in it) instead of building;
 * `--root` builds another checkout (e.g. `git worktree add /tmp/old main`) instead of this one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import type { MapFile } from '../../src/core/map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromiumArgs';
import { writeFileAtomic } from '../lib/writeFileAtomic';
import { benchTempDir } from './benchCorpusFile';
import { median } from './median';
import { type BenchProbe, probedContext } from './pageProbe';
import { serveFolder } from './serveFolder';
import { treeCompactMapParts } from './treeCompactMapParts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    map: { type: 'string' },
    loads: { type: 'string', default: '1' },
    dir: { type: 'string' },
    root: { type: 'string' },
    trace: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
  strict: true,
});
if (!values.map) {
  process.stderr.write(
    'usage: traceFirstPaint --map FILE.map.json [--loads N] [--dir BUILD | --root TREE] [--trace FILE] [--quiet]\n',
  );
  process.exit(2);
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; frame?: string; documentLoaderURL?: string } };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'loading',
  'toplevel',
  'blink.user_timing',
  '__metadata',
];

/** What an event inside a task is, in a few words. */
function label(e: TraceEvent): string | null {
  const d = e.args?.data;
  switch (e.name) {
    case 'FunctionCall':
      return `js ${d?.functionName || '?'}${d?.url ? `@${d.url.split('/').pop()}` : ''}`;
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
      return `${e.name} ${d?.url?.split('/').pop() ?? ''}`;
    case 'MinorGC':
    case 'MajorGC':
    case 'V8.GC_SCAVENGER':
    case 'V8.GC_MARK_COMPACTOR':
    case 'BlinkGC.AtomicPhase':
    case 'ParseHTML':
    case 'RunMicrotasks':
    case 'UpdateLayoutTree':
    case 'Layout':
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
    case 'Commit':
    case 'TimerFire':
    case 'FireAnimationFrame':
    case 'ResourceReceivedData':
    case 'ResourceFinish':
    case 'HitTest':
      return e.name;
    default:
      return null;
  }
}

async function main(): Promise<void> {
  let dir = values.dir;
  let temp: string | null = null;
  if (!dir) {
    temp = mkdtempSync(join(benchTempDir(), 'trace-'));
    dir = temp;
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
    const run = spawnSync(process.execPath, [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: values.root ?? ROOT,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`traceFirstPaint: vite build failed:\n${run.stdout}\n${run.stderr}`);
    const map = JSON.parse(readFileSync(values.map!, 'utf8')) as MapFile;
    const compactMapParts = await treeCompactMapParts(values.root ?? ROOT);
    for (const part of compactMapParts(map, 'bench.map.bin')) writeFileSync(join(dir, part.name), part.data);
  }
  const served = await serveFolder(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  const cpuTotals: number[] = [];
  const paints: number[] = [];
  try {
    for (let l = 0; l < Number(values.loads); l++) {
      const context = await probedContext(browser, 180_000);
      const page = await context.newPage();
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(`${served.url}/?map=bench.map.bin`);
      await page.waitForFunction(() => ((window as unknown as { __bench: BenchProbe }).__bench.firstPaint ?? -1) > 0);
      const paint = await page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.firstPaint!);
      const buffer = await browser.stopTracing();
      await context.close();
      if (values.trace) writeFileAtomic(`${values.trace}.${l}.json`, buffer.toString('utf8'));
      const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      // The page's navigation start is marked on its renderer's main thread: that thread is the one timed.
      const nav = events.find(
        (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('map=bench.map.bin'),
      );
      if (!nav) throw new Error('traceFirstPaint: no navigationStart of the page in the trace');
      const main = { pid: nav.pid, tid: nav.tid };
      // performance.now()'s 0 is the page's navigation start: trace times are µs on the same clock.
      const t0 = nav.ts;
      const end = t0 + paint * 1000;
      const mine = events
        .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= t0 && e.ts < end)
        .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      // The thread's top-level events (its tasks: not every task is a RunTask, e.g. a microtask checkpoint).
      const tasks: TraceEvent[] = [];
      let taskEnd = 0;
      for (const e of mine) {
        if (e.ts < taskEnd) continue;
        tasks.push(e);
        taskEnd = e.ts + (e.dur ?? 0);
      }
      let cpu = 0;
      const byKind = new Map<string, number>();
      const lines: string[] = [];
      for (const task of tasks) {
        const tEnd = task.ts + (task.dur ?? 0);
        cpu += (task.tdur ?? task.dur ?? 0) / 1000;
        const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts < tEnd);
        // Top-level labelled events within the task (not nested in another labelled one).
        const tops: { l: string; ms: number }[] = [];
        let coveredTo = 0;
        for (const e of inside) {
          const l = label(e);
          if (!l || e.ts < coveredTo) continue;
          coveredTo = e.ts + (e.dur ?? 0);
          tops.push({ l, ms: (e.tdur ?? e.dur ?? 0) / 1000 });
          const kind = l.replace(/@.*$/, '');
          byKind.set(kind, (byKind.get(kind) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
        }
        if ((task.dur ?? 0) < 5000) continue;
        const merged = new Map<string, number>();
        for (const t of tops) merged.set(t.l, (merged.get(t.l) ?? 0) + t.ms);
        const what = [...merged]
          .filter(([, ms]) => ms >= 1)
          .map(([l, ms]) => `${l} ${ms.toFixed(0)}`)
          .join(', ');
        lines.push(
          `${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ms  wall ${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)}  cpu ${((task.tdur ?? 0) / 1000).toFixed(0).padStart(4)}  ${what}`,
        );
      }
      cpuTotals.push(cpu);
      paints.push(paint);
      process.stdout.write(`load ${l + 1}: first paint ${paint.toFixed(0)} ms, main-thread CPU to it ${cpu.toFixed(0)} ms\n`);
      if (!values.quiet) {
        process.stdout.write(`${lines.join('\n')}\n`);
        const kinds = [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 20);
        process.stdout.write(` by kind (thread CPU): ${kinds.map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join('; ')}\n`);
      }
    }
  } finally {
    await browser.close();
    await served.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
  process.stdout.write(
    `median: first paint ${median(paints).toFixed(0)} ms, main-thread CPU ${median(cpuTotals).toFixed(0)} ms (load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})\n`,
  );
}

await main();

/**
 * `npx tsx scripts/bench/benchClickCpu.ts --map FILE.map.json --dist A --dist B [--rounds N] [--clicks N]`:
 * the click of the app bench (pageProbe: from the pointerup event to the first painted frame that
 * shows the new details title) side by side for two production builds already made, with the CPU
 * time the renderer's main thread spent inside that window, read from a Chromium trace (thread
 * time of each task, in microseconds). On a shared machine the wall time of a click swings with
 * the load and the renderer's ProcessTime (benchReactions) moves in 10 ms steps; the main thread's
 * CPU is what a change to the click's code changes. Both builds are opened at once in one
 * Chromium (a context each) on the compact form of the map; each round clicks the same papers
 * (`--kind keyword`: keywords) near the middle, on A then B (B then A in odd rounds). Prints
 * medians, the ratio and the load; `--warmup 0` records the page's first clicks too. With BENCH_TRACE_DIR set, each round's trace is written there
 * (trace-<side>-<time>.json) for a closer look.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { MapFile } from '../../src/core/map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromiumArgs';
import { median } from './median';
import {
  armAppReaction,
  type BenchProbe,
  linkCompactMapFiles,
  openPaintedMap,
  pointsNearMiddle,
  reactionTime,
} from './pageProbe';
import { serveFolder } from './serveFolder';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    map: { type: 'string' },
    dist: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '4' },
    /** Rounds first, not recorded (0: the page's first clicks are recorded too). */
    warmup: { type: 'string', default: '1' },
    clicks: { type: 'string', default: '4' },
    /** What is clicked: papers (as benchReactions clicks) or keywords near the middle. */
    kind: { type: 'string', default: 'paper' },
  },
  strict: true,
});
if (!values.map || values.dist?.length !== 2) {
  process.stderr.write('usage: benchClickCpu --map FILE.map.json --dist A --dist B [--rounds N] [--clicks N]\n');
  process.exit(2);
}

type Probe = { __bench: BenchProbe & { armed: { at: number; value: number } | null } };
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}
const loadavg = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/**
 * Main-thread CPU ms of each click window: the tasks (top-level trace events of the renderer's
 * main thread) that start between a `click-start` and the next `click-end` user-timing mark.
 */
function windowsCpu(events: TraceEvent[]): number[] {
  const marks = events.filter((e) => e.name === 'click-start' || e.name === 'click-end').sort((a, b) => a.ts - b.ts);
  if (marks.length === 0) return [];
  const pid = marks[0].pid;
  const thread = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks: TraceEvent[] = [];
  for (const e of events
    .filter((x) => x.pid === pid && x.tid === thread?.tid && x.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    tasks.push(e);
  }
  const out: number[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    if (marks[i].name !== 'click-start' || marks[i + 1].name !== 'click-end') continue;
    const [from, to] = [marks[i].ts, marks[i + 1].ts];
    out.push(
      tasks.filter((t) => t.ts + (t.dur ?? 0) > from && t.ts < to).reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0) / 1000,
    );
  }
  return out;
}

const mapFile = resolve(values.map);
const stem = basename(mapFile).replace(/\.map\.json$/, '');
const map = JSON.parse(readFileSync(mapFile, 'utf8')) as MapFile;
/** The compact map's files, linked into each build's folder (removed at the end). */
const linked = linkCompactMapFiles(mapFile, values.dist);

interface Side {
  page: Page;
  points: { x: number; y: number }[];
  wall: number[];
  cpu: number[];
}

async function clicks(browser: Browser, side: Side, keep: boolean): Promise<void> {
  const { page } = side;
  await page.bringToFront();
  await page.waitForTimeout(2000);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  const walls: number[] = [];
  for (const p of side.points) {
    await armAppReaction(page, 'click');
    await page.mouse.click(p.x, p.y);
    walls.push(await reactionTime(page, 20_000));
    // The window in the trace: from the pointerup's time stamp to the probe's after-paint check.
    await page.evaluate(() => {
      const a = (window as unknown as Probe).__bench.armed;
      if (!a) return;
      performance.mark('click-start', { startTime: a.at });
      performance.mark('click-end', { startTime: a.at + a.value });
    });
    await page.waitForTimeout(150);
  }
  const trace = await browser.stopTracing();
  if (process.env.BENCH_TRACE_DIR)
    writeFileSync(join(process.env.BENCH_TRACE_DIR, `trace-${sides.indexOf(side)}-${Date.now()}.json`), trace);
  const cpu = windowsCpu(JSON.parse(trace.toString('utf8')).traceEvents);
  if (cpu.length !== walls.length)
    throw new Error(`benchClickCpu: ${cpu.length} click windows in the trace, ${walls.length} clicks`);
  if (keep) {
    side.wall.push(...walls);
    side.cpu.push(...cpu);
  }
  await page.locator('canvas').first().focus();
  await page.keyboard.press('Escape');
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
const served = await Promise.all(values.dist.map((d) => serveFolder(d)));
const sides: Side[] = [];
const loadBefore = loadavg();
try {
  for (const s of served) {
    const { page, view } = await openPaintedMap(browser, `${s.url}/?map=${stem}.map.bin`, 180_000);
    // The same papers as benchReactions clicks (or keywords, picked the same way).
    const points = pointsNearMiddle<{ x: number; y: number }>(
      view,
      values.kind === 'keyword' ? map.keywords : map.papers,
      Number(values.clicks),
    );
    sides.push({ page, points, wall: [], cpu: [] });
  }
  const warmup = Number(values.warmup);
  for (let round = 0; round < warmup + Number(values.rounds); round++) {
    // Warm-up rounds (first clicks build tables and caches) are not recorded.
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) await clicks(browser, side, round >= warmup);
  }
} finally {
  await browser.close();
  await Promise.all(served.map((s) => s.close()));
  for (const f of linked) rmSync(f, { force: true });
}

const f = (v: number[]): string => `${median(v).toFixed(1)} ms (${v.map((x) => x.toFixed(0)).join(', ')})`;
const lines = [
  `${map.papers.length} papers; ${values.rounds} rounds of ${values.clicks} clicks on ${values.kind}s after ${values.warmup} warm-up; load before ${loadBefore}, after ${loadavg()}`,
  '| build | click (wall) | click (main-thread CPU) |',
  '| --- | --- | --- |',
  ...sides.map((s, i) => `| ${values.dist![i]} | ${f(s.wall)} | ${f(s.cpu)} |`),
  `B / A: wall ${(median(sides[1].wall) / median(sides[0].wall)).toFixed(2)}, main-thread CPU ${(median(sides[1].cpu) / median(sides[0].cpu)).toFixed(2)}`,
];
process.stdout.write(`${lines.join('\n')}\n`);

/**
 * `npx tsx scripts/bench/traceReactions.ts --map FILE.map.json --dist A [--dist B] [--rounds N] [--clicks N] [--filters N]`:
 * where the renderer's main thread spends its CPU inside each reaction window of the app bench
 * (pageProbe: a click on a paper until the details show its title, then Enter in the keyword
 * filter, with the last paper still selected, until the count changed; both until painted), read
 * from a Chromium trace. Each trace event's self CPU time (thread time minus its children's) is
 * summed by name (EventDispatch, FunctionCall, UpdateLayoutTree, Layout, Paint, ...) over the
 * tasks that run in the window; prints the median of each name per reaction, per build, and the
 * median total. Builds are opened at once in one Chromium (a context each) on the compact form of
 * the map and alternate by round, as benchClickCpu does. With BENCH_TRACE_DIR set, each round's
 * traces are written there (click-<side>-<time>.json, filter-<side>-<time>.json).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { MapFile } from '../../src/core/map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromiumArgs';
import { median } from './median';
import {
  type AppReaction,
  armAppReaction,
  type BenchProbe,
  linkCompactMapFiles,
  openPaintedMap,
  pointsNearMiddle,
  reactionTime,
  biggestKeywordTerms,
} from './pageProbe';
import { serveFolder } from './serveFolder';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    map: { type: 'string' },
    dist: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '3' },
    clicks: { type: 'string', default: '4' },
    filters: { type: 'string', default: '4' },
    top: { type: 'string', default: '14' },
  },
  strict: true,
});
if (!values.map || !values.dist?.length) {
  process.stderr.write('usage: traceReactions --map FILE.map.json --dist A [--dist B] [--rounds N]\n');
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
  args?: { name?: string };
}
/** Self CPU ms by event name in one reaction window, and the window's total. */
type Breakdown = Map<string, number>;

const loadavg = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Per window (a `w-start` mark and the next `w-end`), self CPU ms by event name; `total` the tasks' sum. */
export function windowBreakdowns(events: TraceEvent[]): Breakdown[] {
  const marks = events.filter((e) => e.name === 'w-start' || e.name === 'w-end').sort((a, b) => a.ts - b.ts);
  if (marks.length === 0) return [];
  const pid = marks[0].pid;
  const thread = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const all = events
    .filter((x) => x.pid === pid && x.tid === thread?.tid && x.ph === 'X' && x.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Nesting by time: each event's self thread time is its own less its direct children's.
  const self = new Map<TraceEvent, number>();
  const top: TraceEvent[] = [];
  const stack: TraceEvent[] = [];
  for (const e of all) {
    while (stack.length > 0 && e.ts >= stack[stack.length - 1].ts + (stack[stack.length - 1].dur ?? 0)) stack.pop();
    const parent = stack[stack.length - 1];
    const t = e.tdur ?? e.dur ?? 0;
    self.set(e, t);
    if (parent) self.set(parent, (self.get(parent) ?? 0) - t);
    else top.push(e);
    stack.push(e);
  }
  const topOf = new Map<TraceEvent, TraceEvent>();
  {
    const tops = new Set(top);
    let current: TraceEvent | null = null;
    for (const e of all) {
      if (tops.has(e)) current = e;
      if (current) topOf.set(e, current);
    }
  }
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const otherThreads = new Map<string, TraceEvent[]>();
  {
    const byThread = new Map<string, TraceEvent[]>();
    for (const e of events) {
      if (e.ph !== 'X' || e.dur === undefined || (e.pid === pid && e.tid === thread?.tid)) continue;
      const k = `${e.pid}:${e.tid}`;
      if (!byThread.has(k)) byThread.set(k, []);
      byThread.get(k)!.push(e);
    }
    for (const [k, evs] of byThread) {
      evs.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      const tops: TraceEvent[] = [];
      for (const e of evs) {
        const last = tops[tops.length - 1];
        if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
        tops.push(e);
      }
      const key = `${k.split(':')[0] === String(pid) ? 'renderer' : `pid ${k.split(':')[0]}`} ${names.get(k) ?? k}`;
      otherThreads.set(key, [...(otherThreads.get(key) ?? []), ...tops]);
    }
  }
  const out: Breakdown[] = [];
  for (let i = 0; i + 1 < marks.length; i++) {
    if (marks[i].name !== 'w-start' || marks[i + 1].name !== 'w-end') continue;
    const [from, to] = [marks[i].ts, marks[i + 1].ts];
    const inside = new Set(top.filter((t) => t.ts + (t.dur ?? 0) > from && t.ts < to));
    const b: Breakdown = new Map();
    let total = 0;
    for (const e of all) {
      const t = topOf.get(e);
      if (!t || !inside.has(t)) continue;
      const ms = (self.get(e) ?? 0) / 1000;
      b.set(e.name, (b.get(e.name) ?? 0) + ms);
      if (e === t) total += (e.tdur ?? e.dur ?? 0) / 1000;
    }
    b.set('(total)', total);
    // Other threads (compositor, raster, the GPU process's compositing): their top-level events' CPU.
    for (const [key, evs] of otherThreads) {
      let ms = 0;
      for (const e of evs) if (e.ts + (e.dur ?? 0) > from && e.ts < to) ms += (e.tdur ?? e.dur ?? 0) / 1000;
      if (ms > 0) b.set(`[thread] ${key}`, (b.get(`[thread] ${key}`) ?? 0) + ms);
    }
    out.push(b);
  }
  return out;
}

const mapFile = resolve(values.map);
const stem = basename(mapFile).replace(/\.map\.json$/, '');
const map = JSON.parse(readFileSync(mapFile, 'utf8')) as MapFile;
const terms = biggestKeywordTerms(map, Number(values.filters));
const linked = linkCompactMapFiles(mapFile, values.dist);

interface Side {
  page: Page;
  points: { x: number; y: number }[];
  wall: Record<'click' | 'filter', number[]>;
  breakdowns: Record<'click' | 'filter', Breakdown[]>;
}

/** The main thread's events, and the raster, compositor and viz threads' (cc, viz). */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'toplevel',
  'cc',
  'viz',
];

async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    const a = (window as unknown as Probe).__bench.armed;
    if (!a) return;
    performance.mark('w-start', { startTime: a.at });
    performance.mark('w-end', { startTime: a.at + a.value });
  });
}

async function round(browser: Browser, side: Side, keep: boolean): Promise<void> {
  const { page } = side;
  await page.bringToFront();
  await page.waitForTimeout(2000);
  const walls: Record<AppReaction, number[]> = { click: [], filter: [], hover: [] };
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  for (const p of side.points) {
    await armAppReaction(page, 'click');
    await page.mouse.click(p.x, p.y);
    walls.click.push(await reactionTime(page, 20_000));
    await markWindow(page);
    await page.waitForTimeout(150);
  }
  const clickTrace = await browser.stopTracing();
  await page.mouse.move(10, 10);
  const input = page.getByRole('combobox', { name: 'Filter by keyword' });
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  for (const term of terms) {
    await input.fill(term);
    await page.getByRole('option').first().waitFor();
    await armAppReaction(page, 'filter');
    await input.press('Enter');
    walls.filter.push(await reactionTime(page, 20_000));
    await markWindow(page);
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await page.waitForTimeout(400);
  }
  const filterTrace = await browser.stopTracing();
  if (process.env.BENCH_TRACE_DIR) {
    const at = `${sides.indexOf(side)}-${Date.now()}`;
    writeFileSync(join(process.env.BENCH_TRACE_DIR, `click-${at}.json`), clickTrace);
    writeFileSync(join(process.env.BENCH_TRACE_DIR, `filter-${at}.json`), filterTrace);
  }
  await page.locator('canvas').first().focus();
  await page.keyboard.press('Escape');
  if (!keep) return;
  side.wall.click.push(...walls.click);
  side.wall.filter.push(...walls.filter);
  side.breakdowns.click.push(...windowBreakdowns(JSON.parse(clickTrace.toString('utf8')).traceEvents));
  side.breakdowns.filter.push(...windowBreakdowns(JSON.parse(filterTrace.toString('utf8')).traceEvents));
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
const served = await Promise.all(values.dist.map((d) => serveFolder(d)));
const sides: Side[] = [];
const loadBefore = loadavg();
try {
  for (const s of served) {
    const { page, view } = await openPaintedMap(browser, `${s.url}/?map=${stem}.map.bin`, 180_000);
    const points = pointsNearMiddle(view, map.papers, Number(values.clicks));
    sides.push({ page, points, wall: { click: [], filter: [] }, breakdowns: { click: [], filter: [] } });
  }
  for (let r = 0; r <= Number(values.rounds); r++) {
    for (const side of r % 2 === 0 ? sides : [...sides].reverse()) await round(browser, side, r > 0);
  }
} finally {
  await browser.close();
  await Promise.all(served.map((s) => s.close()));
  for (const f of linked) rmSync(f, { force: true });
}

const lines = [
  `${map.papers.length} papers; ${values.rounds} rounds after 1 warm-up; load before ${loadBefore}, after ${loadavg()}`,
];
for (const kind of ['click', 'filter'] as const) {
  const names = new Map<string, number>();
  for (const s of sides) for (const b of s.breakdowns[kind]) for (const [n, ms] of b) names.set(n, (names.get(n) ?? 0) + ms);
  const heaviest = [...names].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top) + 1);
  lines.push('', `${kind}: median self CPU ms per reaction (main thread)`, `| event | ${values.dist.join(' | ')} |`);
  lines.push(`| --- | ${values.dist.map(() => '---').join(' | ')} |`);
  lines.push(`| (wall) | ${sides.map((s) => median(s.wall[kind]).toFixed(1)).join(' | ')} |`);
  for (const [n] of heaviest) {
    lines.push(`| ${n} | ${sides.map((s) => median(s.breakdowns[kind].map((b) => b.get(n) ?? 0)).toFixed(2)).join(' | ')} |`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);

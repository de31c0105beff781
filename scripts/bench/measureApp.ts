import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compactMapParts, type MapFile } from '../../src/core/map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromiumArgs';
import { benchTempDir } from './benchCorpusFile';
import { baselinePage } from './baselinePage';
import {
  armAppReaction,
  type BenchProbe,
  pointsNearMiddle,
  probedContext,
  reactionTime,
  rendererCpuMs,
  type ScreenView,
  screenView,
  biggestKeywordTerms,
} from './pageProbe';
import { serveFolder } from './serveFolder';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface AppOptions {
  /** The map file to open (`?map=`). */
  mapFile: string;
  /** Page loads timed for first paint, per page. */
  loads: number;
  /** Length of the wheel-and-drag gesture. */
  gestureMs: number;
  /** Hovers and clicks timed per page (filters: half as many, at least 1). */
  samples: number;
  /** Pause after the first paint and after resetting the view, before the next measurement. */
  settleMs: number;
  /**
   * Longest wait for one reaction (a hover's tooltip, a click's details, a filter) and for any
   * page step, before the figure is given up (-1) or the step fails. Default 5 s; the smoke run
   * waits minutes, because on a busy machine it checks that everything runs, not how fast.
   */
  waitMs?: number;
  /**
   * The app opens the compact form of the map (written from `mapFile` beside it, README "The
   * compact map"); the baseline page always loads the JSON map. Default true.
   */
  compact?: boolean;
}

const DEFAULT_WAIT_MS = 5000;

/** One page's figures: every sample, medians are taken by the report. */
export interface PageFigures {
  firstPaintMs: number[];
  /** Intervals between requestAnimationFrame timestamps during the gesture. */
  frameIntervalsMs: number[];
  /** Draws of the map per second during the gesture (how many of those frames showed a new view). */
  drawsPerSecond: number;
  hoverMs: number[];
  clickMs: number[];
  filterMs: number[];
  /** After the last measurement, the page still open: see PageMemory. */
  memory?: PageMemory;
  /** The app only: the same gesture with the year overlay and with the density view, and the time filter. */
  overlays?: OverlayFigures;
}

/**
 * Memory of the page: the resident memory of Chromium's renderer processes (with one page open,
 * the page's; /proc's RSS, so what the page's tab costs the machine) and the JS heap in use there
 * (the page and its workers, CDP Performance.getMetrics of the page: JSHeapUsedSize).
 */
export interface PageMemory {
  rendererRssMb: number;
  jsHeapMb: number;
}

/**
 * Issues 11 and 16 on the app's page: the wheel-and-drag gesture again with "Colour by" Year and
 * with the density view on (same page, same length, after the plain one), and the time filter's
 * reaction: a key press on the "From year" slider until "N of M papers" has changed and painted.
 */
export interface OverlayFigures {
  yearFrameIntervalsMs: number[];
  yearDrawsPerSecond: number;
  densityFrameIntervalsMs: number[];
  densityDrawsPerSecond: number;
  yearFilterMs: number[];
  /**
   * CPU time of the page's renderer process (Chromium's ProcessTime metric, CDP
   * Performance.getMetrics) per map draw, over a gesture of each kind run side by side on one
   * page: unlike frame rates, it hardly changes when other work shares the cores. (ThreadTime, the
   * other CPU metric there, gave 0 and negative deltas: not the page's main thread.)
   * `keywordFilterProcessMs`, `yearFilterProcessMs`: renderer CPU ms per filter reaction.
   */
  cpu?: {
    plain: GestureCpu;
    year: GestureCpu;
    density: GestureCpu;
    keywordFilterProcessMs: number[];
    yearFilterProcessMs: number[];
  };
}

export interface GestureCpu {
  draws: number;
  processMsPerDraw: number;
}

export interface AppMeasurement {
  papers: number;
  keywords: number;
  links: number;
  mapMb: number;
  /** The compact form the app opened: main file and all texts files, MB; absent when it opened the JSON map. */
  compact?: { mainMb: number; textsMb: number; textsFiles: number };
  chromium: string;
  bundle: { firstLoadGzipKb: number; allJsGzipKb: number; firstLoadFiles: string[] };
  buildMs: number;
  app: PageFigures;
  baseline: PageFigures;
}

/** A big map opened in the app for its first paint only (measureFirstPaint). */
export interface FirstPaintMeasurement {
  papers: number;
  mapMb: number;
  /** One per load that painted. */
  firstPaintMs: number[];
  /** Why a load did not paint: the page's own error, or a timeout. */
  error?: string;
}

type Probe = { __bench: BenchProbe };
type PageKind = 'app' | 'baseline';

/** Production build into a temp folder (the working tree's dist/ is left alone). */
function viteBuild(outDir: string): number {
  const started = performance.now();
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bench: vite build failed:\n${run.stdout}\n${run.stderr}`);
  return performance.now() - started;
}

/** Gzipped size (zlib, level 9 as servers precompress) of the JS the page loads first, and of all JS. */
function bundleSize(outDir: string): AppMeasurement['bundle'] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const firstLoadFiles = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const gz = (file: string): number => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1024;
  const all = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    firstLoadGzipKb: firstLoadFiles.reduce((s, f) => s + gz(f), 0),
    allJsGzipKb: all.reduce((s, f) => s + gz(join('assets', f)), 0),
    firstLoadFiles,
  };
}

async function openPage(
  browser: Browser,
  url: string,
  timeoutMs = 120_000,
): Promise<{ page: Page; firstPaint: number; close(): Promise<void> }> {
  const context = await probedContext(browser, timeoutMs);
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    try {
      await page.waitForFunction(() => ((window as unknown as Probe).__bench.firstPaint ?? -1) > 0, undefined, {
        timeout: timeoutMs,
      });
    } catch (error) {
      // The app's own message (an alert role) or a script error says more than the timeout.
      const shown = await page
        .locator('[role="alert"]')
        // biome-ignore lint/performance/useDomNodeTextContent: innerText's rendered line breaks separate the alert's parts
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim().replace(/\s*\n+\s*/g, ': ')))
        .catch(() => []);
      const why = [...pageErrors, ...shown].join('; ');
      throw new Error(why ? `the page showed: ${why.slice(0, 300)}` : `no first paint within ${timeoutMs / 1000} s`, {
        cause: error,
      });
    }
    const firstPaint = await page.evaluate(() => (window as unknown as Probe).__bench.firstPaint!);
    return { page, firstPaint, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Process ids of this Node process's descendants (Chromium's processes, launched by Playwright). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the parent id follows the last ")".
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process has ended.
    }
  }
  const out: number[] = [];
  const seen = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (seen.has(ppid) && !seen.has(pid)) {
        seen.add(pid);
        out.push(pid);
        grew = true;
      }
    }
  }
  return out;
}

/** See PageMemory; null where /proc is not there (not Linux). */
async function pageMemory(page: Page): Promise<PageMemory | undefined> {
  let rss = 0;
  try {
    for (const pid of descendants(process.pid)) {
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
        const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (kb) rss += Number(kb[1]) / 1024;
      } catch {
        // Ended meanwhile.
      }
    }
  } catch {
    return undefined;
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return { rendererRssMb: rss, jsHeapMb: heap / 1e6 };
}

/** Papers in the middle of the view (clear of the legend and zoom buttons), spread over it, nearest the centre first. */
function targets(map: MapFile, view: ScreenView, count: number): { x: number; y: number; title: string; id: string }[] {
  return pointsNearMiddle(view, map.papers, count).map((p) => ({ x: p.x, y: p.y, title: p.title, id: p.id }));
}

async function gesture(page: Page, view: ScreenView, ms: number): Promise<{ intervals: number[]; drawsPerSecond: number }> {
  // Pressed in a corner of the canvas: the fit leaves a margin there, so it pans instead of dragging a node.
  const { stamps, draws } = await page.evaluate(([d, x, y]) => (window as unknown as Probe).__bench.gesture(d, x, y), [
    ms,
    view.left + 20,
    view.top + 20,
  ] as const);
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
  const span = (stamps[stamps.length - 1] - stamps[0]) / 1000;
  return { intervals, drawsPerSecond: span > 0 ? draws / span : 0 };
}

async function timeHovers(
  page: Page,
  kind: PageKind,
  view: ScreenView,
  points: { x: number; y: number }[],
  waitMs: number,
): Promise<number[]> {
  const out: number[] = [];
  for (const p of points) {
    // Off any node first, so each hover is a change.
    await page.mouse.move(view.left + 10, view.top + 10);
    await page.waitForTimeout(60);
    if (kind === 'app') await armAppReaction(page, 'hover');
    else
      await page.evaluate(() =>
        (window as unknown as Probe).__bench.arm(
          'pointermove',
          () => (window as unknown as { __baselineState: { hover: string | null } }).__baselineState.hover !== null,
        ),
      );
    await page.mouse.move(p.x, p.y);
    out.push(await reactionTime(page, waitMs));
  }
  return out;
}

async function timeClicks(page: Page, kind: PageKind, points: { x: number; y: number }[], waitMs: number): Promise<number[]> {
  const out: number[] = [];
  for (const p of points) {
    if (kind === 'app') await armAppReaction(page, 'click');
    else
      await page.evaluate(() => {
        const state = (window as unknown as { __baselineState: { selected: string | null } }).__baselineState;
        const before = state.selected;
        (window as unknown as Probe).__bench.arm('pointerup', () => state.selected !== null && state.selected !== before);
      });
    await page.mouse.click(p.x, p.y);
    out.push(await reactionTime(page, waitMs));
    await page.waitForTimeout(60);
  }
  return out;
}

async function timeFilters(page: Page, kind: PageKind, terms: string[], waitMs: number): Promise<number[]> {
  const out: number[] = [];
  for (const term of terms) {
    const input = kind === 'app' ? page.getByRole('combobox', { name: 'Filter by keyword' }) : page.locator('#filter');
    await input.fill(term);
    if (kind === 'app') await page.getByRole('option').first().waitFor();
    if (kind === 'app') await armAppReaction(page, 'filter');
    else
      await page.evaluate(() =>
        (window as unknown as Probe).__bench.arm(
          'keydown',
          () => (window as unknown as { __baselineState: { filter: string | null } }).__baselineState.filter !== null,
        ),
      );
    await input.press('Enter');
    out.push(await reactionTime(page, waitMs));
    // Back to no filter.
    if (kind === 'app') await page.getByRole('button', { name: 'Clear filter' }).click();
    else {
      await input.fill('');
      await input.press('Enter');
    }
    await page.waitForTimeout(100);
  }
  return out;
}

/** Year-range steps, each a key press on the "From year" slider timed until the count has changed and painted. */
async function timeYearFilter(page: Page, steps: number, waitMs: number, cpuMs: number[] = []): Promise<number[]> {
  const out: number[] = [];
  const from = page.getByRole('slider', { name: 'From year' });
  await from.focus();
  for (let i = 0; i < steps; i++) {
    // The filter's count changes after a key press, as with the keyword filter.
    await armAppReaction(page, 'filter');
    const before = await rendererCpuMs(page);
    // One year a step: a generated corpus spreads its papers over every year, so each step drops some.
    await page.keyboard.press('ArrowRight');
    out.push(await reactionTime(page, waitMs));
    cpuMs.push((await rendererCpuMs(page)) - before);
    await page.waitForTimeout(100);
  }
  await page.getByRole('button', { name: 'All years' }).click();
  return out;
}

/** A gesture from the whole map, with the CPU the page spent per draw meanwhile. */
async function cpuGesture(
  page: Page,
  view: ScreenView,
  ms: number,
): Promise<{ intervals: number[]; drawsPerSecond: number; cpu: GestureCpu }> {
  const draws0 = await page.evaluate(() => (window as unknown as Probe).__bench.draws);
  const before = await rendererCpuMs(page);
  const run = await gesture(page, view, ms);
  const after = await rendererCpuMs(page);
  const draws = Math.max(1, (await page.evaluate(() => (window as unknown as Probe).__bench.draws)) - draws0);
  return {
    ...run,
    cpu: {
      draws,
      processMsPerDraw: (after - before) / draws,
    },
  };
}

/** Renderer CPU of keyword filter reactions (Enter in the combobox until the count changed and painted). */
async function keywordFilterCpu(page: Page, terms: string[], waitMs: number): Promise<number[]> {
  const out: number[] = [];
  const input = page.getByRole('combobox', { name: 'Filter by keyword' });
  for (const term of terms) {
    await input.fill(term);
    await page.getByRole('option').first().waitFor();
    await armAppReaction(page, 'filter');
    const before = await rendererCpuMs(page);
    await input.press('Enter');
    await reactionTime(page, waitMs);
    out.push((await rendererCpuMs(page)) - before);
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await page.waitForTimeout(100);
  }
  return out;
}

/**
 * The gesture plain, with the year overlay and with the density view, each from the whole map
 * (frame figures and CPU per draw, side by side on one page); then the time filter, and the
 * keyword filter's CPU beside it.
 */
async function measureOverlays(page: Page, options: AppOptions, waitMs: number, terms: string[]): Promise<OverlayFigures> {
  const refit = async (): Promise<ScreenView> => {
    await page.locator('canvas').first().focus();
    await page.keyboard.press('0');
    await page.waitForTimeout(options.settleMs);
    return screenView(page);
  };
  const plain = await cpuGesture(page, await refit(), options.gestureMs);
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption('year');
  await page.waitForFunction(() => location.search.includes('color=year'));
  const year = await cpuGesture(page, await refit(), options.gestureMs);
  await page.getByRole('combobox', { name: 'Colour by' }).selectOption('cluster');
  await page.getByRole('button', { name: 'Density', exact: true }).click();
  await page.waitForFunction(() => location.search.includes('density='));
  const density = await cpuGesture(page, await refit(), options.gestureMs);
  await page.getByRole('button', { name: 'Density', exact: true }).click();
  await refit();
  const yearFilterProcessMs: number[] = [];
  const yearFilterMs = await timeYearFilter(page, Math.max(1, Math.ceil(options.samples / 2)), waitMs, yearFilterProcessMs);
  const keywordFilterProcessMs = await keywordFilterCpu(page, terms, waitMs);
  return {
    yearFrameIntervalsMs: year.intervals,
    yearDrawsPerSecond: year.drawsPerSecond,
    densityFrameIntervalsMs: density.intervals,
    densityDrawsPerSecond: density.drawsPerSecond,
    yearFilterMs,
    cpu: { plain: plain.cpu, year: year.cpu, density: density.cpu, keywordFilterProcessMs, yearFilterProcessMs },
  };
}

async function measurePage(
  browser: Browser,
  kind: PageKind,
  url: string,
  map: MapFile,
  options: AppOptions,
): Promise<PageFigures> {
  const firstPaintMs: number[] = [];
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const pageTimeoutMs = Math.max(120_000, waitMs);
  for (let i = 0; i < options.loads - 1; i++) {
    const opened = await openPage(browser, url, pageTimeoutMs);
    firstPaintMs.push(opened.firstPaint);
    await opened.close();
  }
  const { page, firstPaint, close } = await openPage(browser, url, pageTimeoutMs);
  firstPaintMs.push(firstPaint);
  try {
    await page.waitForTimeout(options.settleMs);
    const { intervals, drawsPerSecond } = await gesture(page, await screenView(page), options.gestureMs);
    // Back to the whole map for pointing at nodes.
    if (kind === 'app') {
      await page.locator('canvas').first().focus();
      await page.keyboard.press('0');
    } else {
      await page.reload();
      await page.waitForFunction(() => ((window as unknown as Probe).__bench.firstPaint ?? -1) > 0);
    }
    await page.waitForTimeout(options.settleMs);
    const view = await screenView(page);
    const points = targets(map, view, options.samples);
    const hoverMs = await timeHovers(page, kind, view, points, waitMs);
    const clickMs = await timeClicks(page, kind, points, waitMs);
    await page.mouse.move(view.left + 10, view.top + 10);
    const terms = biggestKeywordTerms(map, Math.max(1, Math.ceil(options.samples / 2)));
    const filterMs = await timeFilters(page, kind, terms, waitMs);
    const memory = await pageMemory(page);
    // A map whose papers have years shows "Colour by" and the "Years" filter; the generated corpus has them.
    const overlays =
      kind === 'app' && (await page.getByRole('combobox', { name: 'Colour by' }).count()) > 0
        ? await measureOverlays(page, options, waitMs, terms)
        : undefined;
    return { firstPaintMs, frameIntervalsMs: intervals, drawsPerSecond, hoverMs, clickMs, filterMs, memory, overlays };
  } finally {
    await close();
  }
}

/**
 * Opens each of `mapFiles` in the production build, `loads` times, and times only the first paint:
 * whether a map far above the app's measured size still loads (issue 5: "the map file stays
 * loadable"). A load that does not paint within `timeoutMs` ends that map's probe with an error.
 */
export async function measureFirstPaint(
  mapFiles: { file: string; papers: number }[],
  loads: number,
  timeoutMs = 300_000,
): Promise<FirstPaintMeasurement[]> {
  const outDir = mkdtempSync(join(benchTempDir(), 'dist-'));
  try {
    viteBuild(outDir);
    const served = await serveFolder(outDir, {});
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const out: FirstPaintMeasurement[] = [];
      for (const [i, { file, papers }] of mapFiles.entries()) {
        const name = `bench-${i}.map.json`;
        copyFileSync(file, join(outDir, name));
        const probe: FirstPaintMeasurement = { papers, mapMb: statSync(file).size / 1e6, firstPaintMs: [] };
        try {
          for (let l = 0; l < loads; l++) {
            const opened = await openPage(browser, `${served.url}/?map=${name}`, timeoutMs);
            probe.firstPaintMs.push(opened.firstPaint);
            await opened.close();
          }
        } catch (error) {
          probe.error = (error as Error).message.split('\n')[0];
        }
        rmSync(join(outDir, name), { force: true });
        out.push(probe);
      }
      return out;
    } finally {
      await browser.close();
      await served.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * The app in Debian's Chromium (never a downloaded browser): production build served on
 * 127.0.0.1 with the map, and the baseline page on the same server with the same map, measured
 * the same way in the same run.
 */
export async function measureApp(options: AppOptions): Promise<AppMeasurement> {
  const outDir = mkdtempSync(join(benchTempDir(), 'dist-'));
  try {
    const buildMs = viteBuild(outDir);
    const bundle = bundleSize(outDir);
    copyFileSync(options.mapFile, join(outDir, 'bench.map.json'));
    const map = JSON.parse(readFileSync(options.mapFile, 'utf8')) as MapFile;
    let compact: AppMeasurement['compact'];
    if (options.compact ?? true) {
      compact = { mainMb: 0, textsMb: 0, textsFiles: 0 };
      for (const part of compactMapParts(map, 'bench.map.bin')) {
        writeFileSync(join(outDir, part.name), part.data);
        const mb = (typeof part.data === 'string' ? Buffer.byteLength(part.data) : part.data.length) / 1e6;
        if (part.name === 'bench.map.bin') compact.mainMb = mb;
        else {
          compact.textsMb += mb;
          compact.textsFiles++;
        }
      }
    }
    const appMap = compact ? 'bench.map.bin' : 'bench.map.json';
    const served = await serveFolder(outDir, { '/baseline.html': { type: 'text/html; charset=utf-8', body: baselinePage() } });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const app = await measurePage(browser, 'app', `${served.url}/?map=${appMap}`, map, options);
      const baseline = await measurePage(browser, 'baseline', `${served.url}/baseline.html?map=bench.map.json`, map, options);
      return {
        papers: map.papers.length,
        keywords: map.keywords.length,
        links: map.links.length,
        mapMb: statSync(options.mapFile).size / 1e6,
        ...(compact ? { compact } : {}),
        chromium: browser.version(),
        bundle,
        buildMs,
        app,
        baseline,
      };
    } finally {
      await browser.close();
      await served.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

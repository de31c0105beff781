import { readdirSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MapFile } from '../../src/core/map';

/**
 * Script added to every benchmarked page before its own scripts run (`addInitScript`). The app
 * exposes no timing hook, but it sets `data-view` on its canvas at the end of every draw that has
 * a map (so does the baseline page): a MutationObserver on that attribute counts draws, and a
 * MessageChannel message posted from there runs after the frame's rendering step, i.e. after
 * the paint. Times are `performance.now()`, so 0 is the navigation start.
 *
 * window.__bench (see BenchProbe):
 */
export interface BenchProbe {
  /** After-paint time of the first draw with the map; null before, -1 while waiting for the paint. */
  firstPaint: number | null;
  draws: number;
  /**
   * A wheel-and-drag gesture of `ms` milliseconds on the map's canvas, pressed at client point
   * (x, y): one pointer/mouse move every frame (circling), one wheel event every other frame (in
   * for half a second, then out). Synthetic events dispatched from requestAnimationFrame, so the
   * input rate is the frame rate and every frame has something new to draw. Resolves to the
   * frames' timestamps and the number of draws meanwhile.
   */
  gesture(ms: number, x: number, y: number): Promise<{ stamps: number[]; draws: number }>;
  /**
   * Starts timing from the next `type` event (its timeStamp, capture phase on window) to the first
   * check — after every draw and every frame, after the paint — where a draw has happened since
   * the event and `done()` holds.
   */
  arm(type: string, done: () => boolean): void;
  /** The armed timing in ms, or -1 if it did not finish within `timeoutMs`. */
  result(timeoutMs: number): Promise<number>;
}

export const PAGE_PROBE = `(() => {
  const b = { firstPaint: null, draws: 0, armed: null, checks: [] };
  window.__bench = b;
  const afterPaint = (fn) => { const ch = new MessageChannel(); ch.port1.onmessage = () => fn(performance.now()); ch.port2.postMessage(0); };
  const runChecks = () => afterPaint((now) => { if (b.armed) b.armed.check(now); });
  new MutationObserver(() => {
    b.draws++;
    if (b.firstPaint === null) { b.firstPaint = -1; afterPaint((now) => { b.firstPaint = now; }); }
    runChecks();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-view'] });
  b.gesture = (ms, x0, y0) => new Promise((resolve) => {
    const canvas = document.querySelector('canvas[data-view]');
    const send = (type, x, y, extra) => {
      const init = { bubbles: true, cancelable: true, composed: true, view: window, clientX: x, clientY: y, button: 0, buttons: type.endsWith('up') ? 0 : 1, ...extra };
      if (type === 'wheel') canvas.dispatchEvent(new WheelEvent('wheel', { ...init, buttons: 1, deltaY: extra.deltaY, deltaMode: 0 }));
      else {
        canvas.dispatchEvent(new PointerEvent('pointer' + type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
        canvas.dispatchEvent(new MouseEvent('mouse' + type, init));
      }
    };
    const stamps = [];
    const draws0 = b.draws;
    let start = null;
    let i = 0;
    send('down', x0, y0, {});
    const step = (ts) => {
      if (start === null) start = ts;
      stamps.push(ts);
      const a = i / 10;
      const x = x0 + 120 + 100 * Math.cos(a), y = y0 + 120 + 100 * Math.sin(a);
      send('move', x, y, {});
      if (i % 2 === 0) send('wheel', x, y, { deltaY: Math.floor(ts / 500) % 2 === 0 ? -40 : 40 });
      i++;
      if (ts - start < ms) requestAnimationFrame(step);
      else { send('up', x, y, {}); resolve({ stamps, draws: b.draws - draws0 }); }
    };
    requestAnimationFrame(step);
  });
  b.arm = (type, done) => {
    const a = { at: null, draws: 0, value: null, waiters: [] };
    a.check = (now) => {
      if (a.value === null && a.at !== null && b.draws > a.draws && done()) {
        a.value = now - a.at;
        for (const w of a.waiters) w(a.value);
      }
    };
    const on = (e) => {
      a.at = e.timeStamp; a.draws = b.draws;
      removeEventListener(type, on, true);
      const frame = () => { if (a.value === null && b.armed === a) { runChecks(); requestAnimationFrame(frame); } };
      requestAnimationFrame(frame);
    };
    addEventListener(type, on, true);
    b.armed = a;
  };
  b.result = (timeoutMs) => new Promise((resolve) => {
    const a = b.armed;
    if (!a) return resolve(-1);
    if (a.value !== null) return resolve(a.value);
    a.waiters.push(resolve);
    setTimeout(() => resolve(a.value ?? -1), timeoutMs);
  });
})();`;

/** A 1280×800 context (no device scaling, reduced motion) whose pages get the probe; every step waits up to `timeoutMs`. */
export async function probedContext(browser: Browser, timeoutMs: number): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  // Every Playwright step (goto, waitFor, fill) gets as long as the first paint, not 30 s.
  context.setDefaultTimeout(timeoutMs);
  await context.addInitScript(PAGE_PROBE);
  return context;
}

/**
 * The app's reactions the benches time, each until what the user sees has changed and painted:
 * a hover until a tooltip shows, a click on a paper until the details show another title, Enter
 * in the keyword filter until the filter's count changed.
 */
export type AppReaction = 'hover' | 'click' | 'filter';

/** Arms the probe for the app's next `reaction` (see AppReaction); read it with reactionTime. */
export async function armAppReaction(page: Page, reaction: AppReaction): Promise<void> {
  await page.evaluate((r) => {
    const b = (window as unknown as { __bench: BenchProbe }).__bench;
    if (r === 'hover') b.arm('pointermove', () => document.querySelector('.tooltip') !== null);
    else if (r === 'click') {
      const before = document.querySelector('#details-title')?.textContent ?? '';
      b.arm('pointerup', () => {
        const now = document.querySelector('#details-title')?.textContent ?? '';
        return now !== '' && now !== before;
      });
    } else {
      const before = document.querySelector('.filter-count')?.textContent ?? '';
      b.arm('keydown', () => (document.querySelector('.filter-count')?.textContent ?? '') !== before);
    }
  }, reaction);
}

/** The armed reaction's time in ms, or -1 if it did not finish within `timeoutMs`. */
export function reactionTime(page: Page, timeoutMs: number): Promise<number> {
  return page.evaluate((ms) => (window as unknown as { __bench: BenchProbe }).__bench.result(ms), timeoutMs);
}

/** The renderer process's CPU time so far in ms (Chromium's ProcessTime). */
export async function rendererCpuMs(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'ProcessTime')?.value ?? Number.NaN);
  } finally {
    await session.detach();
  }
}

/** Where the map sits on the page: the canvas's box and the view (x, y, k) of its last draw. */
export interface ScreenView {
  left: number;
  top: number;
  width: number;
  height: number;
  x: number;
  y: number;
  k: number;
}

/** The map canvas's box and view, read from its `data-view` (set by the app and the baseline page). */
export function screenView(page: Page): Promise<ScreenView> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas[data-view]') as HTMLCanvasElement;
    const rect = canvas.getBoundingClientRect();
    const [x, y, k] = (canvas.dataset.view ?? '').split(',').map(Number);
    return { left: rect.left, top: rect.top, width: rect.width, height: rect.height, x, y, k };
  });
}

/**
 * Opens `url` in a new probed page, waits for the map's first paint and 3 s more (the work the
 * app leaves for after the paint), and returns the page with the canvas's box and view.
 */
export async function openPaintedMap(
  browser: Browser,
  url: string,
  timeoutMs: number,
): Promise<{ page: Page; view: ScreenView }> {
  const context = await probedContext(browser, timeoutMs);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => ((window as unknown as { __bench: BenchProbe }).__bench.firstPaint ?? -1) > 0, undefined, {
    timeout: timeoutMs,
  });
  await page.waitForTimeout(3000);
  return { page, view: await screenView(page) };
}

/** The terms of the `n` keywords linked to the most papers: the benches' filter terms. */
export function biggestKeywordTerms(map: Pick<MapFile, 'keywords'>, n: number): string[] {
  return [...map.keywords]
    .sort((a, b) => b.papers - a.papers)
    .slice(0, n)
    .map((k) => k.term);
}

/**
 * `n` nodes near the middle of the view (within 30% of its size of the centre, clear of the legend
 * and zoom buttons), spread evenly over their order by distance from it, with x and y as page
 * points: the same nodes for every build of a map.
 */
export function pointsNearMiddle<T extends { x: number; y: number }>(view: ScreenView, nodes: readonly T[], n: number): T[] {
  const cx = view.width / 2;
  const cy = view.height / 2;
  const near = nodes
    .map((p) => ({ ...p, x: view.x + p.x * view.k, y: view.y + p.y * view.k }))
    .filter((p) => Math.abs(p.x - cx) < view.width * 0.3 && Math.abs(p.y - cy) < view.height * 0.3)
    .sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
  return near
    .filter((_, i) => i % Math.max(1, Math.floor(near.length / n)) === 0)
    .slice(0, n)
    .map((p) => ({ ...p, x: p.x + view.left, y: p.y + view.top }));
}

/**
 * Links the compact form of `mapFile` (its `.map.bin` and texts files beside it) into each build
 * folder, replacing what is there; returns the links made, for removal at the end.
 */
export function linkCompactMapFiles(mapFile: string, dists: readonly string[]): string[] {
  const stem = basename(mapFile).replace(/\.map\.json$/, '');
  const linked: string[] = [];
  for (const dist of dists) {
    for (const name of readdirSync(dirname(mapFile))) {
      if (!name.startsWith(`${stem}.map.`) || name.endsWith('.map.json')) continue;
      const to = join(dist, name);
      rmSync(to, { force: true });
      symlinkSync(join(dirname(mapFile), name), to);
      linked.push(to);
    }
  }
  return linked;
}

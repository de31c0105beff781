import type { ViewCommand, ViewTransform } from '../store/mapStoreState';
import { type Bounds, FIT_MARGIN, fitShown, fitTransform, type Padding, zoomExtent } from '../core/scene';

/** A box in canvas pixels (a panel floating over the map, measured from the canvas's corner). */
export interface CanvasBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a view command is carried out against. */
export interface ViewContext {
  width: number;
  height: number;
  transform: ViewTransform;
  /** Scale at which the whole map fits (the overview): zoom limits and steps are relative to it. */
  fitK: number;
  /** The panel over the map that fitting keeps clear of, or null. */
  overlay: CanvasBox | null;
  /**
   * Pixels at the bottom of the view that a sheet covers (the details of a phone), else 0: what
   * is focused is centred in the part above it.
   */
  covered?: number;
  /** Bounds of the whole map, and of what the filter shows (null: nothing, or no map). */
  allBounds(): Bounds | null;
  visibleBounds(): Bounds | null;
  /** Where a node is, and the bounds of a cluster's nodes. */
  placeOf(id: string): { x: number; y: number } | undefined;
  clusterBounds(id: number): Bounds | null;
  /** Bounds of the papers that pass the keyword filter (null: no filter, or no match). */
  matchBounds(): Bounds | null;
}

/** Where a command takes the view; `fitK` is set when the command measured the overview anew. */
export interface ViewPlan {
  target: ViewTransform;
  fitK?: number;
}

/** Where `command` takes the view, or null when it has nothing to show. */
export function planView(command: ViewCommand, ctx: ViewContext): ViewPlan | null {
  const { width, height, transform } = ctx;
  // The height left uncovered by a sheet over the bottom of the view (never less than a third).
  const open = Math.max(height / 3, height - (ctx.covered ?? 0));
  switch (command.type) {
    case 'fit': {
      const all = ctx.allBounds();
      const b = ctx.visibleBounds() ?? all;
      if (!b || !all) return null;
      // The fit `npm run export` uses too (fitShown), kept clear of the panel over the map.
      const { fitK, transform: target } = fitShown(all, b, (bounds, maxK) => fitAvoiding(bounds, FIT_MARGIN, maxK, ctx));
      return { target, fitK };
    }
    case 'zoomBy': {
      const k = clamp(transform.k * command.factor, ...zoomExtent(ctx.fitK));
      const cx = (width / 2 - transform.x) / transform.k;
      const cy = (height / 2 - transform.y) / transform.k;
      return { target: { k, x: width / 2 - cx * k, y: height / 2 - cy * k } };
    }
    case 'focusNode': {
      const p = ctx.placeOf(command.id);
      if (!p) return null;
      // Centre it; zoom in only if the map is shown smaller than a little closer than the overview.
      const k = Math.max(transform.k, ctx.fitK * 1.6);
      return { target: { k, x: width / 2 - p.x * k, y: open / 2 - p.y * k } };
    }
    case 'focusCluster': {
      const b = ctx.clusterBounds(command.id);
      return b ? { target: fitAvoiding(pad(b, 16), 64, ctx.fitK * 6, { ...ctx, height: open }) } : null;
    }
    case 'reveal': {
      const { selection } = command;
      const p = selection.kind === 'cluster' ? undefined : ctx.placeOf(selection.id);
      const b = selection.kind === 'cluster' ? ctx.clusterBounds(selection.id) : p && { x0: p.x, y0: p.y, x1: p.x, y1: p.y };
      if (!b) return null;
      // Its centre, at the view's scale: pan only when that lies outside the uncovered part.
      const cx = ((b.x0 + b.x1) / 2) * transform.k + transform.x;
      const cy = ((b.y0 + b.y1) / 2) * transform.k + transform.y;
      const edge = 24;
      if (cx >= edge && cx <= width - edge && cy >= edge && cy <= open - edge) return null;
      return { target: { k: transform.k, x: transform.x + width / 2 - cx, y: transform.y + open / 2 - cy } };
    }
    case 'fitMatches': {
      const b = ctx.matchBounds();
      if (!b) return null;
      // Asked for by a filter change: only when some match is out of view.
      if (command.auto && inView(b, transform, width, height)) return null;
      return { target: fitAvoiding(pad(b, 16), 64, ctx.fitK * 6, ctx) };
    }
    case 'set':
      return { target: command.transform };
  }
}

/**
 * Fits `b` in the viewport, kept clear of the overlay: beside it or above it, whichever shows the
 * map larger.
 */
export function fitAvoiding(
  b: Bounds,
  margin: number,
  maxK: number,
  ctx: Pick<ViewContext, 'width' | 'height' | 'overlay'>,
): ViewTransform {
  const { width, height, overlay } = ctx;
  const base: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  if (!overlay || overlay.right - overlay.left === 0 || overlay.bottom - overlay.top === 0)
    return fitTransform(b, width, height, base, maxK);
  const beside = { ...base, left: Math.max(margin, overlay.right + 16) };
  const above = { ...base, bottom: Math.max(margin, height - overlay.top + 16) };
  const a = fitTransform(b, width, height, beside, maxK);
  const c = fitTransform(b, width, height, above, maxK);
  return a.k >= c.k ? a : c;
}

/**
 * The view `t` (0 to 1) of the way from `from` to `to`: the centre moves and the scale changes
 * on a log scale, eased in and out, so a glide feels like one movement at any zoom.
 */
export function glide(from: ViewTransform, to: ViewTransform, width: number, height: number, t: number): ViewTransform {
  const a = { k: from.k, cx: (width / 2 - from.x) / from.k, cy: (height / 2 - from.y) / from.k };
  const b = { k: to.k, cx: (width / 2 - to.x) / to.k, cy: (height / 2 - to.y) / to.k };
  const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
  const k = Math.exp(Math.log(a.k) + (Math.log(b.k) - Math.log(a.k)) * e);
  const cx = a.cx + (b.cx - a.cx) * e;
  const cy = a.cy + (b.cy - a.cy) * e;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

/** Whether `b` (world units) lies wholly inside the viewport under `t`. */
function inView(b: Bounds, t: ViewTransform, width: number, height: number): boolean {
  return b.x0 * t.k + t.x >= 0 && b.y0 * t.k + t.y >= 0 && b.x1 * t.k + t.x <= width && b.y1 * t.k + t.y <= height;
}

function pad(b: Bounds, by: number): Bounds {
  return { x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Screen pixels to keep free on each side of the viewport. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A zoom transform as d3-zoom has it: screen = world * k + (x, y). */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

/** Screen pixels kept free around the map when it is fitted to the view. */
export const FIT_MARGIN = 48;

/**
 * The zoom transform that shows `bounds` centred in the part of a `width` x `height` viewport
 * left free by `padding`. `maxK` keeps a single node from filling the screen.
 */
export function fitTransform(bounds: Bounds, width: number, height: number, padding: number | Padding = 40, maxK = 8): ZoomTransform {
  const p = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const w = Math.max(1e-6, bounds.x1 - bounds.x0);
  const h = Math.max(1e-6, bounds.y1 - bounds.y0);
  const freeW = Math.max(1, width - p.left - p.right);
  const freeH = Math.max(1, height - p.top - p.bottom);
  const k = Math.min(maxK, freeW / w, freeH / h);
  const cx = (bounds.x0 + bounds.x1) / 2;
  const cy = (bounds.y0 + bounds.y1) / 2;
  return { k, x: p.left + freeW / 2 - cx * k, y: p.top + freeH / 2 - cy * k };
}

/**
 * The "fit" command, the app's button and `npm run export` alike: the nodes shown (their centres,
 * 12 world units to spare) fitted to the view, but never zoomed in beyond 4 times the scale at
 * which the whole map fits, so that a filter leaving two papers does not blow them up to fill
 * the screen. `fit` fits bounds under a zoom cap: the command line passes fitTransform with
 * FIT_MARGIN; the app one that also keeps clear of the panel over the map. `fitK` is the whole
 * map's scale, which the app's zoom limits are multiples of. `shown` null means all of it.
 */
export function fitShown(
  all: Bounds,
  shown: Bounds | null,
  fit: (bounds: Bounds, maxK: number) => ZoomTransform,
): { fitK: number; transform: ZoomTransform } {
  const fitK = fit(all, Infinity).k;
  const b = shown ?? all;
  return { fitK, transform: fit({ x0: b.x0 - 12, y0: b.y0 - 12, x1: b.x1 + 12, y1: b.y1 + 12 }, fitK * 4) };
}

/** Bounds of circles, or null when there are none. */
export function boundsOf(nodes: Iterable<{ x: number; y: number; r?: number }>): Bounds | null {
  let b: Bounds | null = null;
  for (const n of nodes) {
    const r = n.r ?? 0;
    if (!b) b = { x0: n.x - r, y0: n.y - r, x1: n.x + r, y1: n.y + r };
    else {
      b.x0 = Math.min(b.x0, n.x - r);
      b.y0 = Math.min(b.y0, n.y - r);
      b.x1 = Math.max(b.x1, n.x + r);
      b.y1 = Math.max(b.y1, n.y + r);
    }
  }
  return b;
}

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
export interface View {
  k: number;
  x: number;
  y: number;
}

/** Screen pixels kept free around the map when it is fitted to the view. */
export const FIT_MARGIN = 48;

/**
 * What a view transform may hold, so that no zoom, pan or fit can reach Infinity or NaN. Map
 * coordinates lie within ±1e7 world units (MAX_COORDINATE, checked by the map validator) and a
 * screen is at most about 1e4 pixels: fitting a 2e7-unit map into 100 pixels takes k = 5e-6, and
 * the zoom-out room below the fit is 8x, hence minK; maxK is a 0.01-unit detail drawn 1,000 pixels
 * wide. The translation is a screen position minus a world position times k: at most
 * 1e7 * 1e5 = 1e12, hence maxOffset. All of it stays far inside double precision.
 */
export const VIEW_LIMITS = { minK: 1e-7, maxK: 1e5, maxOffset: 1e13 } as const;

/** How far the user may zoom out from and into the fitted scale `fitK`, within VIEW_LIMITS. */
export function zoomExtent(fitK: number): [number, number] {
  const k = Number.isFinite(fitK) && fitK > 0 ? fitK : 1;
  return [Math.max(VIEW_LIMITS.minK, k / 8), Math.min(VIEW_LIMITS.maxK, k * 40)];
}

/** Whether `view` is finite and within VIEW_LIMITS (a view read from a link must be). */
export function isValidView(view: View): boolean {
  const { k, x, y } = view;
  return (
    Number.isFinite(k) &&
    k >= VIEW_LIMITS.minK &&
    k <= VIEW_LIMITS.maxK &&
    Number.isFinite(x) &&
    Number.isFinite(y) &&
    Math.abs(x) <= VIEW_LIMITS.maxOffset &&
    Math.abs(y) <= VIEW_LIMITS.maxOffset
  );
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/**
 * The zoom transform ({k, x, y}, as d3-zoom) that shows `bounds` centred in the part of a
 * `width` x `height` viewport left free by `padding`. `maxK` keeps a single node from filling
 * the screen.
 */
export function fitTransform(bounds: Bounds, width: number, height: number, padding: number | Padding = 40, maxK = 8): View {
  const p = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  // Bounds that are not finite (no map validator let them through) show the origin rather than
  // a NaN view that no later zoom or fit could leave.
  const b = [bounds.x0, bounds.y0, bounds.x1, bounds.y1].every(Number.isFinite) ? bounds : { x0: 0, y0: 0, x1: 0, y1: 0 };
  const w = Math.max(1e-6, b.x1 - b.x0);
  const h = Math.max(1e-6, b.y1 - b.y0);
  const freeW = Number.isFinite(width) ? Math.max(1, width - p.left - p.right) : 1;
  const freeH = Number.isFinite(height) ? Math.max(1, height - p.top - p.bottom) : 1;
  // `maxK` may be Infinity (the hook measures the fitted scale that way); the limits still hold.
  const k = clamp(Math.min(maxK, freeW / w, freeH / h), VIEW_LIMITS.minK, VIEW_LIMITS.maxK);
  // Halves first: the sum of two coordinates near Number.MAX_VALUE would overflow.
  const cx = b.x0 / 2 + b.x1 / 2;
  const cy = b.y0 / 2 + b.y1 / 2;
  return { k, x: p.left + freeW / 2 - cx * k, y: p.top + freeH / 2 - cy * k };
}

/**
 * Largest scale at which a whole map is shown when fitted: node radii are world units (a paper
 * 4 to 8, `layout/nodeRadius`), and the bundled 97-paper map fits at about 1.2 in a laptop's
 * window. A map of three papers would fit at 20, its circles a fifth of the screen each; it is
 * shown at this scale instead (a paper's circle 30 to 60 pixels across), in the middle of the view.
 */
export const MAX_FIT_K = 4;

/** Largest scale a fit to what a filter shows zooms to: twice MAX_FIT_K. */
export const MAX_SHOWN_K = 8;

/**
 * The "fit" command, the app's button and `npm run export` alike: the nodes shown (their centres,
 * 12 world units to spare) fitted to the view, but never zoomed in beyond 4 times the scale at
 * which the whole map fits (nor beyond MAX_SHOWN_K), so that a filter leaving two papers does not
 * blow them up to fill the screen. `fitBounds` fits bounds under a zoom cap: the command line
 * passes fitTransform with FIT_MARGIN; the app one that also keeps clear of the panel over the
 * map. `fitK` is the whole map's scale (at most MAX_FIT_K), which the app's zoom limits are
 * multiples of (zoomExtent). `shown` null means all of it.
 */
export function fitShown(
  all: Bounds,
  shown: Bounds | null,
  fitBounds: (bounds: Bounds, maxK: number) => View,
): { fitK: number; transform: View } {
  const fitK = Math.min(MAX_FIT_K, fitBounds(all, Infinity).k);
  const whole = shown === null || (shown.x0 === all.x0 && shown.y0 === all.y0 && shown.x1 === all.x1 && shown.y1 === all.y1);
  const b = shown ?? all;
  const maxK = whole ? fitK : Math.max(fitK, Math.min(fitK * 4, MAX_SHOWN_K));
  return { fitK, transform: fitBounds({ x0: b.x0 - 12, y0: b.y0 - 12, x1: b.x1 + 12, y1: b.y1 + 12 }, maxK) };
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

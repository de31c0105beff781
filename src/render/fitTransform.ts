export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The zoom transform ({k, x, y}, as d3-zoom) that shows `bounds` centred in a `width` x `height`
 * viewport with `padding` pixels free on every side. `maxK` keeps a single node from filling the
 * screen.
 */
export function fitTransform(
  bounds: Bounds,
  width: number,
  height: number,
  padding = 40,
  maxK = 8,
): { k: number; x: number; y: number } {
  const w = Math.max(1e-6, bounds.x1 - bounds.x0);
  const h = Math.max(1e-6, bounds.y1 - bounds.y0);
  const k = Math.min(maxK, Math.max(1e-6, (width - 2 * padding) / w), Math.max(1e-6, (height - 2 * padding) / h));
  const cx = (bounds.x0 + bounds.x1) / 2;
  const cy = (bounds.y0 + bounds.y1) / 2;
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
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

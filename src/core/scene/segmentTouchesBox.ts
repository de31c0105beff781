/**
 * Whether a link from (x1, y1) to (x2, y2), in screen pixels and thickened by `half` on each side,
 * reaches into the view [0, w] x [0, h]: Liang–Barsky clipping against the view grown by `half`.
 * The one link clipper: the SVG export leaves out the links it rejects and the canvas skips them.
 * Written out without arrays or closures, as it runs once per link per frame.
 */
export function segmentTouchesBox(x1: number, y1: number, x2: number, y2: number, half: number, w: number, h: number): boolean {
  const minX = -half;
  const maxX = w + half;
  const minY = -half;
  const maxY = h + half;
  // Both ends beyond the same side: the usual case for a link off screen, and the cheapest.
  if ((x1 < minX && x2 < minX) || (x1 > maxX && x2 > maxX) || (y1 < minY && y2 < minY) || (y1 > maxY && y2 > maxY)) {
    return false;
  }
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  // The four sides in turn: p is the link's direction across the side, q the start's margin to it.
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? x1 - minX : side === 1 ? maxX - x1 : side === 2 ? y1 - minY : maxY - y1;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 <= t1;
}

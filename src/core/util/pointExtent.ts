/** The smallest box holding every point's centre, or null when there are none. */
export interface Extent {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function pointExtent(points: Iterable<{ x: number; y: number }>): Extent | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.x > x1) x1 = p.x;
    if (p.y > y1) y1 = p.y;
  }
  return x0 <= x1 && y0 <= y1 ? { x0, y0, x1, y1 } : null;
}

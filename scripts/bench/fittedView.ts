import { pointExtent } from '../../src/core/util/pointExtent';

/** A width × height view fitting the papers with a 10% margin, centred, as the app opens a map. */
export function fittedView(
  papers: readonly { x: number; y: number }[],
  width = 1280,
  height = 800,
): { width: number; height: number; k: number; x: number; y: number } {
  const e = pointExtent(papers) ?? { x0: 0, y0: 0, x1: 1, y1: 1 };
  const k = 0.9 * Math.min(width / (e.x1 - e.x0 || 1), height / (e.y1 - e.y0 || 1));
  return { width, height, k, x: width / 2 - k * ((e.x0 + e.x1) / 2), y: height / 2 - k * ((e.y0 + e.y1) / 2) };
}

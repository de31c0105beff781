import type { LinkLayer } from './sceneLayers';
import type { SceneView } from './scene';

/**
 * The links to draw in a view, so that drawing costs about the same at any zoom: their length on
 * screen (what rasterising them costs) may add up to `budget` pixels. Links are taken in the
 * layer's order, or those of `order` in its order (most important first); one that does not fit
 * is passed over for shorter ones after it; links entirely outside the view cost nothing and are
 * left out. Returns positions in `links`, ascending, or null when every link in the view fits
 * (then all are drawn).
 */
export function chooseLinks(links: LinkLayer, view: SceneView, budget: number, order?: ArrayLike<number>): Int32Array | null {
  const { k } = view;
  const cap = Math.max(view.width, view.height);
  const chosen: number[] = [];
  let used = 0;
  let dropped = false;
  const n = order ? order.length : links.count;
  for (let j = 0; j < n; j++) {
    const p = order ? order[j] : j;
    const x1 = links.x1[p] * k + view.x;
    const y1 = links.y1[p] * k + view.y;
    const x2 = links.x2[p] * k + view.x;
    const y2 = links.y2[p] * k + view.y;
    if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > view.width && x2 > view.width) || (y1 > view.height && y2 > view.height)) {
      continue;
    }
    // Pixels along the major axis, clipped to the view at most.
    const length = Math.min(cap, Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1), 1));
    if (used + length > budget) {
      dropped = true;
      continue;
    }
    used += length;
    chosen.push(p);
  }
  if (!dropped) return null;
  return Int32Array.from(chosen).sort();
}

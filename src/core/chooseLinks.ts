import type { LinkLayer } from './sceneLayers';
import type { SceneView } from './scene';

/**
 * The links to draw in a view, so that drawing costs about the same at any zoom: their length on
 * screen (what rasterising them costs) may add up to `budget` pixels. Links are taken in the
 * layer's order (those passing the filter first), or those of `order` in its order (most
 * important first); one that does not fit is passed over for shorter ones after it; links
 * entirely outside the view, or not drawn, cost nothing and are left out. Returns positions in
 * `links`, ascending, or null when every drawn link in the view fits (then all are drawn).
 */
export function chooseLinks(links: LinkLayer, view: SceneView, budget: number, order?: ArrayLike<number>): Int32Array | null {
  const { k } = view;
  const cap = Math.max(view.width, view.height);
  const chosen: number[] = [];
  const { group, x1, y1, x2, y2 } = links;
  let used = 0;
  let dropped = false;
  const n = order ? order.length : 2 * links.length;
  for (let j = 0; j < n; j++) {
    let p: number;
    if (order) p = order[j];
    else {
      // Two passes over the links: those passing the filter, then the faded ones.
      p = j < links.length ? j : j - links.length;
      if (group[p] !== (j < links.length ? 0 : 1)) continue;
    }
    if (group[p] === 2) continue;
    const ax = x1[p] * k + view.x;
    const ay = y1[p] * k + view.y;
    const bx = x2[p] * k + view.x;
    const by = y2[p] * k + view.y;
    if ((ax < 0 && bx < 0) || (ay < 0 && by < 0) || (ax > view.width && bx > view.width) || (ay > view.height && by > view.height)) {
      continue;
    }
    // Pixels along the major axis, clipped to the view at most.
    const length = Math.min(cap, Math.max(Math.abs(bx - ax), Math.abs(by - ay), 1));
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

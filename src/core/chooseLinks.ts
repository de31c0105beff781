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
  let used = 0;
  let dropped = false;
  const consider = (p: number): void => {
    const x1 = links.x1[p] * k + view.x;
    const y1 = links.y1[p] * k + view.y;
    const x2 = links.x2[p] * k + view.x;
    const y2 = links.y2[p] * k + view.y;
    if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > view.width && x2 > view.width) || (y1 > view.height && y2 > view.height)) {
      return;
    }
    // Pixels along the major axis, clipped to the view at most.
    const length = Math.min(cap, Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1), 1));
    if (used + length > budget) {
      dropped = true;
      return;
    }
    used += length;
    chosen.push(p);
  };
  const { group } = links;
  if (order) {
    for (let j = 0; j < order.length; j++) if (group[order[j]] !== 2) consider(order[j]);
  } else {
    // Links passing the filter first, then the faded ones.
    for (const wanted of [0, 1]) for (let p = 0; p < links.length; p++) if (group[p] === wanted) consider(p);
  }
  if (!dropped) return null;
  return Int32Array.from(chosen).sort();
}

import type { LinkLayer } from './sceneLayers';
import type { SceneView } from './scene';

/**
 * The links to draw in a view, so that drawing costs about the same at any zoom: their length on
 * screen (what rasterising them costs) may add up to `budget` pixels. Links are taken in the
 * layer's order (those passing the filter first), or those of `order` in its order (most
 * important first); one that does not fit is passed over for shorter ones after it; links
 * entirely outside the view, or not drawn, cost nothing and are left out. Returns positions in
 * `links`, ascending, or null when every drawn link in the view fits (then all are drawn).
 *
 * The layer's position columns are read-only: with `memo`, screen lengths are kept per columns
 * and view, as a filter chooses again among the links the whole map's scene measured in the
 * same view.
 */
export function chooseLinks(
  links: LinkLayer,
  view: Readonly<SceneView>,
  budget: number,
  order?: ArrayLike<number>,
  memo?: ScreenLengthMemo,
): Int32Array | null {
  const lengths = screenLengths(links, view, memo);
  const { group } = links;
  if (order) {
    const chosen: number[] = [];
    let used = 0;
    let dropped = false;
    for (let j = 0; j < order.length; j++) {
      const p = order[j];
      const length = lengths[p];
      // Not drawn, or outside the view.
      if (group[p] === 2 || length < 0) continue;
      if (used + length > budget) dropped = true;
      else {
        used += length;
        chosen.push(p);
      }
    }
    return dropped ? Int32Array.from(chosen).sort() : null;
  }
  // Two passes over the links: those passing the filter, then the faded ones. Each pass takes
  // its links in ascending order, so the two runs are merged, not sorted: at 100,000 papers a
  // filter takes some 100,000 links, and sorting them (with a call per link to take them) was
  // the biggest piece of a filter's scene code in the browser's profile.
  const passing = new Int32Array(links.length);
  const faded = new Int32Array(links.length);
  let nPassing = 0;
  let nFaded = 0;
  let used = 0;
  let dropped = false;
  for (let pass = 0; pass < 2; pass++) {
    const out = pass === 0 ? passing : faded;
    let n = 0;
    for (let p = 0; p < links.length; p++) {
      if (group[p] !== pass) continue;
      const length = lengths[p];
      // Outside the view.
      if (length < 0) continue;
      if (used + length > budget) dropped = true;
      else {
        used += length;
        out[n++] = p;
      }
    }
    if (pass === 0) nPassing = n;
    else nFaded = n;
  }
  if (!dropped) return null;
  const chosen = new Int32Array(nPassing + nFaded);
  for (let i = 0, a = 0, b = 0; i < chosen.length; i++) {
    chosen[i] = b >= nFaded || (a < nPassing && passing[a] < faded[b]) ? passing[a++] : faded[b++];
  }
  return chosen;
}

/**
 * The last view's screen lengths, per x1 column (the layers of one geometry share its columns):
 * owned by a SceneCache, so two views do not measure over each other's lengths.
 */
export type ScreenLengthMemo = WeakMap<Float64Array, { view: SceneView; lengths: Float64Array }>;

/**
 * Each link's cost in the view: pixels along its major axis, clipped to the view at most, at
 * least 1; -1 when it lies entirely beyond one edge of the view.
 */
function screenLengths(links: LinkLayer, view: Readonly<SceneView>, memo?: ScreenLengthMemo): Float64Array {
  const last = memo?.get(links.x1);
  if (
    last &&
    last.lengths.length === links.length &&
    last.view.width === view.width &&
    last.view.height === view.height &&
    last.view.k === view.k &&
    last.view.x === view.x &&
    last.view.y === view.y
  ) {
    return last.lengths;
  }
  const { k } = view;
  const cap = Math.max(view.width, view.height);
  const { x1, y1, x2, y2 } = links;
  const lengths = new Float64Array(links.length);
  for (let p = 0; p < links.length; p++) {
    const ax = x1[p] * k + view.x;
    const ay = y1[p] * k + view.y;
    const bx = x2[p] * k + view.x;
    const by = y2[p] * k + view.y;
    if (
      (ax < 0 && bx < 0) ||
      (ay < 0 && by < 0) ||
      (ax > view.width && bx > view.width) ||
      (ay > view.height && by > view.height)
    ) {
      lengths[p] = -1;
    } else {
      lengths[p] = Math.min(cap, Math.max(Math.abs(bx - ax), Math.abs(by - ay), 1));
    }
  }
  memo?.set(links.x1, { view: { ...view }, lengths });
  return lengths;
}

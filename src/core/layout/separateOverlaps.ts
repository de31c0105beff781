import { cellMaxRadius } from './applyForceSimulation';
import { FlatQuadtree, NO_CHILD } from './FlatQuadtree';
import { layoutConfig } from './layoutConfig';

/** See layoutConfig: when a pass has stalled, and what shortfall is not worth a push. */
const STALLED = layoutConfig.separateStalled;
const SLACK = layoutConfig.separateSlack;

/**
 * Pushes apart, in place, every pair of nodes closer than their radii plus `minGap`, until none
 * is. Deterministic (index order). Each quadtree cell carries the largest radius inside it, so a
 * node only visits cells it could touch. The rare dense knot that does not untangle in a few
 * passes is spread by scaling all positions out from their centre, which always ends.
 */
export function separateOverlaps(x: Float64Array, y: Float64Array, radius: Float64Array, n: number, minGap: number): void {
  const tree = new FlatQuadtree();
  const active = new Uint8Array(n);
  const moved = new Uint8Array(n);
  // After a full sweep only nodes that moved can be in an overlap, also after spreading (which
  // moves every pair apart): later sweeps take only those.
  let all = true;
  const { separateRounds, separatePasses, separateSpread } = layoutConfig;
  for (let round = 0; round < separateRounds; round++) {
    let previous = Infinity;
    for (let pass = 0; pass < separatePasses; pass++) {
      const count = separatePass(x, y, radius, n, minGap, all ? null : active, moved, tree);
      if (count === 0) return;
      active.set(moved);
      moved.fill(0);
      all = false;
      // Pushes that no longer fall mean a jam: only more room (below) undoes it.
      if (count > STALLED * previous) break;
      previous = count;
    }
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < n; i++) {
      cx += x[i];
      cy += y[i];
    }
    cx /= n;
    cy /= n;
    for (let i = 0; i < n; i++) {
      x[i] = cx + (x[i] - cx) * separateSpread;
      y[i] = cy + (y[i] - cy) * separateSpread;
    }
  }
}

/**
 * One sweep over the nodes flagged in `active` (all when null): each pair closer than allowed is
 * pushed apart, half each. Flags the nodes it moved in `moved`; returns how many pairs it pushed.
 */
function separatePass(
  x: Float64Array,
  y: Float64Array,
  radius: Float64Array,
  n: number,
  minGap: number,
  active: Uint8Array | null,
  moved: Uint8Array,
  tree: FlatQuadtree,
): number {
  tree.build(x, y, n);
  const rmax = cellMaxRadius(tree, radius);
  const { order, child, leaf, start, end, size, x0, y0 } = tree;
  const stack = tree.traversalStack();
  let pushed = 0;
  for (let i = 0; i < n; i++) {
    if (active && !active[i]) continue;
    const ri = radius[i];
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const c = stack[--top];
      const reach = ri + rmax[c] + minGap;
      // Positions move during the sweep; the cells keep the bounds they were built with.
      if (x0[c] > x[i] + reach || x0[c] + size[c] < x[i] - reach || y0[c] > y[i] + reach || y0[c] + size[c] < y[i] - reach)
        continue;
      if (!leaf[c]) {
        for (let k = 4 * c; k < 4 * c + 4; k++) if (child[k] !== NO_CHILD) stack[top++] = child[k];
        continue;
      }
      for (let k = start[c]; k < end[c]; k++) {
        const j = order[k];
        // Each pair once: by index among the swept nodes, always against the others.
        if (j === i || (j < i && (!active || active[j]))) continue;
        let dx = x[j] - x[i];
        let dy = y[j] - y[i];
        let dist = Math.sqrt(dx * dx + dy * dy);
        const need = ri + radius[j] + minGap;
        // A pair pushed to exactly `need` may come out a rounding error short: not an overlap.
        if (dist >= need - SLACK) continue;
        if (dist === 0) {
          // Coincident: separate along a direction fixed by the indices.
          dx = ((i * 7919) % 13) - 6.5;
          dy = ((j * 104729) % 11) - 5;
          const length = Math.sqrt(dx * dx + dy * dy);
          dx /= length;
          dy /= length;
          dist = 1;
        }
        const push = (need - dist) / 2 / dist;
        x[i] -= dx * push;
        y[i] -= dy * push;
        x[j] += dx * push;
        y[j] += dy * push;
        moved[i] = 1;
        moved[j] = 1;
        pushed++;
      }
    }
  }
  return pushed;
}

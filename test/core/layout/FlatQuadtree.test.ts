import { describe, expect, it } from 'vitest';
import { FlatQuadtree, NO_CHILD } from '../../../src/core/layout/FlatQuadtree';
import { seededRandom } from '../../../src/core/util';

function points(n: number, seed: number): { xs: Float64Array; ys: Float64Array } {
  const random = seededRandom(seed);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Clumps and a far outlier, as a layout has.
    xs[i] = i === 0 ? 1e4 : (i % 3) * 100 + random() * 10;
    ys[i] = i === 0 ? -1e4 : random() * 10;
  }
  return { xs, ys };
}

describe('FlatQuadtree', () => {
  it('puts every point in exactly one leaf, inside that leaf’s square', () => {
    const { xs, ys } = points(1000, 1);
    const tree = new FlatQuadtree();
    tree.build(xs, ys, 1000);
    const seen = new Array<number>(1000).fill(0);
    for (let c = 0; c < tree.cellCount; c++) {
      if (!tree.leaf[c]) continue;
      for (let k = tree.start[c]; k < tree.end[c]; k++) {
        const i = tree.order[k];
        seen[i]++;
        expect(xs[i]).toBeGreaterThanOrEqual(tree.x0[c]);
        expect(xs[i]).toBeLessThan(tree.x0[c] + tree.size[c]);
        expect(ys[i]).toBeGreaterThanOrEqual(tree.y0[c]);
        expect(ys[i]).toBeLessThan(tree.y0[c] + tree.size[c]);
      }
    }
    expect(seen.every((s) => s === 1)).toBe(true);
  });

  it('numbers children after their parent, with their points inside the parent’s range', () => {
    const { xs, ys } = points(500, 2);
    const tree = new FlatQuadtree();
    tree.build(xs, ys, 500);
    for (let c = 0; c < tree.cellCount; c++) {
      for (let q = 0; q < 4; q++) {
        const ch = tree.child[4 * c + q];
        if (ch === NO_CHILD) continue;
        expect(tree.leaf[c]).toBe(0);
        expect(ch).toBeGreaterThan(c);
        expect(tree.start[ch]).toBeGreaterThanOrEqual(tree.start[c]);
        expect(tree.end[ch]).toBeLessThanOrEqual(tree.end[c]);
      }
    }
  });

  it('stops splitting coincident points, and rebuilds the same tree for the same points', () => {
    const n = 50;
    const tree = new FlatQuadtree();
    tree.build(new Float64Array(n).fill(3), new Float64Array(n).fill(4), n);
    const leaves = Array.from({ length: tree.cellCount }, (_, c) => c).filter((c) => tree.leaf[c]);
    expect(leaves.reduce((s, c) => s + tree.end[c] - tree.start[c], 0)).toBe(n);

    const { xs, ys } = points(300, 3);
    tree.build(xs, ys, 300);
    const first = Array.from(tree.order.slice(0, 300));
    const again = new FlatQuadtree();
    again.build(xs, ys, 300);
    expect(Array.from(again.order.slice(0, 300))).toEqual(first);
    expect(again.cellCount).toBe(tree.cellCount);
  });
});

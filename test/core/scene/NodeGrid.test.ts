import { describe, expect, test } from 'vitest';
import { NodeGrid } from '../../../src/core/scene/NodeGrid';

describe('NodeGrid', () => {
  test('with `shown`, one grid of every node answers as a grid of the shown nodes only', () => {
    // A fixed pseudo-random cloud: nodes of varied radii, a third of them shown.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const nodes = Array.from({ length: 600 }, () => ({ x: random() * 1000, y: random() * 600, r: 1 + random() * 9 }));
    const shown = Uint8Array.from(nodes, () => (random() < 0.33 ? 1 : 0));
    const all = new NodeGrid(nodes);
    const some = new NodeGrid(nodes.filter((_, i) => shown[i] === 1));
    let touching = 0;
    for (const view of [
      { width: 800, height: 500, k: 0.8, x: 0, y: 0 },
      { width: 800, height: 500, k: 4, x: -1500, y: -900 },
    ]) {
      for (let i = 0; i < 400; i++) {
        const x0 = random() * view.width;
        const y0 = random() * view.height;
        const box = { x0, y0, x1: x0 + 5 + random() * 60, y1: y0 + 4 + random() * 12 };
        const expected = some.touches(box, view, 2);
        expect(all.touches(box, view, 2, shown)).toBe(expected);
        if (expected) touching++;
        // Without `shown`, every node counts.
        if (expected) expect(all.touches(box, view, 2)).toBe(true);
      }
    }
    // Both answers occur, so the comparison means something.
    expect(touching).toBeGreaterThan(50);
    expect(touching).toBeLessThan(750);
  });
});

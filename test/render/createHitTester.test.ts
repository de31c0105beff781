import { describe, expect, test } from 'vitest';
import type { SceneNode } from '../../src/core/scene';
import { createHitTester } from '../../src/render/createHitTester';

const node = (id: string, x: number, y: number, r: number): SceneNode => ({
  id,
  kind: r > 10 ? 'keyword' : 'paper',
  x,
  y,
  r,
  fill: '#000',
  opacity: 1,
  strokeWidth: 1,
  stroke: '#000',
  highlighted: false,
  selected: false,
});

/** What a hit test must answer: the last node in draw order whose rim, widened by `tolerance`, holds the point. */
function scan(nodes: readonly SceneNode[], x: number, y: number, tolerance: number): SceneNode | null {
  let best: SceneNode | null = null;
  for (const n of nodes) if (Math.hypot(n.x - x, n.y - y) <= n.r + tolerance) best = n;
  return best;
}

/** A fixed-seed generator (the tests' points are the same every run). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('createHitTester', () => {
  test('the topmost node (last in draw order) under the point wins, within the tolerance of its rim', () => {
    const nodes = [node('under', 0, 0, 5), node('over', 3, 0, 5), node('far', 100, 0, 5)];
    const tester = createHitTester(nodes);
    expect(tester.find(1, 0, 0)?.id).toBe('over');
    expect(tester.find(-4, 0, 0)?.id).toBe('under');
    expect(tester.find(107, 0, 0)).toBeNull();
    expect(tester.find(107, 0, 2)?.id).toBe('far');
  });

  test('a big node is found near its rim, far from its centre, among many small ones', () => {
    const small = Array.from({ length: 400 }, (_, i) => node(`p${i}`, (i % 20) * 20, Math.floor(i / 20) * 20, 4));
    const big = node('k', 200, 200, 240);
    const tester = createHitTester([big, ...small]);
    // Inside the big node's rim and on no small node: the big node, drawn under them.
    expect(tester.find(-30, 200, 0)?.id).toBe('k');
    expect(tester.find(30, 190, 0)?.id).toBe('k');
    // On a small node, drawn over it: the small one.
    expect(tester.find(41, 40, 0)?.id).toBe('p42');
    expect(tester.find(-50, 200, 0)).toBeNull();
  });

  test('answers as a scan of every node does, over nodes of many sizes', () => {
    const random = lcg(17);
    const nodes = Array.from({ length: 3000 }, (_, i) =>
      node(`n${i}`, random() * 1000, random() * 1000, i % 50 === 0 ? 20 + random() * 200 : 0.5 + random() * 8),
    );
    const tester = createHitTester(nodes);
    for (let q = 0; q < 500; q++) {
      const x = random() * 1100 - 50;
      const y = random() * 1100 - 50;
      const tolerance = q % 3 === 0 ? 0 : random() * 30;
      expect(tester.find(x, y, tolerance)?.id ?? null).toBe(scan(nodes, x, y, tolerance)?.id ?? null);
    }
  });

  test('answers as a scan does over clustered nodes, nodes in one place, and nodes without a place', () => {
    const random = lcg(5);
    const nodes = [
      ...Array.from({ length: 2000 }, (_, i) => node(`c${i}`, 500 + random() * 3, 500 + random() * 3, 0.5 + random() * 2)),
      ...Array.from({ length: 5 }, (_, i) => node(`same${i}`, 10, 10, 3)),
      node('nowhere', Number.NaN, 4, 3),
      ...Array.from({ length: 500 }, (_, i) => node(`s${i}`, random() * 2000, random() * 50, 1 + random() * 3)),
    ];
    const tester = createHitTester(nodes);
    expect(tester.find(10, 10, 0)?.id).toBe('same4');
    for (let q = 0; q < 400; q++) {
      const x = q % 2 === 0 ? 500 + random() * 4 - 0.5 : random() * 2100 - 50;
      const y = q % 2 === 0 ? 500 + random() * 4 - 0.5 : random() * 100 - 25;
      const tolerance = q % 4 === 0 ? 0 : random() * 10;
      expect(tester.find(x, y, tolerance)?.id ?? null).toBe(scan(nodes, x, y, tolerance)?.id ?? null);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { applyForceSimulation, type SimulationLinks, type SimulationNodes } from '../../../src/core/layout/applyForceSimulation';
import { seededRandom } from '../../../src/core/util';

function nodesAt(
  points: [number, number][],
  options: { charge?: number; radius?: number; home?: [number, number]; reach?: number } = {},
): SimulationNodes {
  const count = points.length;
  const fill = (v: number): Float64Array => new Float64Array(count).fill(v);
  return {
    count,
    x: Float64Array.from(points.map((p) => p[0])),
    y: Float64Array.from(points.map((p) => p[1])),
    collideRadius: fill(options.radius ?? 1),
    charge: fill(options.charge ?? 0),
    homeX: fill(options.home?.[0] ?? 0),
    homeY: fill(options.home?.[1] ?? 0),
    homeReach: fill(options.reach ?? 1e9),
  };
}

const NO_LINKS: SimulationLinks = {
  count: 0,
  source: new Int32Array(0),
  target: new Int32Array(0),
  distance: new Float64Array(0),
  strength: new Float64Array(0),
  bias: new Float64Array(0),
};

const OPTIONS = {
  ticks: 300,
  alphaMin: 0.001,
  theta: 1.2,
  distanceMax: 1e6,
  homeStrength: 0,
  containStrength: 0,
  collideFrom: 1e9,
  collideIterations: 2,
};

const gap = (s: SimulationNodes, i: number, j: number): number => Math.sqrt((s.x[i] - s.x[j]) ** 2 + (s.y[i] - s.y[j]) ** 2);

describe('applyForceSimulation', () => {
  it('pulls two linked nodes to the link distance', () => {
    const s = nodesAt([
      [0, 0],
      [100, 30],
    ]);
    const links: SimulationLinks = {
      ...NO_LINKS,
      count: 1,
      source: Int32Array.of(0),
      target: Int32Array.of(1),
      distance: Float64Array.of(20),
      strength: Float64Array.of(1),
      bias: Float64Array.of(0.5),
    };
    applyForceSimulation(s, links, { ...OPTIONS, random: seededRandom(1) });
    expect(gap(s, 0, 1)).toBeCloseTo(20, 0);
  });

  it('pushes charged nodes apart, the same way for the same seed', () => {
    const points: [number, number][] = Array.from({ length: 60 }, (_, i) => [i % 8, Math.floor(i / 8)]);
    const a = nodesAt(points, { charge: -30 });
    applyForceSimulation(a, NO_LINKS, { ...OPTIONS, ticks: 50, random: seededRandom(2) });
    let closest = Infinity;
    for (let i = 0; i < 60; i++) for (let j = i + 1; j < 60; j++) closest = Math.min(closest, gap(a, i, j));
    expect(closest).toBeGreaterThan(3);
    const b = nodesAt(points, { charge: -30 });
    applyForceSimulation(b, NO_LINKS, { ...OPTIONS, ticks: 50, random: seededRandom(2) });
    expect(Array.from(b.x)).toEqual(Array.from(a.x));
  });

  it('keeps nodes in their home disc and separates colliding ones', () => {
    const points: [number, number][] = Array.from({ length: 30 }, (_, i) => [200 + (i % 5), 200 + Math.floor(i / 5)]);
    const s = nodesAt(points, { radius: 2, home: [0, 0], reach: 40 });
    applyForceSimulation(s, NO_LINKS, {
      ...OPTIONS,
      homeStrength: 0.1,
      containStrength: 0.5,
      collideFrom: 0,
      random: seededRandom(3),
    });
    for (let i = 0; i < 30; i++) expect(Math.sqrt(s.x[i] ** 2 + s.y[i] ** 2)).toBeLessThan(45);
    let closest = Infinity;
    for (let i = 0; i < 30; i++) for (let j = i + 1; j < 30; j++) closest = Math.min(closest, gap(s, i, j));
    expect(closest).toBeGreaterThan(3.5);
  });

  it('keeps steady nodes where they start, moving them only for forces that were not there at the start', () => {
    // Two charged nodes push apart; steady, they stay, since nothing changed around them.
    const still = nodesAt(
      [
        [0, 0],
        [20, 0],
      ],
      { charge: -10 },
    );
    applyForceSimulation(still, NO_LINKS, { ...OPTIONS, random: seededRandom(1), steady: Uint8Array.of(1, 1) });
    expect(still.x[0]).toBeCloseTo(0, 9);
    expect(still.x[1]).toBeCloseTo(20, 9);
    // A third, non-steady node beside them is a new force: the steady ones answer it.
    const pushed = nodesAt(
      [
        [0, 0],
        [20, 0],
        [10, 1],
      ],
      { charge: -10 },
    );
    applyForceSimulation(pushed, NO_LINKS, { ...OPTIONS, random: seededRandom(1), steady: Uint8Array.of(1, 1, 0) });
    expect(pushed.x[0]).toBeLessThan(-0.5);
    expect(pushed.x[1]).toBeGreaterThan(20.5);
  });
});

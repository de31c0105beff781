import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/util';
import { separateOverlaps } from '../../../src/core/layout/separateOverlaps';

describe('separateOverlaps', () => {
  it('leaves no pair closer than their radii plus the gap, even from a dense pile', () => {
    const n = 400;
    const random = seededRandom(9);
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const r = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = random() * 20;
      y[i] = random() * 20;
      r[i] = i % 50 === 0 ? 15 : 2 + random() * 3;
    }
    // Coincident nodes too.
    x[1] = x[2];
    y[1] = y[2];
    separateOverlaps(x, y, r, n, 0.5);
    let worst = Infinity;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) worst = Math.min(worst, Math.sqrt((x[i] - x[j]) ** 2 + (y[i] - y[j]) ** 2) - r[i] - r[j]);
    }
    expect(worst).toBeGreaterThanOrEqual(0.5 - 1e-9);
  });

  it('moves nothing when nothing overlaps', () => {
    const x = Float64Array.from([0, 10, 20]);
    const y = Float64Array.from([0, 0, 0]);
    separateOverlaps(x, y, Float64Array.from([2, 2, 2]), 3, 1);
    expect(Array.from(x)).toEqual([0, 10, 20]);
    expect(Array.from(y)).toEqual([0, 0, 0]);
  });
});

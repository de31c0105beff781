import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, nmi } from '../../../src/core/clusters/clusterMetrics';

describe('nmi', () => {
  it('matches scikit-learn on a split cluster', () => {
    // sklearn.metrics.normalized_mutual_info_score([0,0,1,1], [0,0,1,2]) == 0.8
    expect(nmi([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.8, 12);
    expect(nmi([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.8, 12);
  });

  it('is exactly 1 for identical and relabelled partitions, whatever the label type', () => {
    expect(nmi([0, 0, 1, 1, 2], [0, 0, 1, 1, 2])).toBe(1);
    expect(nmi([5, 5, 3, 3, 9], ['a', 'a', 'b', 'b', 'c'])).toBe(1);
    expect(nmi([0, 0, 0], [1, 1, 1])).toBe(1);
  });

  it('is 0 for independent partitions and when one side is a single cluster', () => {
    expect(nmi([0, 0, 1, 1], [0, 1, 0, 1])).toBe(0);
    expect(nmi([0, 0, 0, 0], [0, 0, 1, 1])).toBe(0);
  });

  it('matches a hand computation on an uneven example', () => {
    // pred {0,0,0,1,1,1}, gold {0,0,1,1,1,1}: contingency [[2,1],[0,3]].
    const h = (ps: number[]): number => -ps.reduce((s, p) => s + (p > 0 ? p * Math.log(p) : 0), 0);
    const hPred = h([0.5, 0.5]);
    const hGold = h([2 / 6, 4 / 6]);
    const mi =
      (2 / 6) * Math.log(2 / 6 / (0.5 * (2 / 6))) +
      (1 / 6) * Math.log(1 / 6 / (0.5 * (4 / 6))) +
      (3 / 6) * Math.log(3 / 6 / (0.5 * (4 / 6)));
    expect(nmi([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 1, 1])).toBeCloseTo(mi / ((hPred + hGold) / 2), 12);
    // The same figure from an independent Python computation of the sklearn formula.
    expect(nmi([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 1, 1])).toBeCloseTo(0.47870397138567994, 12);
  });

  it('rejects label lists of different lengths', () => {
    expect(() => nmi([0, 1], [0])).toThrow(/clusterMetrics/);
  });
});

describe('adjustedRandIndex', () => {
  it('matches scikit-learn on a split cluster', () => {
    // sklearn.metrics.adjusted_rand_score([0,0,1,1], [0,0,1,2]) == 0.5714285714285715
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714285715, 12);
  });

  it('is 1 for identical and permuted labels', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
    expect(adjustedRandIndex(['x', 'y', 'y'], [2, 7, 7])).toBe(1);
    expect(adjustedRandIndex([0, 1, 2], [2, 1, 0])).toBe(1);
  });

  it('is negative when worse than chance and 0 against a single cluster', () => {
    // sklearn: adjusted_rand_score([0,0,1,1], [0,1,0,1]) == -0.5
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 0, 1, 1])).toBe(0);
  });

  it('matches a hand computation', () => {
    // pred {0,0,0,1,1,1}, gold {0,0,1,1,1,1}: index = C(2,2)+C(3,2) = 4; pred pairs 3+3 = 6;
    // gold pairs 1+6 = 7; expected 6*7/15 = 2.8; max 6.5: (4-2.8)/(6.5-2.8) = 0.32432...
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 1, 1])).toBeCloseTo(1.2 / 3.7, 12);
  });
});

import { describe, expect, it } from 'vitest';
import { detectBursts } from '../../../src/core/time';

// Expected values are worked by hand from the formula in detectBursts' comment:
// cost(p, r, d) = −(r·ln p + (d−r)·ln(1−p)), p0 = Σr/Σd, p1 = 2·p0, entering the burst costs γ·ln n.
describe('detectBursts (Kleinberg, two states)', () => {
  it('finds a one-year burst and weighs it cost(base) − cost(burst)', () => {
    // p0 = 10/40 = 0.25, p1 = 0.5. Year 2: cost0 = 7·1.386294 + 3·0.287682 = 10.567107,
    // cost1 = 10·ln 2 = 6.931472, gain 3.635635 > ln 4 = 1.386294. Years with r = 1 cost less in the base state.
    const bursts = detectBursts([1, 1, 7, 1], [10, 10, 10, 10], 2000);
    expect(bursts).toHaveLength(1);
    expect(bursts[0].start).toBe(2002);
    expect(bursts[0].end).toBe(2002);
    expect(bursts[0].strength).toBeCloseTo(3.635635, 5);
  });

  it('joins consecutive burst years and sums their gains', () => {
    // p0 = 12/40 = 0.3, p1 = 0.6; each year with r = 6: 6·ln 2 + 4·ln(0.4/0.7) = 1.920420.
    const bursts = detectBursts([0, 6, 6, 0], [10, 10, 10, 10], 1960);
    expect(bursts).toEqual([{ start: 1961, end: 1962, strength: expect.closeTo(3.84084, 4) }]);
  });

  it('needs the gain to pay for entering the burst state (γ·ln n)', () => {
    // p0 = 8/50 = 0.16, p1 = 0.32; year 2: 4·ln 2 + 6·ln(0.68/0.84) = 1.504735 < ln 5 = 1.609438.
    const r = [1, 1, 4, 1, 1];
    const d = [10, 10, 10, 10, 10];
    expect(detectBursts(r, d, 1970)).toEqual([]);
    // With γ = 0.5 the entry costs 0.804719, and the same year is a burst of the same weight.
    const cheaper = detectBursts(r, d, 1970, { gamma: 0.5 });
    expect(cheaper).toEqual([{ start: 1972, end: 1972, strength: expect.closeTo(1.504735, 5) }]);
  });

  it('weighs each year by its total: the same count in a bigger year is no burst', () => {
    // The 7 of year 2 now fall among 70 papers: a rate of 0.1, under the base rate.
    expect(detectBursts([1, 1, 7, 1], [3, 3, 70, 3], 2000)).toEqual([]);
  });

  it('gives nothing for one year, an absent term or a term in every paper', () => {
    expect(detectBursts([5], [10], 2000)).toEqual([]);
    expect(detectBursts([0, 0, 0], [4, 5, 6], 2000)).toEqual([]);
    expect(detectBursts([4, 5, 6], [4, 5, 6], 2000)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fitTransform, isValidView, VIEW_LIMITS, zoomExtent, type View } from '../../../src/core/scene';

function finite(view: View): boolean {
  return [view.k, view.x, view.y].every(Number.isFinite);
}

describe('fitTransform', () => {
  it('centres the bounds in the free part of the viewport', () => {
    const t = fitTransform({ x0: -100, y0: -50, x1: 100, y1: 50 }, 1000, 600, 0, Infinity);
    expect(t).toEqual({ k: 5, x: 500, y: 300 });
  });

  it('keeps a map at the coordinate limit (±1e7) fitted with finite values, zoomable within the limits', () => {
    const t = fitTransform({ x0: -1e7, y0: -1e7, x1: 1e7, y1: 1e7 }, 1280, 800, 48, Infinity);
    expect(finite(t)).toBe(true);
    expect(t.k).toBeCloseTo(704 / 2e7, 12);
    const [lo, hi] = zoomExtent(t.k);
    expect(lo).toBeGreaterThanOrEqual(VIEW_LIMITS.minK);
    expect(hi).toBeLessThanOrEqual(VIEW_LIMITS.maxK);
    // Fifty "+" steps and the reverse never leave the extent nor reach NaN.
    let k = t.k;
    for (let i = 0; i < 50; i++) k = Math.min(hi, k * 1.5);
    for (let i = 0; i < 100; i++) k = Math.max(lo, k / 1.5);
    expect(k).toBe(lo);
    expect(Number.isFinite((640 - t.x) / k)).toBe(true);
  });

  it('never returns NaN or a zero scale, even for bounds no validator would pass', () => {
    // The case of issue 15: x = 1e308 gave k = 5.6e-306, and one zoom step later NaN.
    const huge = fitTransform({ x0: 0, y0: 0, x1: 1e308, y1: 10 }, 1280, 800, 40, Infinity);
    const spread = fitTransform({ x0: -1.7e308, y0: -1.7e308, x1: 1.7e308, y1: 1.7e308 }, 1280, 800, 40, Infinity);
    const infinite = fitTransform({ x0: -Infinity, y0: 0, x1: Infinity, y1: NaN }, 1280, 800, 40, Infinity);
    const point = fitTransform({ x0: 3, y0: 3, x1: 3, y1: 3 }, 1280, 800, 40, Infinity);
    for (const t of [huge, spread, infinite, point]) {
      expect(finite(t)).toBe(true);
      expect(t.k).toBeGreaterThanOrEqual(VIEW_LIMITS.minK);
      expect(t.k).toBeLessThanOrEqual(VIEW_LIMITS.maxK);
    }
    expect(infinite).toEqual({ k: VIEW_LIMITS.maxK, x: 640, y: 400 });
  });

  it('takes a viewport with no size yet without NaN', () => {
    expect(finite(fitTransform({ x0: 0, y0: 0, x1: 10, y1: 10 }, NaN, 0, 40, 8))).toBe(true);
  });
});

describe('zoomExtent and isValidView', () => {
  it('bounds the zoom range around the fitted scale by the limits', () => {
    expect(zoomExtent(1)).toEqual([1 / 8, 40]);
    expect(zoomExtent(1e-9)).toEqual([VIEW_LIMITS.minK, 4e-8]);
    expect(zoomExtent(1e6)).toEqual([125000, VIEW_LIMITS.maxK]);
    expect(zoomExtent(NaN)).toEqual([1 / 8, 40]);
  });

  it('accepts ordinary views and refuses absurd ones', () => {
    expect(isValidView({ k: 1.5, x: -300, y: 200 })).toBe(true);
    expect(isValidView({ k: 1, x: 1e308, y: 0 })).toBe(false);
    expect(isValidView({ k: 1e-300, x: 0, y: 0 })).toBe(false);
    expect(isValidView({ k: 1e300, x: 0, y: 0 })).toBe(false);
    expect(isValidView({ k: NaN, x: 0, y: 0 })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { segmentTouchesBox } from '../../../src/core/scene';
import { seededRandom } from '../../../src/core/util';

/** Reference: the least distance from the segment to the box, found by dense sampling. */
function sampledTouch(x1: number, y1: number, x2: number, y2: number, half: number, w: number, h: number): boolean {
  for (let i = 0; i <= 2000; i++) {
    const t = i / 2000;
    const x = x1 + (x2 - x1) * t;
    const y = y1 + (y2 - y1) * t;
    if (x >= -half && x <= w + half && y >= -half && y <= h + half) return true;
  }
  return false;
}

describe('segmentTouchesBox', () => {
  it('keeps links with an end inside or crossing the view, rejects those beside it', () => {
    expect(segmentTouchesBox(10, 10, 500, 500, 0, 100, 100)).toBe(true);
    expect(segmentTouchesBox(-50, 50, 150, 50, 0, 100, 100)).toBe(true);
    expect(segmentTouchesBox(-50, -50, -10, 200, 0, 100, 100)).toBe(false);
    // Ends beyond different sides, passing outside the corner: the quick test alone would keep it.
    expect(segmentTouchesBox(-50, 40, 40, -50, 0, 100, 100)).toBe(false);
    expect(segmentTouchesBox(-50, 60, 60, -50, 0, 100, 100)).toBe(true);
  });

  it('counts the half width of the stroke', () => {
    expect(segmentTouchesBox(-3, -10, -3, 200, 2, 100, 100)).toBe(false);
    expect(segmentTouchesBox(-3, -10, -3, 200, 4, 100, 100)).toBe(true);
  });

  it('agrees with a sampled reference on random links', () => {
    const random = seededRandom(7);
    let kept = 0;
    for (let i = 0; i < 3000; i++) {
      const c = (): number => random() * 400 - 150;
      const [x1, y1, x2, y2] = [c(), c(), c(), c()];
      const half = random() * 3;
      const exact = segmentTouchesBox(x1, y1, x2, y2, half, 100, 80);
      // Sampling can miss a link that only grazes a corner; it never finds one that misses.
      if (sampledTouch(x1, y1, x2, y2, half, 100, 80)) expect(exact).toBe(true);
      else if (exact) expect(sampledTouch(x1, y1, x2, y2, half + 0.5, 100, 80)).toBe(true);
      if (exact) kept++;
    }
    expect(kept).toBeGreaterThan(300);
    expect(kept).toBeLessThan(2700);
  });
});

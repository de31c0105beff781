import { describe, expect, it } from 'vitest';
import { pointExtent } from '../../../src/core/util';

describe('pointExtent', () => {
  it('is the box of the centres', () => {
    expect(
      pointExtent([
        { x: 3, y: -1 },
        { x: -2, y: 5 },
        { x: 0, y: 0 },
      ]),
    ).toEqual({ x0: -2, y0: -1, x1: 3, y1: 5 });
  });

  it('is one point for one point, and null for none', () => {
    expect(pointExtent([{ x: 1, y: 2 }])).toEqual({ x0: 1, y0: 2, x1: 1, y1: 2 });
    expect(pointExtent([])).toBeNull();
  });
});

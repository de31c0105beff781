import { describe, expect, it } from 'vitest';
import { FIT_MARGIN, MAX_FIT_K, MAX_SHOWN_K, boundsOf, fitShown, fitTransform, type Bounds } from '../../../src/core/scene';

const screen = (b: Bounds, t: { k: number; x: number; y: number }) => ({
  x0: b.x0 * t.k + t.x,
  y0: b.y0 * t.k + t.y,
  x1: b.x1 * t.k + t.x,
  y1: b.y1 * t.k + t.y,
});

describe('fitTransform', () => {
  it('centres the bounds in the viewport left free by the padding, filling its tighter side', () => {
    const b = { x0: -100, y0: -50, x1: 300, y1: 150 };
    const t = fitTransform(b, 1000, 600, 50, Infinity);
    const s = screen(b, t);
    // 900 x 500 free: the width (400) limits the scale to 2.25, leaving the height centred.
    expect(t.k).toBeCloseTo(2.25, 12);
    expect(s.x0).toBeCloseTo(50, 9);
    expect(s.x1).toBeCloseTo(950, 9);
    expect((s.y0 + s.y1) / 2).toBeCloseTo(300, 9);
  });

  it('caps the zoom', () => {
    expect(fitTransform({ x0: 0, y0: 0, x1: 1, y1: 1 }, 800, 600, 40, 8).k).toBe(8);
  });

  it('takes uneven padding', () => {
    const b = { x0: 0, y0: 0, x1: 100, y1: 100 };
    const s = screen(b, fitTransform(b, 800, 600, { top: 10, right: 10, bottom: 10, left: 310 }, Infinity));
    expect(s.x0).toBeGreaterThanOrEqual(310 - 1e-9);
    expect((s.x0 + s.x1) / 2).toBeCloseTo(310 + 480 / 2, 9);
  });
});

describe('boundsOf', () => {
  it('grows by each circle radius, and is null for nothing', () => {
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        { x: 0, y: 0, r: 2 },
        { x: 10, y: -5 },
      ]),
    ).toEqual({ x0: -2, y0: -5, x1: 10, y1: 2 });
  });
});

describe('fitShown', () => {
  const all = { x0: -500, y0: -300, x1: 500, y1: 300 };
  const fitBounds = (b: Bounds, maxK: number) => fitTransform(b, 1600, 1000, FIT_MARGIN, maxK);

  it('fits the whole map with 12 world units to spare when all of it is shown', () => {
    const { fitK, transform } = fitShown(all, null, fitBounds);
    expect(fitK).toBeCloseTo(Math.min((1600 - 96) / 1000, (1000 - 96) / 600), 12);
    const s = screen({ x0: -512, y0: -312, x1: 512, y1: 312 }, transform);
    // The padded bounds touch the margin on their tighter side (here the height) and are centred.
    expect(s.y0).toBeCloseTo(FIT_MARGIN, 9);
    expect(s.y1).toBeCloseTo(1000 - FIT_MARGIN, 9);
    expect(s.x0).toBeGreaterThan(FIT_MARGIN);
    expect((s.x0 + s.x1) / 2).toBeCloseTo(800, 9);
    expect(fitShown(all, all, fitBounds)).toEqual(fitShown(all, null, fitBounds));
  });

  it('zooms in on what a filter leaves, but never beyond 4 times the whole map', () => {
    const { fitK, transform } = fitShown(all, { x0: 0, y0: 0, x1: 400, y1: 250 }, fitBounds);
    const wide = fitShown(all, { x0: 0, y0: 0, x1: 1, y1: 1 }, fitBounds);
    expect(transform.k).toBeGreaterThan(fitK);
    expect(transform.k).toBeLessThan(4 * fitK);
    expect(wide.transform.k).toBeCloseTo(4 * fitK, 12);
    // The one node left is in the middle of the view.
    expect(0.5 * wide.transform.k + wide.transform.x).toBeCloseTo(800, 9);
    expect(0.5 * wide.transform.k + wide.transform.y).toBeCloseTo(500, 9);
  });

  it('shows a map of a few papers at MAX_FIT_K, in the middle, not blown up to fill the view', () => {
    // Three papers and two keywords: about 60 world units across, which would fit at k = 15.
    const tiny = { x0: -30, y0: -20, x1: 30, y1: 20 };
    expect(fitBounds(tiny, Infinity).k).toBeGreaterThan(10);
    const { fitK, transform } = fitShown(tiny, null, fitBounds);
    expect(fitK).toBe(MAX_FIT_K);
    expect(transform.k).toBe(MAX_FIT_K);
    expect(transform.x).toBeCloseTo(800, 9);
    expect(transform.y).toBeCloseTo(500, 9);
    expect(fitShown(tiny, tiny, fitBounds)).toEqual({ fitK, transform });
    // What a filter leaves of it: closer, but no paper's circle grows past MAX_SHOWN_K.
    expect(fitShown(tiny, { x0: 0, y0: 0, x1: 1, y1: 1 }, fitBounds).transform.k).toBe(MAX_SHOWN_K);
  });
});

import { describe, expect, test } from 'vitest';
import { PixelRaster } from '../../src/render/PixelRaster';

function pixel(r: PixelRaster, x: number, y: number): number[] {
  const i = (y * r.width + x) * 4;
  return [...r.data.subarray(i, i + 4)];
}

describe('PixelRaster', () => {
  test('fill paints every pixel opaque', () => {
    const r = new PixelRaster(5, 3);
    r.fill(10, 20, 30);
    for (let i = 0; i < 15; i++) expect(pixel(r, i % 5, Math.floor(i / 5))).toEqual([10, 20, 30, 255]);
  });

  test('a one-pixel line on a pixel row covers that row only, at its opacity', () => {
    const r = new PixelRaster(30, 20);
    r.fill(255, 255, 255);
    r.addLine(2, 10.5, 20, 10.5, 1, 0.5);
    r.resolveLines(0, 0, 0);
    for (let x = 2; x < 20; x++) expect(Math.abs(pixel(r, x, 10)[0] - 127.5)).toBeLessThanOrEqual(1);
    expect(pixel(r, 1, 10)).toEqual([255, 255, 255, 255]);
    expect(pixel(r, 20, 10)).toEqual([255, 255, 255, 255]);
    expect(pixel(r, 10, 9)).toEqual([255, 255, 255, 255]);
    expect(pixel(r, 10, 11)).toEqual([255, 255, 255, 255]);
    // Resolved lines are forgotten: resolving again changes nothing.
    r.resolveLines(0, 0, 0);
    expect(Math.abs(pixel(r, 10, 10)[1] - 127.5)).toBeLessThanOrEqual(1);
  });

  test('overlapping lines add up as if drawn one over another', () => {
    const r = new PixelRaster(30, 20);
    r.fill(255, 255, 255);
    r.addLine(0, 5.5, 30, 5.5, 1, 0.5);
    r.addLine(0, 5.5, 30, 5.5, 1, 0.5);
    r.resolveLines(0, 0, 0);
    expect(Math.abs(pixel(r, 15, 5)[0] - 63.75)).toBeLessThanOrEqual(1); // 255 × (1 − 0.5)²
  });

  test('a slanted line leaves as much ink as its area, steep or not', () => {
    for (const [x1, y1, x2, y2] of [
      [3, 4, 40, 21],
      [4, 3, 21, 40],
      [40, 21, 3, 4],
    ]) {
      const r = new PixelRaster(50, 50);
      r.fill(255, 255, 255);
      r.addLine(x1, y1, x2, y2, 0.6, 0.02);
      r.resolveLines(0, 0, 0);
      let ink = 0;
      for (let i = 0; i < r.data.length; i += 4) ink += (255 - r.data[i]) / 255;
      const area = 0.6 * Math.hypot(x2 - x1, y2 - y1);
      // Light ink is nearly linear in coverage; allow for rounding to whole bytes.
      expect(ink / 0.02).toBeGreaterThan(area * 0.85);
      expect(ink / 0.02).toBeLessThan(area * 1.15);
    }
  });

  test('lines are clipped to the picture, in any direction', () => {
    const r = new PixelRaster(20, 20);
    r.fill(255, 255, 255);
    r.addLine(-100, -90, 300, 310, 1, 0.9);
    r.addLine(10.5, -50, 10.5, 500, 1, 0.9);
    r.addLine(-5, -5, -1, -30, 1, 0.9);
    r.resolveLines(0, 0, 0);
    expect(pixel(r, 10, 10)[0]).toBeLessThan(60);
    expect(pixel(r, 10, 0)[0]).toBeLessThan(60);
    expect(pixel(r, 19, 0)).toEqual([255, 255, 255, 255]);
  });

  test('a disc is filled inside, outlined on its rim, and leaves the rest alone', () => {
    const r = new PixelRaster(20, 20);
    r.fill(255, 255, 255);
    r.disc(10, 10, 5, 0xff0000, 0x0000ff, 2, 1);
    expect(pixel(r, 10, 10)).toEqual([255, 0, 0, 255]);
    expect(pixel(r, 14, 9)).toEqual([0, 0, 255, 255]); // 4.5 px from the centre: on the ring
    expect(pixel(r, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(r, 17, 10)).toEqual([255, 255, 255, 255]);
    const faint = new PixelRaster(20, 20);
    faint.fill(255, 255, 255);
    faint.disc(10, 10, 5, 0xff0000, 0x0000ff, 0, 0.5);
    const [red, green, blue] = pixel(faint, 10, 10);
    expect([red, Math.round(green / 2), Math.round(blue / 2)]).toEqual([255, 64, 64]);
  });
});

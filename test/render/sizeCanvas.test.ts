// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { observeSize, sizeCanvas } from '../../src/render/sizeCanvas';

describe('sizeCanvas', () => {
  test('whole CSS pixels, a backing store at the device pixel ratio', () => {
    const canvas = document.createElement('canvas');
    expect(sizeCanvas(canvas, 640.7, 480.2, 1.5)).toEqual({ width: 640, height: 480, dpr: 1.5 });
    expect([canvas.width, canvas.height]).toEqual([960, 720]);
    expect([canvas.style.width, canvas.style.height]).toEqual(['640px', '480px']);
    expect(sizeCanvas(canvas, -3, 10, 2)).toEqual({ width: 0, height: 10, dpr: 2 });
    expect(canvas.width).toBe(0);
  });

  test('observeSize reports the size at once (jsdom has no ResizeObserver) and stops cleanly', () => {
    const container = document.createElement('div');
    const sizes: number[][] = [];
    const stop = observeSize(
      container,
      null,
      (w, h) => sizes.push([w, h]),
      () => undefined,
    );
    expect(sizes).toEqual([[0, 0]]);
    stop();
  });
});

// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { createZoomController } from '../../src/render/createZoomController';
import type { ViewTransform } from '../../src/store/mapStoreState';
import { fakeClock } from './fakeClock';

function setup(reduced = false) {
  const clock = fakeClock();
  const canvas = document.createElement('canvas');
  const zooms: { byUser: boolean; gliding: boolean }[] = [];
  const rests: ViewTransform[] = [];
  let glideEnds = 0;
  const zoom = createZoomController({
    canvas,
    size: () => ({ width: 1000, height: 600 }),
    canPan: () => true,
    onZoom: (byUser, gliding) => zooms.push({ byUser, gliding }),
    onRest: (t) => rests.push(t),
    onGlideEnd: () => glideEnds++,
    reducedMotion: () => reduced,
    clock,
  });
  return { clock, canvas, zoom, zooms, rests, glideEnds: () => glideEnds };
}

describe('createZoomController', () => {
  test('without a glide the view is set at once and comes to rest there', () => {
    const { zoom, zooms, rests } = setup();
    zoom.goTo({ k: 2, x: 10, y: 20 }, false);
    expect(zoom.transform()).toEqual({ k: 2, x: 10, y: 20 });
    expect(zooms).toEqual([{ byUser: false, gliding: false }]);
    expect(rests.at(-1)).toEqual({ k: 2, x: 10, y: 20 });
  });

  test('a glide moves frame by frame and rests once, at the target', () => {
    const { clock, zoom, zooms, rests, glideEnds } = setup();
    zoom.goTo({ k: 4, x: -500, y: -300 }, true);
    expect(zoom.transform()).toEqual({ k: 1, x: 0, y: 0 });
    // The glide started at time 0 (the fake clock's now) and lasts 380 ms.
    clock.frame(0);
    expect(zoom.transform().k).toBe(1);
    clock.frame(190);
    const mid = zoom.transform();
    expect(mid.k).toBeGreaterThan(1);
    expect(mid.k).toBeLessThan(4);
    expect(rests).toEqual([]);
    clock.frame(380);
    expect(zoom.transform().k).toBeCloseTo(4);
    expect(zoom.transform().x).toBeCloseTo(-500);
    expect(rests).toHaveLength(1);
    expect(glideEnds()).toBe(1);
    expect(zooms.every((z) => z.gliding && !z.byUser)).toBe(true);
    expect(clock.frames()).toBe(0);
  });

  test('reduced motion, or a new target, or stopping, ends a glide', () => {
    const reduced = setup(true);
    reduced.zoom.goTo({ k: 3, x: 0, y: 0 }, true);
    expect(reduced.zoom.transform().k).toBe(3);
    const { clock, zoom, rests } = setup();
    zoom.goTo({ k: 4, x: 0, y: 0 }, true);
    clock.frame(0);
    zoom.stopGlide();
    expect(clock.frames()).toBe(0);
    expect(rests).toEqual([]);
    zoom.goTo({ k: 2, x: 0, y: 0 }, false);
    expect(zoom.transform().k).toBe(2);
  });

  test("the user's zoom stays within limits that follow the overview scale; panning moves by screen pixels", () => {
    const { canvas, zoom, zooms } = setup();
    zoom.setOverviewScale(2);
    canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: -1e5, bubbles: true, cancelable: true }));
    expect(zoom.transform().k).toBe(80);
    expect(zooms.at(-1)).toEqual({ byUser: true, gliding: false });
    canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: 1e6, bubbles: true, cancelable: true }));
    expect(zoom.transform().k).toBe(0.25);
    zoom.goTo({ k: 4, x: 10, y: 10 }, false);
    zoom.panBy(60, -60);
    expect(zoom.transform()).toEqual({ k: 4, x: 70, y: -50 });
  });

  test('destroy removes the zoom listeners', () => {
    const { canvas, zoom } = setup();
    expect((canvas as unknown as { __on?: unknown[] }).__on?.length).toBeGreaterThan(0);
    zoom.destroy();
    expect((canvas as unknown as { __on?: unknown[] }).__on ?? []).toHaveLength(0);
  });
});

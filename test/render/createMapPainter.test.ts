// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SceneNode } from '../../src/core/scene';
import type { LayeredScene, Overlay } from '../../src/render/computeLayeredScene';
import { createMapPainter } from '../../src/render/createMapPainter';
import { PixelRaster } from '../../src/render/PixelRaster';

/**
 * A 2D context that records the calls made on it (jsdom has no canvas drawing). Its pixels are
 * those last put by putImageData (opaque white before), as a canvas reads back opaque pixels.
 */
/** jsdom has no ImageData: a stand-in, so that big scenes take the pixel path. */
function stubImageData(): void {
  vi.stubGlobal(
    'ImageData',
    class {
      constructor(
        readonly data: Uint8ClampedArray,
        readonly width: number,
        readonly height: number,
      ) {}
    },
  );
}

function fakeContext(canvas: HTMLCanvasElement, calls: string[]): CanvasRenderingContext2D {
  let shown: Uint8ClampedArray | null = null;
  return new Proxy({ canvas } as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        calls.push(String(key));
        if (key === 'putImageData') shown = new Uint8ClampedArray((args[0] as { data: Uint8ClampedArray }).data);
        if (key === 'getImageData')
          return { data: new Uint8ClampedArray(shown ?? new Uint8ClampedArray(canvas.width * canvas.height * 4).fill(255)) };
        return key === 'measureText' ? { width: 10 } : undefined;
      };
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
}

/** Canvases made through document.createElement, each with a fake context recording into `calls`. */
function fakeCanvases(): { made: HTMLCanvasElement[]; calls: Map<HTMLCanvasElement, string[]> } {
  const made: HTMLCanvasElement[] = [];
  const calls = new Map<HTMLCanvasElement, string[]>();
  const create = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation(((tag: string) => {
    const el = create(tag);
    if (tag === 'canvas') {
      const canvas = el as HTMLCanvasElement;
      const log: string[] = [];
      const ctx = fakeContext(canvas, log);
      calls.set(canvas, log);
      canvas.getContext = (() => ctx) as unknown as HTMLCanvasElement['getContext'];
      made.push(canvas);
    }
    return el;
  }) as typeof document.createElement);
  return { made, calls };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const view = { width: 40, height: 30, k: 1, x: 0, y: 0 };

function node(id: string, x: number): SceneNode {
  return {
    id,
    kind: 'paper',
    x,
    y: 10,
    r: 2,
    fill: '#336699',
    stroke: '#ffffff',
    strokeWidth: 0.5,
    opacity: 1,
  } as SceneNode;
}

function layered(overlays: Overlay[]): LayeredScene {
  return {
    base: {
      view,
      background: '#ffffff',
      edges: [],
      nodes: [node('a', 5), node('b', 20)],
      labels: [],
    } as unknown as LayeredScene['base'],
    overlays,
    labels: [],
  };
}

describe('createMapPainter', () => {
  test('a picture dropped when an overlay goes is drawn into again when one comes back, not a new canvas', () => {
    const { made, calls } = fakeCanvases();
    const screen = document.createElement('canvas');
    screen.width = 40;
    screen.height = 30;
    const painter = createMapPainter(screen);
    // A filter's overlay under a selection's: the filter's picture is kept offscreen.
    const filter: Overlay = { veil: 0.9, edges: [], nodes: [node('b', 20)] };
    const focus: Overlay = { veil: 0.7, edges: [], nodes: [node('a', 5)] };
    painter.paint(layered([filter, focus]), 1);
    // The screen, the base's picture and the filter's.
    expect(made).toHaveLength(3);
    const filterPicture = made[2];
    // The filter cleared, the selection kept: the filter's picture is no longer a level.
    painter.paint(layered([focus]), 1);
    expect(made).toHaveLength(3);
    // Another filter: its picture is drawn into the canvas the last one had, cleared first.
    calls.get(filterPicture)!.length = 0;
    const other: Overlay = { veil: 0.9, edges: [], nodes: [node('a', 5)] };
    painter.paint(layered([other, focus]), 1);
    expect(made).toHaveLength(3);
    const drawn = calls.get(filterPicture)!;
    expect(drawn).toContain('clearRect');
    expect(drawn.indexOf('clearRect')).toBeLessThan(drawn.indexOf('drawImage'));
  });

  test('a spare canvas of another size is not reused', () => {
    const { made } = fakeCanvases();
    const screen = document.createElement('canvas');
    screen.width = 40;
    screen.height = 30;
    const painter = createMapPainter(screen);
    const filter: Overlay = { veil: 0.9, edges: [], nodes: [node('b', 20)] };
    const focus: Overlay = { veil: 0.7, edges: [], nodes: [node('a', 5)] };
    painter.paint(layered([filter, focus]), 1);
    painter.paint(layered([focus]), 1);
    expect(made).toHaveLength(3);
    // The screen resized: base and filter pictures are made anew at the new size.
    screen.width = 50;
    const wider = { ...view, width: 50 };
    const scene = layered([filter, focus]);
    painter.paint({ ...scene, base: { ...scene.base, view: wider } }, 1);
    expect(made).toHaveLength(5);
    expect(made.slice(3).every((c) => c.width === 50 && c.height === 30)).toBe(true);
  });

  test("a filter's veiled base comes from the pixels the base was drawn with, not read back, and is the same", () => {
    stubImageData();
    // A base and a filter big enough to be drawn as pixels, of small dots (none left for the canvas).
    const dots = (n: number, fill: string): SceneNode[] =>
      Array.from({ length: n }, (_, i) => ({ ...node(`n${i}`, (i * 7) % 40), y: (i * 13) % 30, r: 0.8, fill }));
    const base = dots(3000, '#336699');
    const filter: Overlay = { veil: 0.9, edges: [], nodes: dots(3300, '#cc3300').filter((_, i) => i % 3 !== 0) };
    const paintWith = (baseNodes: SceneNode[]): { screen: Uint8ClampedArray; reads: number } => {
      const { made, calls } = fakeCanvases();
      const screen = document.createElement('canvas');
      screen.width = 40;
      screen.height = 30;
      const painter = createMapPainter(screen);
      const scene = layered([filter]);
      painter.paint({ ...scene, base: { ...scene.base, nodes: baseNodes } }, 1);
      const reads = [...calls.values()].flat().filter((c) => c === 'getImageData').length;
      const data = (screen.getContext('2d')!.getImageData(0, 0, 40, 30) as ImageData).data;
      vi.restoreAllMocks();
      expect(made.length).toBeGreaterThan(1);
      return { screen: data, reads };
    };
    const fromRaster = paintWith(base);
    expect(fromRaster.reads).toBe(0);
    // A large node (off the screen) is left for the canvas: the base must be read back.
    const readBack = paintWith([...base, { ...node('big', -500), r: 40 }]);
    expect(readBack.reads).toBe(1);
    expect(fromRaster.screen).toEqual(readBack.screen);
    // Not the unveiled picture: the veil was laid.
    expect(new Set(fromRaster.screen).size).toBeGreaterThan(3);
  });

  test('a new base with nothing over it is drawn on the screen itself, its copy offscreen made after the paint', () => {
    vi.useFakeTimers();
    try {
      const { made, calls } = fakeCanvases();
      const screen = document.createElement('canvas');
      screen.width = 40;
      screen.height = 30;
      const painter = createMapPainter(screen);
      const scene = layered([]);
      painter.paint(scene, 1);
      // Only the screen: no picture drawn offscreen and copied over before the frame.
      expect(made).toHaveLength(1);
      expect(calls.get(screen)).toContain('arc');
      expect(calls.get(screen)).not.toContain('drawImage');
      // After the frame, the base's picture is made offscreen (drawn again: a small base has no pixels kept).
      vi.advanceTimersByTime(500);
      expect(made).toHaveLength(2);
      expect(calls.get(made[1])).toContain('arc');
      // A hover over it then draws the kept picture, not the base again.
      const picture = calls.get(made[1])!;
      picture.length = 0;
      calls.get(screen)!.length = 0;
      painter.paint({ ...scene, overlays: [{ veil: 0.7, edges: [], nodes: [node('a', 5)] }] }, 1);
      expect(made).toHaveLength(2);
      expect(picture).toEqual([]);
      expect(calls.get(screen)![calls.get(screen)!.indexOf('setTransform') + 1]).toBe('drawImage');
    } finally {
      vi.useRealTimers();
    }
  });

  test("an overlay right after a base drawn on the screen takes the base's picture from the raster's pixels", () => {
    stubImageData();
    const { made, calls } = fakeCanvases();
    const screen = document.createElement('canvas');
    screen.width = 40;
    screen.height = 30;
    const painter = createMapPainter(screen);
    const dots = Array.from({ length: 3000 }, (_, i) => ({ ...node(`n${i}`, (i * 7) % 40), y: (i * 13) % 30, r: 0.8 }));
    // One node drawn large, by the canvas, over the raster's pixels.
    const large = { ...node('big', 20), r: 8 };
    const scene = layered([]);
    const base = { ...scene.base, nodes: [...dots, large] };
    const rasterised = vi.spyOn(PixelRaster.prototype, 'disc');
    painter.paint({ ...scene, base }, 1);
    expect(made).toHaveLength(1);
    const drawnOnScreen = calls.get(screen)!.slice(calls.get(screen)!.indexOf('putImageData'));
    expect(drawnOnScreen).toContain('arc');
    const discs = rasterised.mock.calls.length;
    expect(discs).toBeGreaterThan(0);
    // A small overlay before the copy was made: the picture is put from the raster's pixels and
    // the large node drawn over them, as on the screen; nothing is rasterised again.
    painter.paint({ ...scene, base, overlays: [{ veil: 0.7, edges: [], nodes: [node('a', 5)] }] }, 1);
    expect(made).toHaveLength(2);
    expect(rasterised.mock.calls.length).toBe(discs);
    const copied = calls.get(made[1])!;
    expect(copied.slice(copied.indexOf('putImageData'))).toEqual(
      drawnOnScreen.slice(0, copied.length - copied.indexOf('putImageData')),
    );
    expect(copied).toContain('arc');
  });
});

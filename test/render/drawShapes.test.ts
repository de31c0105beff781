import { afterEach, describe, expect, test } from 'vitest';
import { filterMap, indexMap } from '../../src/core/query';
import { expandLinkEdges, type SceneEdge } from '../../src/core/scene';
import { computeLayeredScene, createLayeredSceneCache } from '../../src/render/computeLayeredScene';
import { drawShapes, type Shapes } from '../../src/render/drawShapes';
import { smallMap } from './smallMap';

/** A 2D context that records every call and property set, and what putImageData was given. */
function recorder(width: number, height: number) {
  const calls: unknown[][] = [];
  const ctx = new Proxy({ canvas: { width, height } } as Record<string, unknown>, {
    get(target, name) {
      if (name in target) return target[name as string];
      return (...args: unknown[]) => {
        calls.push([
          name,
          ...args.map((a) => (a instanceof Object && 'data' in a ? [...(a as { data: Uint8ClampedArray }).data] : a)),
        ]);
      };
    },
    set(_target, name, value) {
      if (name !== 'canvas') calls.push(['set', name, value]);
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

/** The calls with every property set that changes nothing left out: what is drawn, and how. */
function effective(calls: unknown[][]): unknown[][] {
  const state = new Map<unknown, unknown>();
  return calls.filter((c) => {
    if (c[0] !== 'set') return true;
    if (state.get(c[1]) === c[2]) return false;
    state.set(c[1], c[2]);
    return true;
  });
}

/** The filter overlay of the fixture, dimmed: its passing links as a LinkEdges list. */
function filterShapes(): { byList: Shapes; byObjects: Shapes; edges: SceneEdge[] } {
  const map = smallMap();
  const index = indexMap(map);
  const filter = filterMap(map, index, { keywords: ['k:languag model'], mode: 'all' });
  const view = { width: 200, height: 140, k: 0.3, x: 100, y: 70 };
  const layered = computeLayeredScene(
    { map, index, filter, hideFiltered: false, selection: null, hoverId: null, theme: 'light', view },
    createLayeredSceneCache(map),
  );
  const overlay = layered.overlays[0];
  const edges = expandLinkEdges(overlay.links!);
  return {
    byList: { view, edges: [], links: overlay.links, nodes: overlay.nodes },
    byObjects: { view, edges, nodes: overlay.nodes },
    edges,
  };
}

const realImageData = globalThis.ImageData;
afterEach(() => {
  globalThis.ImageData = realImageData;
});

describe('drawShapes with links by position', () => {
  test('the canvas draws the same strokes as for the same links as edge objects', () => {
    const { byList, byObjects, edges } = filterShapes();
    expect(edges.length).toBeGreaterThan(0);
    const a = recorder(200, 140);
    const b = recorder(200, 140);
    drawShapes(a.ctx, byList, { dpr: 1, background: '#ffffff', keep: true });
    drawShapes(b.ctx, byObjects, { dpr: 1, background: '#ffffff', keep: true });
    expect(a.calls.filter((c) => c[0] === 'lineTo').length).toBeGreaterThan(0);
    expect(effective(a.calls)).toEqual(effective(b.calls));
  });

  test('the pixel path blends the same pixels', () => {
    // Node has no ImageData: a stand-in that keeps the pixels put on the canvas.
    globalThis.ImageData = class {
      constructor(
        readonly data: Uint8ClampedArray,
        readonly width: number,
        readonly height: number,
      ) {}
    } as unknown as typeof ImageData;
    const { byList, byObjects } = filterShapes();
    const a = recorder(200, 140);
    const b = recorder(200, 140);
    drawShapes(a.ctx, byList, { dpr: 2, background: '#ffffff', under: new Uint8ClampedArray(200 * 140 * 4).fill(255) });
    drawShapes(b.ctx, byObjects, { dpr: 2, background: '#ffffff', under: new Uint8ClampedArray(200 * 140 * 4).fill(255) });
    const put = a.calls.find((c) => c[0] === 'putImageData')!;
    expect(put).toBeDefined();
    // Some pixel is not the background: links were blended in.
    expect((put[1] as number[]).some((v) => v !== 255)).toBe(true);
    expect(a.calls).toEqual(b.calls);
  });
});

// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { MapFile } from '../../src/core/map';
import { filterMap, indexMap } from '../../src/core/query';
import { computeScene, createSceneCache } from '../../src/core/scene';
import type { LayeredSceneInput } from '../../src/render/computeLayeredScene';
import { createCanvasScene } from '../../src/render/createCanvasScene';
import type { MapPainter } from '../../src/render/createMapPainter';
import { getCurrentScene } from '../../src/render/currentScene';
import { smallMap } from './smallMap';

function inputOf(map: MapFile, over: Partial<LayeredSceneInput> = {}): LayeredSceneInput {
  const index = indexMap(map);
  return {
    map,
    index,
    filter: filterMap(map, index, { keywords: [], mode: 'all' }),
    hideFiltered: false,
    selection: null,
    hoverId: null,
    theme: 'light',
    view: { width: 800, height: 600, k: 1.5, x: 400, y: 300 },
    ...over,
  };
}

function fakePainter(): MapPainter & { painted: number; moved: number } {
  const painter = {
    painted: 0,
    moved: 0,
    paint: () => void painter.painted++,
    paintMoved: () => {
      painter.moved++;
      return true;
    },
    clear: () => undefined,
  };
  return painter;
}

describe('createCanvasScene', () => {
  test('paints the layered scene and leaves the export the whole scene of what is on screen', () => {
    const painter = fakePainter();
    const scene = createCanvasScene(document.createElement('canvas'), painter);
    const map = smallMap();
    const input = inputOf(map, { hoverId: 'p-moe' });
    expect(scene.paintMoved(input.view)).toBe(false);
    scene.paint(input, 1);
    expect(painter.painted).toBe(1);
    expect(scene.layered()!.overlays).toHaveLength(1);
    expect(getCurrentScene()).toEqual(computeScene(input, createSceneCache(map)));
    expect(scene.paintMoved(input.view)).toBe(true);
    scene.blank();
    expect(scene.layered()).toBeNull();
    expect(getCurrentScene()).toBeNull();
  });

  test('keeps one cache per map: a new view reuses the nodes, another map starts afresh', () => {
    const scene = createCanvasScene(document.createElement('canvas'), fakePainter());
    const map = smallMap();
    const input = inputOf(map);
    scene.paint(input, 1);
    const nodes = scene.layered()!.base.nodes;
    scene.paint({ ...input, view: { ...input.view, k: 3 } }, 1);
    expect(scene.layered()!.base.nodes).toBe(nodes);
    const other = smallMap();
    scene.paint(inputOf(other), 1);
    expect(scene.layered()!.base.nodes).not.toBe(nodes);
    expect(scene.layered()!.base.nodes).toEqual(nodes);
  });

  test('two canvases of one map do not evict each other', () => {
    const map = smallMap();
    const a = createCanvasScene(document.createElement('canvas'), fakePainter());
    const b = createCanvasScene(document.createElement('canvas'), fakePainter());
    const input = inputOf(map);
    a.paint(input, 1);
    const nodes = a.layered()!.base.nodes;
    for (const theme of ['dark', 'light'] as const) {
      for (const keywords of [['k:video'], ['k:reason'], ['k:languag model']]) {
        b.paint({ ...input, theme, hideFiltered: true, filter: filterMap(map, input.index, { keywords, mode: 'any' }) }, 1);
      }
    }
    a.paint({ ...input, view: { ...input.view, x: 10 } }, 1);
    expect(a.layered()!.base.nodes).toBe(nodes);
  });

  test('clears the canvas for a blank frame only when something was drawn on it since', () => {
    const canvas = document.createElement('canvas');
    const cleared: number[] = [];
    canvas.getContext = (() => ({
      setTransform: () => undefined,
      clearRect: () => cleared.push(1),
    })) as unknown as HTMLCanvasElement['getContext'];
    const scene = createCanvasScene(canvas, fakePainter());
    // Frames before the map came: the canvas was never drawn on, so it is blank already.
    scene.blank();
    scene.blank();
    expect(cleared).toHaveLength(0);
    scene.paint(inputOf(smallMap()), 1);
    scene.blank();
    expect(cleared).toHaveLength(1);
    scene.blank();
    expect(cleared).toHaveLength(1);
    expect(scene.layered()).toBeNull();
  });
});

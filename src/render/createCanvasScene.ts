import type { DensityMode } from '../core/analysis';
import { computeScene, prepareFilteredNodes, type SceneView } from '../core/scene';
import { afterNextPaint } from './afterNextPaint';
import {
  type LayeredScene,
  type LayeredSceneCache,
  type LayeredSceneInput,
  computeLayeredScene,
  createLayeredSceneCache,
} from './computeLayeredScene';
import { createDensityLayer } from './createDensityLayer';
import { createMapPainter, type MapPainter } from './createMapPainter';
import { setCurrentScene } from './currentScene';

export interface CanvasScene {
  /** Computes the input's layered scene and paints it crisply, over the density view when asked. */
  paint(input: LayeredSceneInput, dpr: number, density?: DensityMode | null): void;
  /** Moves the last picture to `view` (while the view moves); false when there is none to move. */
  paintMoved(view: SceneView): boolean;
  /** The scene last painted (for hit tests), or null. */
  layered(): LayeredScene | null;
  /** No map: a blank canvas. */
  blank(): void;
  /** Another map (or none): its caches and pictures are dropped. */
  forgetMap(): void;
  destroy(): void;
}

/**
 * What the canvas shows: the layered scene of the store's state, painted in layers. It owns the
 * map's scene cache (one per map and canvas, so no other view evicts it) and leaves the export a
 * way to compute the whole scene of what is on screen.
 */
export function createCanvasScene(canvas: HTMLCanvasElement, painter: MapPainter = createMapPainter(canvas)): CanvasScene {
  let cache: LayeredSceneCache | null = null;
  let layered: LayeredScene | null = null;
  const densityLayer = createDensityLayer();
  /** The cache whose filter nodes are made (or about to be) after its first paint. */
  let prepared: LayeredSceneCache | null = null;
  let cancelPrepare = (): void => {};
  // Whether anything was drawn on the canvas since it was last cleared: a canvas never drawn on
  // is blank already, and clearing it would make its pixels (4 MB at 1280×800) for the frame to
  // copy to the compositor (8-10 ms of the main thread before the map's bytes are in).
  let drawn = false;

  return {
    paint(input, dpr, density) {
      if (cache?.scene.map !== input.map) cache = createLayeredSceneCache(input.map);
      const own = cache;
      layered = computeLayeredScene(input, own);
      // The export asks for the whole scene, rarely: computed then, from the same input.
      setCurrentScene(() => computeScene(input, own.scene));
      painter.paint(layered, dpr, density ? densityLayer.underlay(input.map, input.theme, density) : null);
      drawn = true;
      if (prepared !== own) {
        // The first load draws no filter, so the nodes a filter fades are not made for it; make
        // them once it is on screen, so the first filter does not wait for them either.
        prepared = own;
        const step = (): void => {
          // A slice per task, after a paint each: a click meanwhile waits for one slice at most.
          if (!prepareFilteredNodes(own.scene)) cancelPrepare = afterNextPaint(step);
        };
        cancelPrepare = afterNextPaint(step);
      }
    },
    paintMoved(view) {
      const moved = layered !== null && painter.paintMoved(view, layered.base.background);
      if (moved) drawn = true;
      return moved;
    },
    layered: () => layered,
    blank() {
      layered = null;
      setCurrentScene(null);
      if (!drawn) return;
      drawn = false;
      const ctx = canvas.getContext('2d');
      if (ctx) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
      }
    },
    forgetMap() {
      cancelPrepare();
      cache = null;
      painter.clear();
    },
    destroy() {
      cancelPrepare();
      cache = null;
      painter.clear();
      setCurrentScene(null);
    },
  };
}

import type { DensityMode } from '../core/analysis';
import { computeScene, type SceneView } from '../core/scene';
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

  return {
    paint(input, dpr, density) {
      if (cache?.scene.map !== input.map) cache = createLayeredSceneCache(input.map);
      const own = cache;
      layered = computeLayeredScene(input, own);
      // The export asks for the whole scene, rarely: computed then, from the same input.
      setCurrentScene(() => computeScene(input, own.scene));
      painter.paint(layered, dpr, density ? densityLayer.underlay(input.map, input.theme, density) : null);
    },
    paintMoved(view) {
      return layered !== null && painter.paintMoved(view, layered.base.background);
    },
    layered: () => layered,
    blank() {
      layered = null;
      setCurrentScene(null);
      const ctx = canvas.getContext('2d');
      if (ctx) {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
      }
    },
    forgetMap() {
      cache = null;
      painter.clear();
    },
    destroy() {
      cache = null;
      painter.clear();
      setCurrentScene(null);
    },
  };
}

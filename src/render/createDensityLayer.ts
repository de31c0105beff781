import { type DensityGrid, type DensityMode, type DensityWeight, computeDensityGrid, densityPixels } from '../core/analysis';
import type { MapFile } from '../core/map';
import type { SceneView } from '../core/scene';
import type { ThemeName } from '../core/style';

/** What the painter draws under a map's links and nodes instead of the plain background. */
export interface Underlay {
  /** Identity of what it shows: the painter redraws its base picture when this changes. */
  key: unknown;
  /** Fills the canvas (in device pixels) with what lies under the map at `view`. */
  draw(ctx: CanvasRenderingContext2D, view: SceneView, dpr: number, background: string): void;
}

export interface DensityImage {
  grid: DensityGrid;
  /** The grid's pixels, one per cell, on a small canvas: drawn scaled up and smoothed. */
  canvas: HTMLCanvasElement;
}

export interface DensityLayer {
  /** The density underlay of `map`, built on first use for each map, weight, theme and colouring. */
  underlay(map: MapFile, theme: ThemeName, mode: DensityMode): Underlay | null;
  /** The image last built, for the exports (an SVG <image>); null before any. */
  image(): DensityImage | null;
}

/**
 * Owns the density picture of one map view: the grid (computed once per map and weight, about
 * 20 ms for 20k papers) and its image (once per theme and colouring). Per frame the painter only
 * scales that image, so panning and zooming cost one drawImage more than the plain map.
 */
export function createDensityLayer(): DensityLayer {
  let gridOf: { map: MapFile; weight: DensityWeight; grid: DensityGrid } | null = null;
  let built: { map: MapFile; theme: ThemeName; mode: DensityMode; image: DensityImage; underlay: Underlay } | null = null;
  return {
    underlay(map, theme, mode) {
      const { coloring, weight } = mode;
      if (built && built.map === map && built.theme === theme && built.mode.coloring === coloring && built.mode.weight === weight)
        return built.underlay;
      if (!gridOf || gridOf.map !== map || gridOf.weight !== weight)
        gridOf = { map, weight, grid: computeDensityGrid(map, { weight }) };
      const { grid } = gridOf;
      if (grid.cols === 0) return null;
      const canvas = document.createElement('canvas');
      canvas.width = grid.cols;
      canvas.height = grid.rows;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      ctx.putImageData(new ImageData(densityPixels(grid, theme, coloring), grid.cols, grid.rows), 0, 0);
      const image = { grid, canvas };
      const underlay: Underlay = { key: image, draw: (c, view, dpr, background) => drawDensity(c, image, view, dpr, background) };
      built = { map, theme, mode, image, underlay };
      return underlay;
    },
    image: () => built?.image ?? null,
  };
}

/** The background, then the density image placed in world coordinates through the view. */
export function drawDensity(
  ctx: CanvasRenderingContext2D,
  image: DensityImage,
  view: SceneView,
  dpr: number,
  background: string,
): void {
  const { grid } = image;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, view.width, view.height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
  ctx.drawImage(image.canvas, grid.x0, grid.y0, grid.cols * grid.cell, grid.rows * grid.cell);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

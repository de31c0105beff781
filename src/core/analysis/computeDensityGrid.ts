import type { MapFile } from '../map';
import { pointExtent } from '../util';

/** A smoothed density of papers on a regular grid in world coordinates. */
export interface DensityGrid {
  /** World position of the grid's top-left corner and the side of one cell. */
  x0: number;
  y0: number;
  cell: number;
  cols: number;
  rows: number;
  /** Per cell (row-major), the density scaled so the densest cell is 1. */
  values: Float32Array;
  /** Per cell, the cluster contributing most to it (-1 where nothing does). */
  cluster: Int32Array;
}

/**
 * What the density counts: the papers (each adds 1 at its position), or the keywords' weight
 * (each keyword node adds its number of papers at its position, as VOSviewer's density view
 * weights items by their occurrences).
 */
export type DensityWeight = 'papers' | 'keywords';

export interface DensityOptions {
  /** What is counted; default the papers. */
  weight: DensityWeight;
  /** Cells along the longer side of the map. */
  cells: number;
  /**
   * Kernel width (Gaussian σ) as a share of the map's longer side; null to choose it from the
   * number of points counted (papers or keywords): 0.3 / √N, kept between 2% and 8%.
   */
  bandwidth: number | null;
}

/**
 * 160 cells and σ ≈ 2–3% of the map give VOSviewer's look on a map of a hundred papers and more:
 * one hill per cluster with its dense cores visible. A few papers need a wider kernel, or each
 * makes a spot of its own (12 papers: 8%). Drawn scaled up and smoothed by the canvas, 160 cells
 * are enough for any zoom at which the density is worth reading.
 */
export const DENSITY_DEFAULTS: Readonly<DensityOptions> = { weight: 'papers', cells: 160, bandwidth: null };

/** A point the density counts: a paper (mass 1) or a keyword node (mass: its papers). */
interface DensityPoint {
  x: number;
  y: number;
  cluster: number;
  mass: number;
}

function densityPoints(map: Pick<MapFile, 'papers' | 'keywords'>, weight: DensityWeight): DensityPoint[] {
  if (weight === 'keywords') return map.keywords.map((k) => ({ x: k.x, y: k.y, cluster: k.cluster, mass: k.papers }));
  return map.papers.map((p) => ({ x: p.x, y: p.y, cluster: p.cluster, mass: 1 }));
}

/**
 * Kernel density of the map's papers (or keyword weight): each point adds its mass to its cell,
 * and a Gaussian blur (two one-dimensional passes, out to KERNEL_REACH σ) spreads it. Computed once per map;
 * drawing it at any view is then one scaled image, which keeps panning and zooming as fast as
 * without it.
 */
export function computeDensityGrid(
  map: Pick<MapFile, 'papers' | 'keywords'>,
  options: Partial<DensityOptions> = {},
): DensityGrid {
  const { weight, cells, bandwidth } = { ...DENSITY_DEFAULTS, ...options };
  const points = densityPoints(map, weight);
  const extent = pointExtent(points);
  if (!extent) {
    return { x0: 0, y0: 0, cell: 1, cols: 0, rows: 0, values: new Float32Array(0), cluster: new Int32Array(0) };
  }
  const { x0: minX, y0: minY, x1: maxX, y1: maxY } = extent;
  const side = Math.max(maxX - minX, maxY - minY, 1);
  const share = bandwidth ?? Math.min(0.08, Math.max(0.02, 0.3 / Math.sqrt(points.length)));
  const sigma = side * share;
  // A margin of the kernel's reach, so the hills of the outermost papers are not cut off.
  const margin = KERNEL_REACH * sigma;
  const cell = (side + 2 * margin) / cells;
  const x0 = minX - margin;
  const y0 = minY - margin;
  const cols = Math.max(1, Math.ceil((maxX - minX + 2 * margin) / cell));
  const rows = Math.max(1, Math.ceil((maxY - minY + 2 * margin) / cell));
  const n = cols * rows;

  const ids = [...new Set(points.map((p) => p.cluster))].sort((a, b) => a - b);
  const slot = new Map(ids.map((id, i) => [id, i]));
  const layers = ids.map(() => new Float32Array(n));
  for (const p of points) {
    const c = Math.min(cols - 1, Math.floor((p.x - x0) / cell));
    const r = Math.min(rows - 1, Math.floor((p.y - y0) / cell));
    layers[slot.get(p.cluster)!][r * cols + c] += p.mass;
  }
  const kernel = gaussian(sigma / cell);
  const scratch = new Float32Array(n);
  for (const layer of layers) blur(layer, scratch, cols, rows, kernel);

  const values = new Float32Array(n);
  const cluster = new Int32Array(n).fill(-1);
  let max = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let best = 0;
    for (let s = 0; s < layers.length; s++) {
      const v = layers[s][i];
      sum += v;
      if (v > best) {
        best = v;
        cluster[i] = ids[s];
      }
    }
    values[i] = sum;
    if (sum > max) max = sum;
  }
  if (max > 0) for (let i = 0; i < n; i++) values[i] /= max;
  return { x0, y0, cell, cols, rows, values, cluster };
}

/**
 * How far the kernel reaches, in σ. The view shows √density, which lifts a hill's tail: cut at 3σ
 * (1.1% of the peak, √ 10%), each paper's hill ended in a visible step, and the product of two cut
 * kernels has square support, so the map showed rectangles on the dark theme.
 */
const KERNEL_REACH = 4;

/**
 * A normalised Gaussian kernel of σ cells, out to KERNEL_REACH σ and lowered by its value just
 * past there, so that it falls to zero at its ends instead of stopping at a step.
 */
function gaussian(sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(KERNEL_REACH * sigma));
  const kernel = new Float32Array(2 * radius + 1);
  const floor = Math.exp(-((radius + 1) * (radius + 1)) / (2 * sigma * sigma));
  let sum = 0;
  for (let i = -radius; i <= radius; i++) {
    const v = Math.exp(-(i * i) / (2 * sigma * sigma)) - floor;
    kernel[i + radius] = v;
    sum += v;
  }
  for (let i = 0; i < kernel.length; i++) kernel[i] /= sum;
  return kernel;
}

/** Separable blur in place: rows into `scratch`, then columns back into `grid`. */
function blur(grid: Float32Array, scratch: Float32Array, cols: number, rows: number, kernel: Float32Array): void {
  const radius = (kernel.length - 1) / 2;
  for (let r = 0; r < rows; r++) {
    const row = r * cols;
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++) {
        const cc = c + k;
        if (cc >= 0 && cc < cols) sum += grid[row + cc] * kernel[k + radius];
      }
      scratch[row + c] = sum;
    }
  }
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++) {
        const rr = r + k;
        if (rr >= 0 && rr < rows) sum += scratch[rr * cols + c] * kernel[k + radius];
      }
      grid[r * cols + c] = sum;
    }
  }
}

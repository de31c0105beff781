import { interpolateYlOrRd } from 'd3-scale-chromatic';
import { THEMES, type ThemeName, clusterColor, parseColor } from '../style';
import type { DensityGrid, DensityWeight } from './computeDensityGrid';

export type DensityColoring = 'heat' | 'cluster';

/** The density view as shown: its colouring and what it counts. */
export interface DensityMode {
  coloring: DensityColoring;
  weight: DensityWeight;
}

/**
 * The grid as RGBA pixels, one per cell, opaque: the theme's background where there is nothing,
 * towards a heat colour (yellow–orange–red, VOSviewer's density view) or the dominant cluster's
 * colour where papers are dense. √ of the density, so lone papers still show a faint halo.
 */
export function densityPixels(grid: DensityGrid, theme: ThemeName, coloring: DensityColoring): Uint8ClampedArray<ArrayBuffer> {
  const bg = parseColor(THEMES[theme].background) ?? { r: 255, g: 255, b: 255, a: 1 };
  const out = new Uint8ClampedArray(grid.cols * grid.rows * 4);
  const cache = new Map<number, { r: number; g: number; b: number }>();
  const colorOf = (cluster: number): { r: number; g: number; b: number } => {
    let c = cache.get(cluster);
    if (!c) {
      c = parseColor(clusterColor(cluster, theme)) ?? bg;
      cache.set(cluster, c);
    }
    return c;
  };
  for (let i = 0; i < grid.values.length; i++) {
    const t = Math.sqrt(grid.values[i]);
    const c = coloring === 'heat' ? (parseColor(interpolateYlOrRd(0.1 + 0.9 * t)) ?? bg) : colorOf(grid.cluster[i]);
    const a = Math.min(1, t * 0.9);
    out[i * 4] = bg.r + (c.r - bg.r) * a;
    out[i * 4 + 1] = bg.g + (c.g - bg.g) * a;
    out[i * 4 + 2] = bg.b + (c.b - bg.b) * a;
    out[i * 4 + 3] = 255;
  }
  return out;
}

import type { DensityMode } from '../core/analysis';
import type { MapFile } from '../core/map';
import type { SceneView } from '../core/scene';
import type { ThemeName } from '../core/style';
import { createDensityLayer } from './createDensityLayer';

/**
 * The density view as an SVG <image> (a PNG data URL) placed where the canvas draws it for
 * `view`, for the SVG and PNG exports: the exported picture shows the density as drawn. Built from
 * a fresh layer: an export is rare, and the canvas's layer stays the canvas's own.
 */
export function densitySvgImage(map: MapFile, theme: ThemeName, mode: DensityMode, view: SceneView): string | undefined {
  const layer = createDensityLayer();
  if (!layer.underlay(map, theme, mode)) return undefined;
  const image = layer.image();
  if (!image) return undefined;
  const { grid } = image;
  const r = (v: number): string => String(Math.round(v * 100) / 100);
  const x = view.x + grid.x0 * view.k;
  const y = view.y + grid.y0 * view.k;
  const w = grid.cols * grid.cell * view.k;
  const h = grid.rows * grid.cell * view.k;
  return `<image id="density" x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" preserveAspectRatio="none" href="${image.canvas.toDataURL('image/png')}"/>`;
}

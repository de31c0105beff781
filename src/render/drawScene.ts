import type { Scene } from '../core/scene';
import { drawLabels } from './drawLabels';
import { drawShapes } from './drawShapes';
import { labelFont } from './labelFont';

export interface DrawOptions {
  /** Device pixels per CSS pixel; the canvas is `view.width * dpr` wide. */
  dpr: number;
  /**
   * Draw the legend and the caption too. The app shows both as HTML (the legend is clickable),
   * so it leaves them off; an image export would turn them on.
   */
  legend?: boolean;
  caption?: boolean;
  /**
   * Fills the canvas with what lies under the map (the density view) instead of the plain
   * background; the links and nodes are then drawn over it.
   */
  underlay?: (ctx: CanvasRenderingContext2D, dpr: number) => void;
}

/**
 * Draws exactly `scene` on a 2D context: links, nodes, labels (with a halo in the background
 * colour so they read over links), and optionally legend and caption. World coordinates go
 * through the scene's view; stroke widths and font sizes stay in screen pixels.
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, options: DrawOptions): void {
  const { view } = scene;
  const { dpr } = options;
  if (options.underlay) {
    options.underlay(ctx, dpr);
    drawShapes(ctx, scene, { dpr, background: scene.background, keep: true });
  } else drawShapes(ctx, scene, { dpr, background: scene.background });
  drawLabels(ctx, scene.labels, view, scene.background, dpr);

  if (options.legend) drawLegend(ctx, scene);
  if (options.caption && scene.caption) {
    ctx.font = labelFont(11, false);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    ctx.fillStyle = scene.foreground;
    ctx.globalAlpha = 0.7;
    ctx.fillText(scene.caption, 12, view.height - 10);
    ctx.globalAlpha = 1;
  }
}

function drawLegend(ctx: CanvasRenderingContext2D, scene: Scene): void {
  ctx.font = labelFont(12, false);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  scene.legend.forEach((entry, i) => {
    const y = 18 + i * 18;
    ctx.globalAlpha = 1;
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(18, y, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = scene.foreground;
    ctx.fillText(`${entry.label} (${entry.size})`, 30, y);
  });
}

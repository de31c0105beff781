import type { Scene } from '../core/scene';
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
}


/**
 * Draws exactly `scene` on a 2D context: links, nodes, labels (with a halo in the background
 * colour so they read over links), and optionally legend and caption. World coordinates go
 * through the scene's view; stroke widths and font sizes stay in screen pixels.
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, options: DrawOptions): void {
  const { view } = scene;
  const { dpr } = options;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, view.width, view.height);

  const sx = (x: number): number => x * view.k + view.x;
  const sy = (y: number): number => y * view.k + view.y;

  // Links, batched by style: thousands of strokes share a handful of styles.
  let key = '';
  ctx.lineCap = 'round';
  for (const e of scene.edges) {
    const next = `${e.color}|${e.width}|${e.opacity}`;
    if (next !== key) {
      if (key) ctx.stroke();
      key = next;
      ctx.beginPath();
      ctx.strokeStyle = e.color;
      ctx.lineWidth = e.width;
      ctx.globalAlpha = e.opacity;
    }
    const x1 = sx(e.x1);
    const y1 = sy(e.y1);
    const x2 = sx(e.x2);
    const y2 = sy(e.y2);
    // Off screen when both ends lie beyond the same edge of the view.
    if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > view.width && x2 > view.width) || (y1 > view.height && y2 > view.height)) {
      continue;
    }
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  if (key) ctx.stroke();

  // Nodes, batched: consecutive nodes of one style become one path (the scene orders nodes so
  // that styles run together), which is what keeps thousands of circles cheap to draw.
  const nodes = scene.nodes;
  for (let start = 0; start < nodes.length; ) {
    const first = nodes[start];
    let end = start + 1;
    while (
      end < nodes.length &&
      nodes[end].fill === first.fill &&
      nodes[end].opacity === first.opacity &&
      nodes[end].stroke === first.stroke &&
      nodes[end].strokeWidth === first.strokeWidth
    ) {
      end++;
    }
    ctx.globalAlpha = first.opacity;
    ctx.beginPath();
    for (let i = start; i < end; i++) {
      const n = nodes[i];
      const r = Math.max(0.5, n.r * view.k);
      const x = sx(n.x);
      const y = sy(n.y);
      if (x + r < 0 || y + r < 0 || x - r > view.width || y - r > view.height) continue;
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
    }
    ctx.fillStyle = first.fill;
    ctx.fill();
    if (first.strokeWidth > 0) {
      ctx.lineWidth = first.strokeWidth;
      ctx.strokeStyle = first.stroke;
      ctx.stroke();
    }
    start = end;
  }

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of scene.labels) {
    ctx.font = labelFont(l.fontSize, l.bold);
    const x = sx(l.x);
    const y = sy(l.y);
    ctx.globalAlpha = l.opacity;
    ctx.strokeStyle = scene.background;
    ctx.lineWidth = l.kind === 'cluster' ? 4 : 3;
    ctx.strokeText(l.text, x, y);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, x, y);
  }
  ctx.globalAlpha = 1;

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

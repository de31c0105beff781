import type { SceneLabel, SceneView } from '../core/scene';
import { labelFont } from './labelFont';

/** Labels centred on their anchors, with a halo in the background colour so they read over links. */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly SceneLabel[],
  view: SceneView,
  background: string,
  dpr: number,
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of labels) {
    ctx.font = labelFont(l.fontSize, l.bold);
    const x = l.x * view.k + view.x;
    const y = l.y * view.k + view.y;
    ctx.globalAlpha = l.opacity;
    ctx.strokeStyle = background;
    ctx.lineWidth = l.kind === 'cluster' ? 4 : 3;
    ctx.strokeText(l.text, x, y);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, x, y);
  }
  ctx.globalAlpha = 1;
}

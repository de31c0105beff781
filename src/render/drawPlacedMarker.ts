import type { SceneView } from '../core/scene';
import type { Theme } from '../core/style';
import { labelFont } from './labelFont';

/** Outer radius of the marker's star, in CSS pixels (a paper node is 3–8). */
const STAR_RADIUS = 10;
const RING_RADIUS = 16;

/**
 * The marker of a paper placed on the map ("Place a paper"): a star in the foreground colour with
 * a halo, a dashed ring and a "placed paper" label, so it reads as no node of the map (nodes are
 * cluster-coloured discs). Drawn over the painted map, at the map point `at` through `view`;
 * sizes stay in screen pixels. Returns the marker's centre in CSS pixels of the canvas, or null
 * when it lies outside the view.
 */
export function drawPlacedMarker(
  ctx: CanvasRenderingContext2D,
  at: { x: number; y: number },
  view: SceneView,
  dpr: number,
  theme: Theme,
): { x: number; y: number } | null {
  const x = at.x * view.k + view.x;
  const y = at.y * view.k + view.y;
  if (x < -RING_RADIUS || y < -RING_RADIUS || x > view.width + RING_RADIUS || y > view.height + RING_RADIUS) return null;
  ctx.save();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.setLineDash([4, 3]);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = theme.foreground;
  ctx.beginPath();
  ctx.arc(x, y, RING_RADIUS, 0, Math.PI * 2);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? STAR_RADIUS : STAR_RADIUS * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const px = x + r * Math.cos(angle);
    const py = y + r * Math.sin(angle);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = theme.halo;
  ctx.stroke();
  ctx.fillStyle = theme.foreground;
  ctx.fill();
  ctx.font = labelFont(12, true);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3;
  ctx.strokeStyle = theme.halo;
  ctx.strokeText('placed paper', x + RING_RADIUS + 4, y);
  ctx.fillText('placed paper', x + RING_RADIUS + 4, y);
  ctx.restore();
  return { x, y };
}

import { estimateTextWidth } from './estimateTextWidth';
import type { SceneLabel, SceneView } from './scene';

export interface LabelCandidate extends SceneLabel {
  /** Screen pixels to move the label's centre down from its anchor (below a node). */
  dy: number;
}

/** Screen pixels kept free around every label. */
const PADDING = 2;
const CELL = 64;

/**
 * Greedy label placement: candidates come most important first; each is kept when its box on
 * screen lies inside the viewport and touches no label kept before it. More labels fit as the
 * user zooms in, because world distances grow on screen while font sizes do not.
 * The returned labels are anchored at their centre (world units), the text centred on it.
 */
export function placeLabels(candidates: readonly LabelCandidate[], view: SceneView): SceneLabel[] {
  const grid = new Map<number, Box[]>();
  const placed: SceneLabel[] = [];
  for (const { dy, ...label } of candidates) {
    const cx = label.x * view.k + view.x;
    const cy = label.y * view.k + view.y + dy;
    const w = estimateTextWidth(label.text, label.fontSize, label.bold) / 2 + PADDING;
    const h = label.fontSize * 0.65 + PADDING;
    const box: Box = { x0: cx - w, y0: cy - h, x1: cx + w, y1: cy + h };
    if (box.x0 < 0 || box.y0 < 0 || box.x1 > view.width || box.y1 > view.height) continue;
    if (collides(grid, box)) continue;
    insert(grid, box);
    placed.push({ ...label, y: (cy - view.y) / view.k });
  }
  return placed;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function cells(box: Box, visit: (key: number) => boolean | void): boolean {
  const i0 = Math.floor(box.x0 / CELL);
  const i1 = Math.floor(box.x1 / CELL);
  const j0 = Math.floor(box.y0 / CELL);
  const j1 = Math.floor(box.y1 / CELL);
  for (let i = i0; i <= i1; i++) {
    for (let j = j0; j <= j1; j++) {
      if (visit(i * 100_003 + j) === true) return true;
    }
  }
  return false;
}

function collides(grid: Map<number, Box[]>, box: Box): boolean {
  return cells(box, (key) =>
    (grid.get(key) ?? []).some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1),
  );
}

function insert(grid: Map<number, Box[]>, box: Box): void {
  cells(box, (key) => {
    const list = grid.get(key);
    if (list) list.push(box);
    else grid.set(key, [box]);
  });
}

import { estimateTextWidth } from './estimateTextWidth';
import type { SceneLabel, SceneView } from './scene';

export interface LabelCandidate extends SceneLabel {
  /** Screen pixels to move the label's centre down from its anchor (below a node). */
  dy: number;
  /** Other vertical offsets to try, in order, when the first place is taken. */
  alternatives?: readonly number[];
  /**
   * Prefer places off the nodes given as obstacles (cluster names should not hide nodes); when
   * none is free, the label goes over nodes rather than not at all.
   */
  avoidNodes?: boolean;
  /** Slide the label inside the viewport instead of dropping it when it sticks out. */
  clamp?: boolean;
  /** Drop the label if its text is wider than this (screen pixels). */
  maxWidth?: number;
}

/** Width in screen pixels of a label's text. */
export type TextMeasure = (text: string, fontSize: number, bold: boolean) => number;

/** A node's footprint on screen, in pixels. */
export interface ScreenCircle {
  x: number;
  y: number;
  r: number;
}

/** Screen pixels kept free around every label. */
const PADDING = 2;
const CELL = 64;

/**
 * Greedy label placement: candidates come most important first; each is kept when its box on
 * screen lies inside the viewport and touches no label kept before it (and, when it asks, no
 * node). More labels fit as the user zooms in, because world distances grow on screen while font
 * sizes do not. The returned labels are anchored at their centre (world units), the text centred
 * on it.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  view: SceneView,
  /** The nodes labels asking to avoid them keep off; called only if such a label comes up. */
  nodes: () => readonly ScreenCircle[] = () => [],
  measure: TextMeasure = estimateTextWidth,
  /** Screen areas covered by something else (a legend panel over the map): no label goes there. */
  reserved: readonly ScreenBox[] = [],
): SceneLabel[] {
  const labels = new Grid();
  for (const box of reserved) labels.insert(box);
  let obstacles: Grid | null = null;
  const placed: SceneLabel[] = [];
  for (const { dy, alternatives, avoidNodes, clamp, maxWidth, ...label } of candidates) {
    if (avoidNodes && !obstacles) {
      obstacles = new Grid();
      for (const n of nodes()) obstacles.insert({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r });
    }
    const textWidth = measure(label.text, label.fontSize, label.bold);
    if (maxWidth !== undefined && textWidth > maxWidth) continue;
    const w = textWidth / 2 + PADDING;
    const h = label.fontSize * 0.65 + PADDING;
    let cx = label.x * view.k + view.x;
    if (clamp) cx = Math.min(Math.max(cx, w), view.width - w);
    const offsets = [dy, ...(alternatives ?? [])];
    const tries = avoidNodes ? [...offsets.map((o) => [o, 1]), ...offsets.map((o) => [o, 0])] : offsets.map((o) => [o, 0]);
    for (const [offset, offNodes] of tries) {
      const cy = label.y * view.k + view.y + offset;
      const box: Box = { x0: cx - w, y0: cy - h, x1: cx + w, y1: cy + h };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > view.width || box.y1 > view.height) continue;
      if (labels.collides(box)) continue;
      if (offNodes && obstacles?.collides(box)) continue;
      labels.insert(box);
      placed.push({ ...label, x: (cx - view.x) / view.k, y: (cy - view.y) / view.k });
      break;
    }
  }
  return placed;
}

export interface ScreenBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Box = ScreenBox;

/** Boxes bucketed by screen cell, so a collision test looks only at boxes nearby. */
class Grid {
  private readonly cells = new Map<number, Box[]>();

  private keys(box: Box): number[] {
    const keys: number[] = [];
    for (let i = Math.floor(box.x0 / CELL); i <= Math.floor(box.x1 / CELL); i++) {
      for (let j = Math.floor(box.y0 / CELL); j <= Math.floor(box.y1 / CELL); j++) keys.push(i * 100_003 + j);
    }
    return keys;
  }

  collides(box: Box): boolean {
    return this.keys(box).some((key) =>
      (this.cells.get(key) ?? []).some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1),
    );
  }

  insert(box: Box): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }
}

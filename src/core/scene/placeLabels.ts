import { estimateTextWidth } from './estimateTextWidth';
import type { SceneLabel, SceneView } from './scene';

export interface LabelCandidate {
  label: SceneLabel;
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

/** Tells whether a screen box (pixels) covers any node that labels asking to avoid nodes keep off. */
export type NodeQuery = (box: ScreenBox) => boolean;

/** Screen pixels kept free around every label. */
const PADDING = 2;
/** Narrowest glyph of the label font, in ems (a lower bound on any text's width per character). */
const MIN_EM = 0.2;
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
  /** Whether a box covers a node (for labels asking to avoid nodes); none by default. */
  occupied: NodeQuery = () => false,
  measure: TextMeasure = estimateTextWidth,
  /** Screen areas covered by something else (a legend panel over the map): no label goes there. */
  reserved: readonly ScreenBox[] = [],
): SceneLabel[] {
  const labels = new Grid();
  for (const box of reserved) labels.insert(box);
  const placed: SceneLabel[] = [];
  const box: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  for (const { label, dy, alternatives, avoidNodes, clamp, maxWidth } of candidates) {
    const h = label.fontSize * 0.65 + PADDING;
    // Most candidates of a dense map lose; measuring their text is the costly part. A box that
    // is surely narrower than the label (no glyph is under a fifth of an em) tells many of them
    // apart first: if it is blocked everywhere the label could go, so is the label.
    if (!clamp) {
      const narrow = (label.text.length * label.fontSize * MIN_EM) / 2 + PADDING;
      const cx = label.x * view.k + view.x;
      box.x0 = cx - narrow;
      box.x1 = cx + narrow;
      if (box.x0 < 0 || box.x1 > view.width) continue;
      let open = false;
      for (let t = 0; t <= (alternatives?.length ?? 0) && !open; t++) {
        const cy = label.y * view.k + view.y + (t === 0 ? dy : alternatives![t - 1]);
        box.y0 = cy - h;
        box.y1 = cy + h;
        open = box.y0 >= 0 && box.y1 <= view.height && !labels.collides(box);
      }
      if (!open) continue;
    }
    const textWidth = measure(label.text, label.fontSize, label.bold);
    if (maxWidth !== undefined && textWidth > maxWidth) continue;
    const w = textWidth / 2 + PADDING;
    let cx = label.x * view.k + view.x;
    if (clamp) cx = Math.min(Math.max(cx, w), view.width - w);
    box.x0 = cx - w;
    box.x1 = cx + w;
    if (box.x0 < 0 || box.x1 > view.width) continue;
    const tries = (alternatives?.length ?? 0) + 1;
    // Off the nodes first, if asked; then anywhere.
    for (let pass = avoidNodes ? 0 : 1, done = false; pass < 2 && !done; pass++) {
      for (let t = 0; t < tries; t++) {
        const cy = label.y * view.k + view.y + (t === 0 ? dy : alternatives![t - 1]);
        box.y0 = cy - h;
        box.y1 = cy + h;
        if (box.y0 < 0 || box.y1 > view.height) continue;
        if (labels.collides(box)) continue;
        if (pass === 0 && occupied(box)) continue;
        labels.insert({ ...box });
        placed.push({ ...label, x: (cx - view.x) / view.k, y: (cy - view.y) / view.k });
        done = true;
        break;
      }
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

  collides(box: Box): boolean {
    for (let i = Math.floor(box.x0 / CELL); i <= Math.floor(box.x1 / CELL); i++) {
      for (let j = Math.floor(box.y0 / CELL); j <= Math.floor(box.y1 / CELL); j++) {
        const list = this.cells.get(i * 100_003 + j);
        if (!list) continue;
        for (const o of list) if (box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1) return true;
      }
    }
    return false;
  }

  insert(box: Box): void {
    for (let i = Math.floor(box.x0 / CELL); i <= Math.floor(box.x1 / CELL); i++) {
      for (let j = Math.floor(box.y0 / CELL); j <= Math.floor(box.y1 / CELL); j++) {
        const key = i * 100_003 + j;
        const list = this.cells.get(key);
        if (list) list.push(box);
        else this.cells.set(key, [box]);
      }
    }
  }
}

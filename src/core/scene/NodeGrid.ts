import type { ScreenBox } from './placeLabels';
import type { SceneView } from './scene';

/** What NodeGrid needs of a node: world position and radius. */
export interface GridNode {
  x: number;
  y: number;
  r: number;
}

/**
 * Nodes bucketed by world cell (compressed rows), built once per set of nodes and asked for any
 * view: does a screen box touch a node? Label placement asks it for each place it tries for a
 * cluster name, so the 20,000 nodes of a big map are not put in a screen grid on every frame.
 */
export class NodeGrid {
  private readonly nodes: readonly GridNode[];
  private readonly x0: number;
  private readonly y0: number;
  private readonly cell: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  private readonly maxR: number;

  constructor(nodes: readonly GridNode[]) {
    this.nodes = nodes;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let maxR = 0;
    for (const n of nodes) {
      if (n.x < x0) x0 = n.x;
      if (n.y < y0) y0 = n.y;
      if (n.x > x1) x1 = n.x;
      if (n.y > y1) y1 = n.y;
      if (n.r > maxR) maxR = n.r;
    }
    if (nodes.length === 0) x0 = y0 = x1 = y1 = 0;
    // About eight nodes a cell, and never more than 256 cells a side.
    const area = Math.max(1, (x1 - x0) * (y1 - y0));
    this.cell = Math.max(1e-6, Math.sqrt((area * 8) / Math.max(1, nodes.length)), (Math.max(x1 - x0, y1 - y0) || 1) / 256);
    this.x0 = x0;
    this.y0 = y0;
    this.maxR = maxR;
    this.cols = Math.floor((x1 - x0) / this.cell) + 1;
    this.rows = Math.floor((y1 - y0) / this.cell) + 1;
    const cellOf = new Int32Array(nodes.length);
    this.start = new Int32Array(this.cols * this.rows + 1);
    nodes.forEach((n, i) => {
      const c = Math.floor((n.y - y0) / this.cell) * this.cols + Math.floor((n.x - x0) / this.cell);
      cellOf[i] = c;
      this.start[c + 1]++;
    });
    for (let c = 0; c < this.cols * this.rows; c++) this.start[c + 1] += this.start[c];
    const fill = this.start.slice(0, -1);
    this.items = new Int32Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) this.items[fill[cellOf[i]]++] = i;
  }

  /**
   * True when the box touches the screen square around a node (its radius on screen plus `pad`
   * pixels): the test label placement has always made. With `shown`, only nodes i where
   * `shown[i] === 1` count: one grid of a map's nodes answers for any filter of them.
   */
  touches(box: ScreenBox, view: SceneView, pad: number, shown?: ArrayLike<number>): boolean {
    const { k } = view;
    const reach = this.maxR + pad / k;
    const wx0 = (box.x0 - view.x) / k - reach;
    const wx1 = (box.x1 - view.x) / k + reach;
    const wy0 = (box.y0 - view.y) / k - reach;
    const wy1 = (box.y1 - view.y) / k + reach;
    const c0 = Math.max(0, Math.floor((wx0 - this.x0) / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor((wx1 - this.x0) / this.cell));
    const r0 = Math.max(0, Math.floor((wy0 - this.y0) / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor((wy1 - this.y0) / this.cell));
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        const c = row * this.cols + col;
        for (let j = this.start[c]; j < this.start[c + 1]; j++) {
          if (shown && shown[this.items[j]] !== 1) continue;
          const n = this.nodes[this.items[j]];
          const x = n.x * k + view.x;
          const y = n.y * k + view.y;
          const r = n.r * k + pad;
          if (box.x0 < x + r && x - r < box.x1 && box.y0 < y + r && y - r < box.y1) return true;
        }
      }
    }
    return false;
  }
}

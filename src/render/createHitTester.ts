import type { SceneNode } from '../core/scene';

export interface HitTester {
  /** The node under world point (x, y), within `tolerance` world units of its rim; topmost wins. */
  find(x: number, y: number, tolerance: number): SceneNode | null;
}

/** Most cells a side of a size class's grid has (a grid of at most a million cells). */
const MAX_CELLS_PER_SIDE = 1024;
/** Nodes per cell the grid aims at, on average. */
const NODES_PER_CELL = 2;

/**
 * Nodes of one size class in a uniform grid over their centres: cell (col, row) is cell
 * `base + row * cols + col` of the tester's cells, whose places (in draw order) are
 * items[start[c]] .. items[start[c + 1] - 1], ascending.
 */
interface SizeClass {
  maxR: number;
  x0: number;
  y0: number;
  cell: number;
  cols: number;
  rows: number;
  base: number;
}

/**
 * Grids over the drawn nodes, so the pointer finds its node by looking at the few cells around
 * it. Nodes are split by size (radii within a factor of two share a grid): a search must reach as
 * far as the largest radius of the grid it looks in, and with one for all, a map's biggest keyword
 * (60 times a paper's radius at 100,000 papers) made every hover visit the papers of a wide square
 * around the pointer. A grid is built by counting, in typed arrays: at 100,000 papers the
 * quadtrees it replaces took some 60 ms of the page's first hover (the first hover of a map, and
 * the first after a filter that hides, waited for them).
 */
export function createHitTester(nodes: readonly SceneNode[]): HitTester {
  // One pass for each node's size class and each class's extent, one to count the nodes of each
  // cell, one to place them: the cells of every class in one pair of arrays.
  const denseOf = new Map<number, number>();
  const stats: { count: number; maxR: number; x0: number; y0: number; x1: number; y1: number }[] = [];
  const classOf = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    // A node without a place is never under the pointer.
    if (!Number.isFinite(n.x) || !Number.isFinite(n.y)) {
      classOf[i] = -1;
      continue;
    }
    const size = Math.ceil(Math.log2(Math.max(1, n.r)));
    let d = denseOf.get(size);
    if (d === undefined) {
      d = stats.length;
      denseOf.set(size, d);
      stats.push({ count: 0, maxR: 0, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity });
    }
    classOf[i] = d;
    const st = stats[d];
    st.count++;
    if (n.r > st.maxR) st.maxR = n.r;
    if (n.x < st.x0) st.x0 = n.x;
    if (n.x > st.x1) st.x1 = n.x;
    if (n.y < st.y0) st.y0 = n.y;
    if (n.y > st.y1) st.y1 = n.y;
  }
  let cells = 0;
  const classes: SizeClass[] = stats.map((st) => {
    const span = Math.max(st.x1 - st.x0, st.y1 - st.y0);
    const side = Math.min(MAX_CELLS_PER_SIDE, Math.max(1, Math.ceil(Math.sqrt(st.count / NODES_PER_CELL))));
    // Square cells; a class of nodes in one place is one cell.
    const cell = span > 0 ? span / side : 1;
    const cols = Math.max(1, Math.min(MAX_CELLS_PER_SIDE, Math.floor((st.x1 - st.x0) / cell) + 1));
    const rows = Math.max(1, Math.min(MAX_CELLS_PER_SIDE, Math.floor((st.y1 - st.y0) / cell) + 1));
    const g = { maxR: st.maxR, x0: st.x0, y0: st.y0, cell, cols, rows, base: cells };
    cells += cols * rows;
    return g;
  });
  const start = new Int32Array(cells + 1);
  const cellOf = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    if (classOf[i] < 0) continue;
    const g = classes[classOf[i]];
    const n = nodes[i];
    const col = Math.min(g.cols - 1, Math.floor((n.x - g.x0) / g.cell));
    const row = Math.min(g.rows - 1, Math.floor((n.y - g.y0) / g.cell));
    const c = g.base + row * g.cols + col;
    cellOf[i] = c;
    start[c + 1]++;
  }
  for (let c = 0; c < cells; c++) start[c + 1] += start[c];
  const items = new Int32Array(start[cells]);
  const next = start.slice(0, cells);
  // In draw order: each cell's places ascending.
  for (let i = 0; i < nodes.length; i++) if (classOf[i] >= 0) items[next[cellOf[i]]++] = i;

  return {
    find(x, y, tolerance) {
      // Later in draw order is drawn on top, so it is what the user sees under the pointer.
      let best = -1;
      for (const g of classes) {
        const reach = g.maxR + tolerance;
        const ca = Math.max(0, Math.floor((x - reach - g.x0) / g.cell));
        const cb = Math.min(g.cols - 1, Math.floor((x + reach - g.x0) / g.cell));
        const ra = Math.max(0, Math.floor((y - reach - g.y0) / g.cell));
        const rb = Math.min(g.rows - 1, Math.floor((y + reach - g.y0) / g.cell));
        for (let row = ra; row <= rb; row++) {
          for (let col = ca; col <= cb; col++) {
            const c = g.base + row * g.cols + col;
            // Ascending within a cell: the last that holds the point is the topmost of the cell.
            for (let j = start[c + 1] - 1; j >= start[c]; j--) {
              const i = items[j];
              if (i <= best) break;
              const n = nodes[i];
              const dx = n.x - x;
              const dy = n.y - y;
              const rim = n.r + tolerance;
              if (dx * dx + dy * dy <= rim * rim) {
                best = i;
                break;
              }
            }
          }
        }
      }
      return best < 0 ? null : nodes[best];
    },
  };
}

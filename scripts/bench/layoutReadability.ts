import { pointExtent } from '../../src/core/util';
/** A node as the readability metrics see it: position, radius (world units) and cluster. */
export interface PlacedNode {
  x: number;
  y: number;
  r: number;
  cluster: number;
}

export interface LayoutReadability {
  /** Mean over nodes of the share of its `k` nearest neighbours (by centre distance) in its own cluster. */
  neighbourShare: number;
  /** Number of node pairs whose discs overlap: centre distance < r1 + r2. */
  overlaps: number;
}

/**
 * How well a layout reads: clusters as regions (nearest neighbours in the same cluster) and nodes
 * that do not cover each other. Both on a uniform grid, so 100,000 nodes take about a second.
 */
export function layoutReadability(nodes: PlacedNode[], k = 10): LayoutReadability {
  return { neighbourShare: neighbourShare(nodes, k), overlaps: countOverlaps(nodes) };
}

interface Grid {
  x0: number;
  y0: number;
  cell: number;
  cols: number;
  rows: number;
  /** Node indices grouped by cell (CSR: `start[c]..start[c+1]` in `items`). */
  start: Int32Array;
  items: Int32Array;
}

function buildGrid(nodes: PlacedNode[], cell: number, include: (i: number) => boolean = () => true): Grid {
  const { x0, y0, x1, y1 } = pointExtent(nodes) ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
  // At most 4,096 cells a side: a far outlier widens the cells instead of the grid.
  cell = Math.max(cell, (x1 - x0) / 4095, (y1 - y0) / 4095);
  const cols = Math.floor((x1 - x0) / cell) + 1;
  const rows = Math.floor((y1 - y0) / cell) + 1;
  const cellOf = new Int32Array(nodes.length).fill(-1);
  const count = new Int32Array(cols * rows + 1);
  nodes.forEach((n, i) => {
    if (!include(i)) return;
    const cx = Math.min(cols - 1, Math.floor((n.x - x0) / cell));
    const cy = Math.min(rows - 1, Math.floor((n.y - y0) / cell));
    cellOf[i] = cy * cols + cx;
    count[cellOf[i] + 1]++;
  });
  for (let c = 1; c < count.length; c++) count[c] += count[c - 1];
  const start = count.slice();
  const fill = count.slice();
  const items = new Int32Array(start[start.length - 1]);
  cellOf.forEach((c, i) => {
    if (c >= 0) items[fill[c]++] = i;
  });
  return { x0, y0, cell, cols, rows, start, items };
}

function neighbourShare(nodes: PlacedNode[], k: number): number {
  const n = nodes.length;
  if (n < 2) return 1;
  const want = Math.min(k, n - 1);
  const { x0, y0, x1, y1 } = pointExtent(nodes) ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
  // About two nodes a cell on average.
  const grid = buildGrid(nodes, Math.max(1e-9, Math.sqrt(((x1 - x0 || 1) * (y1 - y0 || 1) * 2) / n)));
  const { cell } = grid;
  let total = 0;
  const dist: number[] = [];
  const who: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = nodes[i];
    const cx = Math.min(grid.cols - 1, Math.floor((p.x - grid.x0) / cell));
    const cy = Math.min(grid.rows - 1, Math.floor((p.y - grid.y0) / cell));
    dist.length = 0;
    who.length = 0;
    for (let ring = 0; ; ring++) {
      for (let gy = cy - ring; gy <= cy + ring; gy++) {
        if (gy < 0 || gy >= grid.rows) continue;
        const edge = gy === cy - ring || gy === cy + ring;
        for (let gx = cx - ring; gx <= cx + ring; gx += edge ? 1 : 2 * ring || 1) {
          if (gx < 0 || gx >= grid.cols) continue;
          const c = gy * grid.cols + gx;
          for (let s = grid.start[c]; s < grid.start[c + 1]; s++) {
            const j = grid.items[s];
            if (j === i) continue;
            dist.push(Math.hypot(nodes[j].x - p.x, nodes[j].y - p.y));
            who.push(j);
          }
        }
      }
      // Every node outside the rings searched is at least ring × cell away.
      const covered = ring >= grid.cols && ring >= grid.rows;
      if (dist.length >= want && (covered || kthSmallest(dist, want) <= ring * cell)) break;
      if (covered) break;
    }
    const order = dist.map((_, idx) => idx).sort((a, b) => dist[a] - dist[b] || who[a] - who[b]);
    let same = 0;
    for (let t = 0; t < want; t++) if (nodes[who[order[t]]].cluster === p.cluster) same++;
    total += same / want;
  }
  return total / n;
}

function kthSmallest(values: number[], k: number): number {
  return [...values].sort((a, b) => a - b)[k - 1];
}

function countOverlaps(nodes: PlacedNode[]): number {
  const n = nodes.length;
  if (n < 2) return 0;
  // Most nodes are small papers: grid them by the 98th-percentile radius, and check the few big
  // ones (keywords used by many papers) against every node.
  const radii = nodes.map((p) => p.r).sort((a, b) => a - b);
  const small = Math.max(1e-9, radii[Math.floor(0.98 * (n - 1))]);
  const isBig = (i: number): boolean => nodes[i].r > small;
  const grid = buildGrid(nodes, 2 * small, (i) => !isBig(i));
  let overlaps = 0;
  const overlap = (i: number, j: number): boolean =>
    Math.hypot(nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y) < nodes[i].r + nodes[j].r;
  for (let i = 0; i < n; i++) {
    if (isBig(i)) {
      // Big against everything; a big pair is counted once (j > i).
      for (let j = 0; j < n; j++) if (j !== i && (!isBig(j) || j > i) && overlap(i, j)) overlaps++;
      continue;
    }
    const p = nodes[i];
    const cx = Math.min(grid.cols - 1, Math.floor((p.x - grid.x0) / grid.cell));
    const cy = Math.min(grid.rows - 1, Math.floor((p.y - grid.y0) / grid.cell));
    for (let gy = Math.max(0, cy - 1); gy <= Math.min(grid.rows - 1, cy + 1); gy++) {
      for (let gx = Math.max(0, cx - 1); gx <= Math.min(grid.cols - 1, cx + 1); gx++) {
        const c = gy * grid.cols + gx;
        for (let s = grid.start[c]; s < grid.start[c + 1]; s++) {
          const j = grid.items[s];
          if (j > i && overlap(i, j)) overlaps++;
        }
      }
    }
  }
  return overlaps;
}

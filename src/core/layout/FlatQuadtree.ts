/**
 * A bucket quadtree over points on typed arrays, rebuilt in place as often as needed: the
 * layout's repulsion, collision and overlap removal query one every tick, and d3-quadtree's
 * objects (a node per point, visitor callbacks) cost more than the arithmetic at 100,000 points.
 *
 * Cells are numbered in creation order, a parent before its children, so a loop from the last
 * cell to the first visits children before parents (for sums kept per cell). A cell is a square
 * [x0, x0 + size) × [y0, y0 + size); a leaf holds the points order[start[c] .. end[c]), at most
 * LEAF_SIZE of them unless they sit too close to split further. Deterministic: the same points in
 * the same order give the same tree.
 */
const LEAF_SIZE = 8;
/** Below this size a cell is not split (coincident points would split forever). */
const MIN_CELL = 1e-6;
export const NO_CHILD = -1;

export class FlatQuadtree {
  cellCount = 0;
  /** Point indices grouped by leaf. */
  order = new Int32Array(0);
  x0 = new Float64Array(0);
  y0 = new Float64Array(0);
  size = new Float64Array(0);
  /** Four children per cell (NO_CHILD where a quadrant is empty). */
  child = new Int32Array(0);
  /** 1 for a leaf (a cell that holds its points itself). */
  leaf = new Uint8Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  private stack = new Int32Array(0);

  /** Rebuilds the tree over points (xs[i], ys[i]) for i < n. */
  build(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number): void {
    if (this.order.length < n) this.order = new Int32Array(n);
    const order = this.order;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      order[i] = i;
      const x = xs[i];
      const y = ys[i];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.cellCount = 0;
    if (n === 0) return;
    // Slightly larger than the bounds, so the largest coordinate falls inside the square.
    const size = Math.max(maxX - minX, maxY - minY, MIN_CELL) * (1 + 1e-9) + MIN_CELL;
    this.ensureCells(Math.max(16, Math.ceil(n / 2)));
    this.addCell(minX, minY, size, 0, n);
    // Cells are split in creation order: a queue, not recursion.
    for (let c = 0; c < this.cellCount; c++) {
      const from = this.start[c];
      const to = this.end[c];
      const s = this.size[c];
      if (to - from <= LEAF_SIZE || s <= MIN_CELL) continue;
      const half = s / 2;
      const mx = this.x0[c] + half;
      const my = this.y0[c] + half;
      // Split by y, then each half by x: quadrants 0 (top left), 1 (top right), 2, 3.
      const midY = partition(order, from, to, ys, my);
      const midX0 = partition(order, from, midY, xs, mx);
      const midX1 = partition(order, midY, to, xs, mx);
      const bounds = [from, midX0, midY, midX1, to];
      this.leaf[c] = 0;
      for (let q = 0; q < 4; q++) {
        if (bounds[q + 1] === bounds[q]) continue;
        const cell = this.addCell(q & 1 ? mx : this.x0[c], q & 2 ? my : this.y0[c], half, bounds[q], bounds[q + 1]);
        this.child[4 * c + q] = cell;
      }
    }
  }

  /** A stack for traversals, as deep as any traversal of this tree can need. */
  traversalStack(): Int32Array {
    if (this.stack.length < 4 * this.cellCount + 1) this.stack = new Int32Array(4 * this.cellCount + 1);
    return this.stack;
  }

  private addCell(x0: number, y0: number, size: number, start: number, end: number): number {
    const c = this.cellCount++;
    if (c >= this.size.length) this.ensureCells(2 * this.size.length);
    this.x0[c] = x0;
    this.y0[c] = y0;
    this.size[c] = size;
    this.start[c] = start;
    this.end[c] = end;
    this.child.fill(NO_CHILD, 4 * c, 4 * c + 4);
    this.leaf[c] = 1;
    return c;
  }

  private ensureCells(capacity: number): void {
    if (this.size.length >= capacity) return;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T, per = 1): T => {
      const next = make(capacity * per);
      next.set(old);
      return next;
    };
    this.x0 = grow(this.x0, (k) => new Float64Array(k));
    this.y0 = grow(this.y0, (k) => new Float64Array(k));
    this.size = grow(this.size, (k) => new Float64Array(k));
    this.start = grow(this.start, (k) => new Int32Array(k));
    this.end = grow(this.end, (k) => new Int32Array(k));
    this.child = grow(this.child, (k) => new Int32Array(k), 4);
    this.leaf = grow(this.leaf, (k) => new Uint8Array(k));
  }
}

/**
 * Reorders order[from..to) so that points with coordinate < split come first (stable enough to
 * be deterministic: the same input gives the same output); returns where the rest begins.
 */
function partition(order: Int32Array, from: number, to: number, coords: ArrayLike<number>, split: number): number {
  let i = from;
  let j = to - 1;
  for (;;) {
    while (i <= j && coords[order[i]] < split) i++;
    while (i <= j && coords[order[j]] >= split) j--;
    if (i >= j) return i;
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
    i++;
    j--;
  }
}

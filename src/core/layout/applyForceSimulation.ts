import { FlatQuadtree, NO_CHILD } from './FlatQuadtree';
import { portablePow } from '../util';
import { layoutConfig } from './layoutConfig';

/** Node state the simulation reads and moves: positions are updated in place. */
export interface SimulationNodes {
  count: number;
  x: Float64Array;
  y: Float64Array;
  /** Collision radius (the gap already added). */
  collideRadius: Float64Array;
  /** Many-body strength, negative for repulsion. */
  charge: Float64Array;
  /** Where each node is pulled to (its cluster's centre) and the disc it is kept in. */
  homeX: Float64Array;
  homeY: Float64Array;
  /** Radius of the disc a node should stay in, less its own radius; pulled back past it. */
  homeReach: Float64Array;
}

export interface SimulationLinks {
  count: number;
  source: Int32Array;
  target: Int32Array;
  distance: Float64Array;
  strength: Float64Array;
  /** Share of a link's correction the target takes: d3's bias, degree(source) / both degrees. */
  bias: Float64Array;
}

export interface SimulationOptions {
  ticks: number;
  /** Alpha falls from 1 to this over the ticks. */
  alphaMin: number;
  /** Barnes–Hut accuracy: a cell is one body when its width / distance < theta. */
  theta: number;
  /** Repulsion reaches no further than this. */
  distanceMax: number;
  /** Pull towards the home point, per tick × alpha. */
  homeStrength: number;
  /** Push back into the home disc, per unit outside × alpha. */
  containStrength: number;
  /** Collision runs from this tick on (it is costly and only needed at the end). */
  collideFrom: number;
  collideIterations: number;
  random: () => number;
  /**
   * Nodes (flag 1) whose net force at the start positions is cancelled on every tick (a constant
   * counter-force, scaled by alpha as every force is): they stay where they start unless the forces
   * on them change. An update's old nodes (computeAnchoredLayout) so move only as far as the new
   * nodes and links push them, not towards whatever equilibrium the forces alone would find.
   */
  steady?: Uint8Array;
}

/** d3-force's velocity decay and closest distance for repulsion (squared); see layoutConfig. */
const VELOCITY_DECAY = layoutConfig.velocityDecay;
const DISTANCE_MIN2 = layoutConfig.distanceMin2;

/**
 * A force-directed layout on typed arrays with d3-force's forces and semantics: links (d3's
 * forceLink: spring to a distance, correction split by degree), many-body repulsion (Barnes–Hut,
 * as forceManyBody, but with a true distance cut-off that skips far subtrees), a pull towards
 * each node's home point (forceX / forceY), a push back into its home disc, and collision in the
 * last ticks (forceCollide, strength 1). Same tick order and velocity decay as d3-force; d3's own
 * objects and visitor callbacks cost several times the arithmetic on 100,000 nodes.
 *
 * Only basic arithmetic and square roots (portablePow for the decay), and a seeded generator for
 * the jiggle of coincident nodes, so a browser worker computes the same bits as Node.
 */
export function applyForceSimulation(nodes: SimulationNodes, links: SimulationLinks, options: SimulationOptions): void {
  const n = nodes.count;
  if (n === 0) return;
  const { x, y } = nodes;
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const tree = new FlatQuadtree();
  const random = options.random;
  const jiggle = (): number => (random() - 0.5) * 1e-6;
  const alphaDecay = 1 - portablePow(options.alphaMin, 1 / options.ticks);
  const charge = new ChargeForce(nodes, tree, options, jiggle);
  const collideX = new Float64Array(n);
  const collideY = new Float64Array(n);
  let alpha = 1;

  /** Links, repulsion, the home pull and the push back: velocity changes at `alpha`. */
  const applyForces = (alpha: number): void => {
    // Links, in order, each seeing the velocities earlier links left (as d3's forceLink).
    for (let k = 0; k < links.count; k++) {
      const s = links.source[k];
      const t = links.target[k];
      let dx = x[t] + vx[t] - x[s] - vx[s] || jiggle();
      let dy = y[t] + vy[t] - y[s] - vy[s] || jiggle();
      let l = Math.sqrt(dx * dx + dy * dy);
      l = ((l - links.distance[k]) / l) * alpha * links.strength[k];
      dx *= l;
      dy *= l;
      const b = links.bias[k];
      vx[t] -= dx * b;
      vy[t] -= dy * b;
      vx[s] += dx * (1 - b);
      vy[s] += dy * (1 - b);
    }

    charge.apply(x, y, vx, vy, alpha);

    const pull = options.homeStrength * alpha;
    for (let i = 0; i < n; i++) {
      vx[i] += (nodes.homeX[i] - x[i]) * pull;
      vy[i] += (nodes.homeY[i] - y[i]) * pull;
    }
    for (let i = 0; i < n; i++) {
      const dx = x[i] - nodes.homeX[i];
      const dy = y[i] - nodes.homeY[i];
      const dist = Math.sqrt(dx * dx + dy * dy);
      const over = dist - nodes.homeReach[i];
      if (over <= 0 || dist === 0) continue;
      const k = (options.containStrength * alpha * over) / dist;
      vx[i] -= dx * k;
      vy[i] -= dy * k;
    }
  };

  // The start's forces on steady nodes, to cancel: at alpha 1, from rest, among steady nodes only
  // (what other nodes and their links do to them is the change they are to answer).
  let biasX: Float64Array | undefined;
  let biasY: Float64Array | undefined;
  const steady = options.steady;
  if (steady) {
    const charges = Float64Array.from(nodes.charge);
    const strengths = Float64Array.from(links.strength);
    for (let i = 0; i < n; i++) if (!steady[i]) nodes.charge[i] = 0;
    for (let k = 0; k < links.count; k++) if (!steady[links.source[k]] || !steady[links.target[k]]) links.strength[k] = 0;
    applyForces(1);
    nodes.charge.set(charges);
    links.strength.set(strengths);
    biasX = new Float64Array(n);
    biasY = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (!steady[i]) continue;
      biasX[i] = -vx[i];
      biasY[i] = -vy[i];
    }
    vx.fill(0);
    vy.fill(0);
  }

  for (let tick = 0; tick < options.ticks; tick++) {
    alpha += (0 - alpha) * alphaDecay;
    applyForces(alpha);
    if (biasX && biasY) {
      for (let i = 0; i < n; i++) {
        vx[i] += biasX[i] * alpha;
        vy[i] += biasY[i] * alpha;
      }
    }

    if (tick >= options.collideFrom) {
      for (let iteration = 0; iteration < options.collideIterations; iteration++) {
        applyCollision(nodes, x, y, vx, vy, tree, collideX, collideY, jiggle);
      }
    }

    for (let i = 0; i < n; i++) {
      vx[i] *= 1 - VELOCITY_DECAY;
      vy[i] *= 1 - VELOCITY_DECAY;
      x[i] += vx[i];
      y[i] += vy[i];
    }
  }
}

/** Barnes–Hut repulsion over a FlatQuadtree, with per-cell sums kept between calls' arrays. */
class ChargeForce {
  private value = new Float64Array(0);
  private cx = new Float64Array(0);
  private cy = new Float64Array(0);
  private readonly theta2: number;
  private readonly distanceMax2: number;

  constructor(
    private readonly nodes: SimulationNodes,
    private readonly tree: FlatQuadtree,
    options: SimulationOptions,
    private readonly jiggle: () => number,
  ) {
    this.theta2 = options.theta * options.theta;
    this.distanceMax2 = options.distanceMax * options.distanceMax;
  }

  apply(x: Float64Array, y: Float64Array, vx: Float64Array, vy: Float64Array, alpha: number): void {
    const n = this.nodes.count;
    const q = this.nodes.charge;
    const tree = this.tree;
    tree.build(x, y, n);
    const cells = tree.cellCount;
    if (this.value.length < cells) {
      this.value = new Float64Array(cells * 2);
      this.cx = new Float64Array(cells * 2);
      this.cy = new Float64Array(cells * 2);
    }
    const { value, cx, cy } = this;
    const { order, child, leaf, start, end, size, x0, y0 } = tree;
    // Each cell's total strength and its centre of strength, children before parents.
    for (let c = cells - 1; c >= 0; c--) {
      let v = 0;
      let w = 0;
      let sx = 0;
      let sy = 0;
      if (leaf[c]) {
        for (let k = start[c]; k < end[c]; k++) {
          const i = order[k];
          const a = Math.abs(q[i]);
          v += q[i];
          w += a;
          sx += a * x[i];
          sy += a * y[i];
        }
      } else {
        for (let k = 4 * c; k < 4 * c + 4; k++) {
          const ch = child[k];
          if (ch === NO_CHILD) continue;
          const a = Math.abs(value[ch]);
          v += value[ch];
          w += a;
          sx += a * cx[ch];
          sy += a * cy[ch];
        }
      }
      value[c] = v;
      cx[c] = w > 0 ? sx / w : x0[c] + size[c] / 2;
      cy[c] = w > 0 ? sy / w : y0[c] + size[c] / 2;
    }

    const theta2 = this.theta2;
    const max2 = this.distanceMax2;
    const stack = tree.traversalStack();
    // Nodes in the tree's order (cell by cell), not by index: consecutive nodes are neighbours and
    // walk the same cells, which stay in the processor's cache (at a million nodes, index order
    // jumps across the whole map). Each node's force is its own sum, so the order changes no bit.
    for (let o = 0; o < n; o++) {
      const i = order[o];
      const xi = x[i];
      const yi = y[i];
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top];
        const v = value[c];
        if (v === 0) continue;
        let dx = cx[c] - xi;
        let dy = cy[c] - yi;
        let l = dx * dx + dy * dy;
        const s = size[c];
        if ((s * s) / theta2 < l) {
          // Far enough: the whole cell acts as one body at its centre of strength.
          if (l < max2) {
            if (l < DISTANCE_MIN2) l = Math.sqrt(DISTANCE_MIN2 * l);
            fx += (dx * v) / l;
            fy += (dy * v) / l;
          }
          continue;
        }
        if (leaf[c]) {
          for (let k = start[c]; k < end[c]; k++) {
            const j = order[k];
            if (j === i) continue;
            dx = x[j] - xi;
            dy = y[j] - yi;
            l = dx * dx + dy * dy;
            if (l >= max2) continue;
            if (dx === 0) {
              dx = this.jiggle();
              l += dx * dx;
            }
            if (dy === 0) {
              dy = this.jiggle();
              l += dy * dy;
            }
            if (l < DISTANCE_MIN2) l = Math.sqrt(DISTANCE_MIN2 * l);
            fx += (dx * q[j]) / l;
            fy += (dy * q[j]) / l;
          }
          continue;
        }
        // Skip a subtree whose square lies wholly beyond the cut-off.
        const ex = Math.max(x0[c] - xi, xi - x0[c] - s, 0);
        const ey = Math.max(y0[c] - yi, yi - y0[c] - s, 0);
        if (ex * ex + ey * ey >= max2) continue;
        for (let k = 4 * c; k < 4 * c + 4; k++) if (child[k] !== NO_CHILD) stack[top++] = child[k];
      }
      vx[i] += fx * alpha;
      vy[i] += fy * alpha;
    }
  }
}

/**
 * One iteration of d3's forceCollide (strength 1) over positions x + vx: each pair closer than
 * their radii is pushed apart through the velocities, the larger node moving less. The tree is
 * built on the positions at the start of the iteration (as d3's), pairs see live velocities.
 */
function applyCollision(
  nodes: SimulationNodes,
  x: Float64Array,
  y: Float64Array,
  vx: Float64Array,
  vy: Float64Array,
  tree: FlatQuadtree,
  px: Float64Array,
  py: Float64Array,
  jiggle: () => number,
): void {
  const n = nodes.count;
  const radius = nodes.collideRadius;
  for (let i = 0; i < n; i++) {
    px[i] = x[i] + vx[i];
    py[i] = y[i] + vy[i];
  }
  tree.build(px, py, n);
  const rmax = cellMaxRadius(tree, radius);
  const { order, child, leaf, start, end, size, x0, y0 } = tree;
  const stack = tree.traversalStack();
  for (let i = 0; i < n; i++) {
    const ri = radius[i];
    const ri2 = ri * ri;
    const xi = x[i] + vx[i];
    const yi = y[i] + vy[i];
    let top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const c = stack[--top];
      const reach = ri + rmax[c];
      if (x0[c] > xi + reach || x0[c] + size[c] < xi - reach || y0[c] > yi + reach || y0[c] + size[c] < yi - reach) continue;
      if (!leaf[c]) {
        for (let k = 4 * c; k < 4 * c + 4; k++) if (child[k] !== NO_CHILD) stack[top++] = child[k];
        continue;
      }
      for (let k = start[c]; k < end[c]; k++) {
        const j = order[k];
        if (j <= i) continue;
        const rj = radius[j];
        const r = ri + rj;
        let dx = xi - x[j] - vx[j];
        let dy = yi - y[j] - vy[j];
        let l = dx * dx + dy * dy;
        if (l >= r * r) continue;
        if (dx === 0) {
          dx = jiggle();
          l += dx * dx;
        }
        if (dy === 0) {
          dy = jiggle();
          l += dy * dy;
        }
        l = Math.sqrt(l);
        l = (r - l) / l;
        dx *= l;
        dy *= l;
        const rj2 = rj * rj;
        const share = rj2 / (ri2 + rj2);
        vx[i] += dx * share;
        vy[i] += dy * share;
        vx[j] -= dx * (1 - share);
        vy[j] -= dy * (1 - share);
      }
    }
  }
}

/** The largest radius inside each cell of `tree`. */
export function cellMaxRadius(tree: FlatQuadtree, radius: Float64Array): Float64Array {
  const rmax = new Float64Array(tree.cellCount);
  const { order, child, leaf, start, end } = tree;
  for (let c = tree.cellCount - 1; c >= 0; c--) {
    let r = 0;
    if (leaf[c]) {
      for (let k = start[c]; k < end[c]; k++) if (radius[order[k]] > r) r = radius[order[k]];
    } else {
      for (let k = 4 * c; k < 4 * c + 4; k++) if (child[k] !== NO_CHILD && rmax[child[k]] > r) r = rmax[child[k]];
    }
    rmax[c] = r;
  }
  return rmax;
}

import { quadtree, type QuadtreeInternalNode, type QuadtreeLeaf } from 'd3-quadtree';
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { MapGraph } from './buildGraph';
import type { Clustering } from './detectClusters';
import { keywordRadius, paperRadius } from './nodeRadius';
import { portablePow } from './portableMath';
import { seededRandom } from './seededRandom';
import type { BuildSettings } from './types';

/** World coordinates, rounded to 2 decimals, centred on the origin. */
export interface Layout {
  paperX: number[];
  paperY: number[];
  keywordX: number[];
  keywordY: number[];
}

export type LayoutSettings = Pick<BuildSettings, 'seed'>;

export interface LayoutOptions {
  /** Force-simulation ticks; by default fewer for bigger maps (see layoutTicks). */
  ticks?: number;
}

/** Space kept between any two nodes, world units (more than rounding can eat: 0.01·√2). */
const NODE_GAP = 1;
/** Node area over cluster disc area: how tightly a cluster's disc is sized. */
const CLUSTER_DENSITY = 0.3;
/** Space between the discs of two clusters, as a share of the mean cluster radius. */
const CLUSTER_GAP = 0.15;
/** Pull of each node towards its cluster's centre: what keeps clusters reading as regions. */
const CLUSTER_PULL = 0.2;
/** Links between clusters pull this much less than links inside one: regions stay apart. */
const CROSS_CLUSTER_LINK = 0.25;
/** How hard a node outside its cluster's disc is pulled back (see containInDisc). */
const CONTAIN_STRENGTH = 0.5;
/** Room a keyword's papers get around it, in paper widths per √papers. */
const LINK_SPREAD = 0.8;
/** Collision runs only in the last share of the ticks: it is costly and only needed at the end. */
const COLLIDE_SHARE = 0.2;

interface Node extends SimulationNodeDatum {
  x: number;
  y: number;
  r: number;
  cluster: number;
}

type Link = SimulationLinkDatum<Node> & { weight: number };

/**
 * Ticks for a map of `nodes` nodes: 200 up to 360 nodes, then 120·√(1000 / n) (1,300 nodes: 105;
 * 10,000: 38), never under 30. The start positions are already clustered, so big maps need few
 * ticks to settle, and each tick costs O(n log n).
 */
export function layoutTicks(nodes: number): number {
  return Math.max(30, Math.min(200, Math.round(120 * Math.sqrt(1000 / Math.max(1, nodes)))));
}

/**
 * Positions every paper and keyword so that clusters read as regions and no two nodes overlap.
 *
 * 1. Each cluster gets a disc sized by the area of its nodes; the discs are laid out by a small
 *    force simulation of their own (linked by the weight of links between clusters, kept apart by
 *    collision), so related clusters end up side by side.
 * 2. Keywords start at random points of their cluster's disc, papers at the weighted mean of their
 *    keywords: a start close to the end lets big maps use few ticks.
 * 3. d3-force: paper–keyword links (longer for keywords with many papers, so their papers spread
 *    out instead of jamming a ring; weaker across clusters), many-body repulsion (coarse
 *    Barnes–Hut: theta 1.2, 1.5 past 2,000 nodes), a pull towards the cluster centre, a push back
 *    into the disc for strays, and collision (radius + gap) in the last ticks only.
 * 4. A final pass pushes apart any pair still closer than their radii plus a gap, so the result
 *    never overlaps, then coordinates are centred and rounded to 2 decimals (byte-stable files).
 *
 * Deterministic: start positions and d3-force's jiggle draw from a generator seeded with `seed`.
 * d3-force mutates the node objects, so they are built here and never leave this function.
 */
export function computeLayout(
  graph: MapGraph,
  clustering: Clustering,
  settings: LayoutSettings,
  options: LayoutOptions = {},
): Layout {
  const n = graph.paperCount;
  const m = graph.keywordTerms.length;
  const random = seededRandom(settings.seed);

  const paperLinks = new Array<number>(n).fill(0);
  for (const link of graph.links) paperLinks[link.paper]++;
  const nodes: Node[] = [];
  for (let i = 0; i < n; i++) nodes.push({ x: 0, y: 0, r: paperRadius(paperLinks[i]), cluster: clustering.paperCluster[i] });
  for (let j = 0; j < m; j++) nodes.push({ x: 0, y: 0, r: keywordRadius(graph.keywordPapers[j]), cluster: clustering.keywordCluster[j] });
  if (nodes.length === 0) return { paperX: [], paperY: [], keywordX: [], keywordY: [] };

  const centres = placeClusters(graph, clustering, nodes, random);

  // Start: keywords anywhere in their disc (uniform by area), papers amid their keywords.
  for (let j = 0; j < m; j++) {
    const node = nodes[n + j];
    const c = centres[node.cluster];
    const [u, v] = pointInUnitDisc(random);
    node.x = c.x + c.r * u;
    node.y = c.y + c.r * v;
  }
  const sumX = new Float64Array(n);
  const sumY = new Float64Array(n);
  const sumW = new Float64Array(n);
  for (const link of graph.links) {
    const k = nodes[n + link.keyword];
    sumX[link.paper] += link.weight * k.x;
    sumY[link.paper] += link.weight * k.y;
    sumW[link.paper] += link.weight;
  }
  for (let i = 0; i < n; i++) {
    const c = centres[nodes[i].cluster];
    const jitter = 0.15 * c.r;
    const [u, v] = pointInUnitDisc(random);
    // Half way to the own cluster's centre: a paper linked to keywords of two clusters starts
    // between them but inside its own region.
    const baseX = sumW[i] > 0 ? (sumX[i] / sumW[i] + c.x) / 2 : c.x;
    const baseY = sumW[i] > 0 ? (sumY[i] / sumW[i] + c.y) / 2 : c.y;
    nodes[i].x = baseX + jitter * u;
    nodes[i].y = baseY + jitter * v;
  }

  const links: Link[] = graph.links.map((link) => ({ source: link.paper, target: n + link.keyword, weight: link.weight }));
  const degree = new Array<number>(n + m).fill(0);
  for (const link of links) {
    degree[link.source as number]++;
    degree[link.target as number]++;
  }
  const meanClusterRadius = centres.reduce((s, c) => s + c.r, 0) / centres.length;
  const ticks = options.ticks ?? layoutTicks(nodes.length);
  const alphaMin = 0.001;

  const simulation = forceSimulation<Node, Link>(nodes)
    .randomSource(seededRandom(settings.seed ^ 0x5bd1e995))
    .alphaDecay(1 - portablePow(alphaMin, 1 / ticks))
    .alphaMin(alphaMin)
    .force(
      'link',
      forceLink<Node, Link>(links)
        .distance((l) => {
          // A keyword's papers need room around it: about √(papers) paper widths, not a ring.
          const paper = l.source as Node;
          const keyword = l.target as Node;
          return paper.r + keyword.r + 4 + LINK_SPREAD * (paper.r + NODE_GAP) * Math.sqrt(degree[keyword.index as number]);
        })
        // d3's default strength (1 / smaller degree) keeps hubs from collapsing; weak links pull less.
        .strength((l) => {
          const a = l.source as Node;
          const b = l.target as Node;
          const base = (0.3 + 0.7 * l.weight) / Math.min(degree[a.index as number], degree[b.index as number]);
          return a.cluster === b.cluster ? base : base * CROSS_CLUSTER_LINK;
        }),
    )
    .force(
      'charge',
      forceManyBody<Node>()
        .strength((d) => -6 * d.r)
        .theta(nodes.length > 2000 ? 1.5 : 1.2)
        .distanceMax(2 * meanClusterRadius + 50),
    )
    .force('x', forceX<Node>((d) => centres[d.cluster].x).strength(CLUSTER_PULL))
    .force('y', forceY<Node>((d) => centres[d.cluster].y).strength(CLUSTER_PULL))
    .force('contain', containInDisc(nodes, centres))
    .stop();

  const collideFrom = Math.floor(ticks * (1 - COLLIDE_SHARE));
  for (let t = 0; t < ticks; t++) {
    if (t === collideFrom) simulation.force('collide', forceCollide<Node>((d) => d.r + NODE_GAP).iterations(2));
    simulation.tick();
  }

  separateOverlaps(nodes);

  let cx = 0;
  let cy = 0;
  for (const node of nodes) {
    cx += node.x;
    cy += node.y;
  }
  cx /= nodes.length;
  cy /= nodes.length;
  const round = (v: number): number => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0
  return {
    paperX: nodes.slice(0, n).map((d) => round(d.x - cx)),
    paperY: nodes.slice(0, n).map((d) => round(d.y - cy)),
    keywordX: nodes.slice(n).map((d) => round(d.x - cx)),
    keywordY: nodes.slice(n).map((d) => round(d.y - cy)),
  };
}

/**
 * Pulls a node that strays outside its cluster's disc back towards the disc, in proportion to
 * how far out it is; inside the disc it does nothing, so repulsion can spread a cluster over its
 * whole disc instead of piling it on the centre (which left many overlaps for the end).
 */
function containInDisc(nodes: Node[], centres: ClusterDisc[]): (alpha: number) => void {
  return (alpha) => {
    for (const node of nodes) {
      const c = centres[node.cluster];
      const dx = node.x - c.x;
      const dy = node.y - c.y;
      const dist = Math.sqrt(dx * dx + dy * dy);
      const over = dist - (c.r - node.r);
      if (over <= 0 || dist === 0) continue;
      const k = (CONTAIN_STRENGTH * alpha * over) / dist;
      node.vx = (node.vx ?? 0) - dx * k;
      node.vy = (node.vy ?? 0) - dy * k;
    }
  };
}

/**
 * A uniform random point in the unit disc, by rejection. No trigonometry: engines' Math.sin/cos
 * may differ in the last bit, and a layout must be the same in Node and in a browser worker.
 */
function pointInUnitDisc(random: () => number): [number, number] {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    if (u * u + v * v <= 1) return [u, v];
  }
}

/** The unit vector along (x, y); along x for the zero vector. */
function directionOf([x, y]: [number, number]): [number, number] {
  const length = Math.sqrt(x * x + y * y);
  return length > 0 ? [x / length, y / length] : [1, 0];
}

interface ClusterDisc extends SimulationNodeDatum {
  x: number;
  y: number;
  r: number;
}

/** Centre and radius of each cluster's region, related clusters side by side. */
function placeClusters(graph: MapGraph, clustering: Clustering, nodes: Node[], random: () => number): ClusterDisc[] {
  const k = Math.max(1, clustering.clusterCount);
  const area = new Float64Array(k);
  for (const node of nodes) area[node.cluster] += Math.PI * (node.r + NODE_GAP) * (node.r + NODE_GAP);
  const discs: ClusterDisc[] = [];
  for (let c = 0; c < k; c++) {
    const r = Math.sqrt(area[c] / CLUSTER_DENSITY / Math.PI);
    discs.push({ x: 0, y: 0, r: Math.max(r, 10) });
  }
  const meanR = discs.reduce((s, d) => s + d.r, 0) / k;
  // Spiral-like start, biggest first (ids are by size), so big clusters sit in the middle: the
  // c-th disc at distance ∝ √c, in a random direction.
  discs.forEach((d, c) => {
    const dist = 1.2 * meanR * Math.sqrt(c + 0.5);
    const [u, v] = directionOf(pointInUnitDisc(random));
    d.x = dist * u;
    d.y = dist * v;
  });
  if (k === 1) {
    discs[0].x = 0;
    discs[0].y = 0;
    return discs;
  }

  // Weight of links between each pair of clusters.
  const between = new Map<number, number>();
  for (const link of graph.links) {
    const a = clustering.paperCluster[link.paper];
    const b = clustering.keywordCluster[link.keyword];
    if (a === b) continue;
    const key = Math.min(a, b) * k + Math.max(a, b);
    between.set(key, (between.get(key) ?? 0) + link.weight);
  }
  const max = Math.max(0, ...between.values());
  const links: (SimulationLinkDatum<ClusterDisc> & { weight: number })[] = [...between.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([key, w]) => ({ source: Math.floor(key / k), target: key % k, weight: w / max }));

  const gap = CLUSTER_GAP * meanR;
  forceSimulation<ClusterDisc>(discs)
    .randomSource(random)
    // d3's default decay is computed with Math.pow, which engines may round differently.
    .alphaDecay(1 - portablePow(0.001, 1 / 300))
    .force(
      'link',
      forceLink<ClusterDisc, SimulationLinkDatum<ClusterDisc> & { weight: number }>(links)
        .distance((l) => (l.source as ClusterDisc).r + (l.target as ClusterDisc).r + gap)
        .strength((l) => 0.05 + 0.25 * l.weight),
    )
    .force('collide', forceCollide<ClusterDisc>((d) => d.r + gap / 2).iterations(3))
    .force('x', forceX<ClusterDisc>(0).strength(0.05))
    .force('y', forceY<ClusterDisc>(0).strength(0.05))
    .stop()
    .tick(300);
  return discs;
}

/**
 * Pushes apart every pair of nodes closer than their radii plus half the gap, until none is.
 * Deterministic (index order). Like d3's collide, each quadtree cell carries the largest radius
 * inside it, so a node only visits cells it could touch. The rare dense knot that does not
 * untangle in a few passes is spread by scaling all positions out from their centre, which
 * always ends.
 */
function separateOverlaps(nodes: Node[]): void {
  const minGap = NODE_GAP / 2;
  for (let round = 0; round < 50; round++) {
    // After a full sweep only nodes that moved can be in a new overlap.
    let active: Set<number> | null = null;
    for (let pass = 0; pass < 8; pass++) {
      active = separatePass(nodes, minGap, active);
      if (active.size === 0) return;
    }
    let cx = 0;
    let cy = 0;
    for (const d of nodes) {
      cx += d.x;
      cy += d.y;
    }
    cx /= nodes.length;
    cy /= nodes.length;
    for (const d of nodes) {
      d.x = cx + (d.x - cx) * 1.02;
      d.y = cy + (d.y - cy) * 1.02;
    }
  }
}

type Cell = (QuadtreeInternalNode<Node> | QuadtreeLeaf<Node>) & { r?: number };

/**
 * One sweep over the nodes in `active` (all when null): each pair closer than allowed is pushed
 * apart, half each. Returns the nodes it moved.
 */
function separatePass(nodes: Node[], minGap: number, active: Set<number> | null): Set<number> {
  const moved = new Set<number>();
  const tree = quadtree<Node>()
    .x((d) => d.x)
    .y((d) => d.y)
    .addAll(nodes);
  tree.visitAfter((quad) => {
    const cell = quad as Cell;
    let r = 0;
    if (cell.length) {
      for (const child of cell as (Cell | undefined)[]) if (child && (child.r as number) > r) r = child.r as number;
    } else {
      for (let leaf: QuadtreeLeaf<Node> | undefined = cell as QuadtreeLeaf<Node>; leaf; leaf = leaf.next) r = Math.max(r, leaf.data.r);
    }
    cell.r = r;
  });
  nodes.forEach((a, i) => {
    if (active && !active.has(i)) return;
    tree.visit((quad, x0, y0, x1, y1) => {
      const cell = quad as Cell;
      const reach = a.r + (cell.r as number) + minGap;
      if (x0 > a.x + reach || x1 < a.x - reach || y0 > a.y + reach || y1 < a.y - reach) return true;
      if (cell.length) return false;
      for (let leaf: QuadtreeLeaf<Node> | undefined = cell as QuadtreeLeaf<Node>; leaf; leaf = leaf.next) {
        const b = leaf.data;
        const j = b.index as number;
        // Each pair once: by index among the swept nodes, always against the others.
        if (j === i || (j < i && (!active || active.has(j)))) continue;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let dist = Math.sqrt(dx * dx + dy * dy);
        const need = a.r + b.r + minGap;
        if (dist >= need) continue;
        if (dist === 0) {
          // Coincident: separate along a direction fixed by the indices.
          [dx, dy] = directionOf([((i * 7919) % 13) - 6.5, ((j * 104729) % 11) - 5]);
          dist = 1;
        }
        const push = (need - dist) / 2 / dist;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved.add(i);
        moved.add(j);
      }
      return false;
    });
  });
  return moved;
}

import { forceCollide, forceLink, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { applyForceSimulation, type SimulationLinks, type SimulationNodes } from './applyForceSimulation';
import type { MapGraph } from '../graph';
import type { Clustering } from '../clusters';
import { keywordRadius, paperRadius } from './nodeRadius';
import { portablePow, seededRandom } from '../util';
import { separateOverlaps } from './separateOverlaps';
import type { BuildSettings } from '../map';

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
/**
 * How hard a node outside its cluster's disc is pulled back, in proportion to how far out it is;
 * inside the disc nothing, so repulsion can spread a cluster over its whole disc instead of
 * piling it on the centre (which left many overlaps for the end).
 */
const CONTAIN_STRENGTH = 0.5;
/** Room a keyword's papers get around it, in paper widths per √papers. */
const LINK_SPREAD = 0.8;
/** Collision runs only in the last share of the ticks: it is costly and only needed at the end. */
const COLLIDE_SHARE = 0.2;

interface Node {
  x: number;
  y: number;
  r: number;
  cluster: number;
}

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
 * 3. A force simulation with d3-force's forces on typed arrays (applyForceSimulation):
 *    paper–keyword links (longer for keywords with many papers, so their papers spread out
 *    instead of jamming a ring; weaker across clusters), many-body repulsion (coarse Barnes–Hut:
 *    theta 1.2, 1.5 past 2,000 nodes, cut off at about a cluster's diameter), a pull towards the
 *    cluster centre, a push back into the disc for strays, and collision (radius + gap) in the
 *    last ticks only.
 * 4. A final pass pushes apart any pair still closer than their radii plus a gap, so the result
 *    never overlaps, then coordinates are centred and rounded to 2 decimals (byte-stable files).
 *
 * Deterministic: start positions and the jiggle of coincident nodes draw from generators seeded
 * with `seed`.
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

  // d3-force's link defaults: strength 1 / the smaller degree (so hubs do not collapse), the
  // correction split by degree (bias).
  const degree = new Int32Array(n + m);
  for (const link of graph.links) {
    degree[link.paper]++;
    degree[n + link.keyword]++;
  }
  const linkCount = graph.links.length;
  const links: SimulationLinks = {
    count: linkCount,
    source: new Int32Array(linkCount),
    target: new Int32Array(linkCount),
    distance: new Float64Array(linkCount),
    strength: new Float64Array(linkCount),
    bias: new Float64Array(linkCount),
  };
  graph.links.forEach((link, k) => {
    const s = link.paper;
    const t = n + link.keyword;
    const paper = nodes[s];
    const keyword = nodes[t];
    links.source[k] = s;
    links.target[k] = t;
    // A keyword's papers need room around it: about √(papers) paper widths, not a ring.
    links.distance[k] = paper.r + keyword.r + 4 + LINK_SPREAD * (paper.r + NODE_GAP) * Math.sqrt(degree[t]);
    // Weak links pull less, and links between clusters less again.
    const base = (0.3 + 0.7 * link.weight) / Math.min(degree[s], degree[t]);
    links.strength[k] = paper.cluster === keyword.cluster ? base : base * CROSS_CLUSTER_LINK;
    links.bias[k] = degree[s] / (degree[s] + degree[t]);
  });

  const count = nodes.length;
  const state: SimulationNodes = {
    count,
    x: new Float64Array(count),
    y: new Float64Array(count),
    collideRadius: new Float64Array(count),
    charge: new Float64Array(count),
    homeX: new Float64Array(count),
    homeY: new Float64Array(count),
    homeReach: new Float64Array(count),
  };
  nodes.forEach((node, i) => {
    const home = centres[node.cluster];
    state.x[i] = node.x;
    state.y[i] = node.y;
    state.collideRadius[i] = node.r + NODE_GAP;
    state.charge[i] = -6 * node.r;
    state.homeX[i] = home.x;
    state.homeY[i] = home.y;
    state.homeReach[i] = home.r - node.r;
  });
  const meanClusterRadius = centres.reduce((s, c) => s + c.r, 0) / centres.length;
  const ticks = options.ticks ?? layoutTicks(count);
  applyForceSimulation(state, links, {
    ticks,
    alphaMin: 0.001,
    theta: count > 2000 ? 1.5 : 1.2,
    distanceMax: 2 * meanClusterRadius + 50,
    homeStrength: CLUSTER_PULL,
    containStrength: CONTAIN_STRENGTH,
    collideFrom: Math.floor(ticks * (1 - COLLIDE_SHARE)),
    collideIterations: 2,
    random: seededRandom(settings.seed ^ 0x5bd1e995),
  });

  const radius = new Float64Array(count);
  nodes.forEach((node, i) => (radius[i] = node.r));
  separateOverlaps(state.x, state.y, radius, count, NODE_GAP / 2);

  let cx = 0;
  let cy = 0;
  for (let i = 0; i < count; i++) {
    cx += state.x[i];
    cy += state.y[i];
  }
  cx /= count;
  cy /= count;
  const round = (v: number): number => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0
  const xs = Array.from(state.x, (v) => round(v - cx));
  const ys = Array.from(state.y, (v) => round(v - cy));
  return { paperX: xs.slice(0, n), paperY: ys.slice(0, n), keywordX: xs.slice(n), keywordY: ys.slice(n) };
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

import {
  forceCollide,
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { applyForceSimulation, type SimulationLinks, type SimulationNodes } from './applyForceSimulation';
import type { MapGraph } from '../graph';
import type { Clustering } from '../clusters';
import { keywordRadius, paperRadius } from './nodeRadius';
import { portablePow, seededRandom } from '../util';
import { separateOverlaps } from './separateOverlaps';
import type { BuildSettings } from '../map';
import { layoutConfig as config } from './layoutConfig';

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

/** A node of the layout: papers first, then keywords; x and y are its start, then its place. */
export interface LayoutNode {
  x: number;
  y: number;
  r: number;
  cluster: number;
}

/**
 * Ticks for a map of `nodes` nodes (with the defaults of layoutConfig): 200 up to 360 nodes,
 * then 120·√(1000 / n) (1,300 nodes: 105; 10,000: 38), never under 30. The start positions are
 * already clustered, so big maps need few ticks to settle, and each tick costs O(n log n).
 */
export function layoutTicks(nodes: number): number {
  const { ticksMin, ticksMax, ticksScale, ticksReference } = config;
  return Math.max(ticksMin, Math.min(ticksMax, Math.round(ticksScale * Math.sqrt(ticksReference / Math.max(1, nodes)))));
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
 * with `seed`. Every weight and threshold named here is in layoutConfig.ts, with its reason.
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
  const nodes: LayoutNode[] = [];
  for (let i = 0; i < n; i++) nodes.push({ x: 0, y: 0, r: paperRadius(paperLinks[i]), cluster: clustering.paperCluster[i] });
  for (let j = 0; j < m; j++)
    nodes.push({ x: 0, y: 0, r: keywordRadius(graph.keywordPapers[j]), cluster: clustering.keywordCluster[j] });
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
    const jitter = config.paperStartJitter * c.r;
    const [u, v] = pointInUnitDisc(random);
    // Half way to the own cluster's centre: a paper linked to keywords of two clusters starts
    // between them but inside its own region.
    const baseX = sumW[i] > 0 ? (sumX[i] / sumW[i] + c.x) / 2 : c.x;
    const baseY = sumW[i] > 0 ? (sumY[i] / sumW[i] + c.y) / 2 : c.y;
    nodes[i].x = baseX + jitter * u;
    nodes[i].y = baseY + jitter * v;
  }

  const homes = nodes.map((node) => centres[node.cluster]);
  const homeReach = Float64Array.from(nodes, (node) => centres[node.cluster].r - node.r);
  const meanClusterRadius = centres.reduce((s, c) => s + c.r, 0) / centres.length;
  const ticks = options.ticks ?? layoutTicks(nodes.length);
  return settleLayout(graph, nodes, { homes, homeReach, meanClusterRadius, ticks, seed: settings.seed, centre: true });
}

/** Where the simulation pulls each node, and how it runs (see settleLayout). */
export interface SettleOptions {
  /** Per node (papers, then keywords): the point it is pulled towards. */
  homes: readonly { x: number; y: number }[];
  /** Per node: how far from its home it may stray before the push back starts. */
  homeReach: Float64Array;
  /** Mean radius of the cluster regions: how far repulsion reaches. */
  meanClusterRadius: number;
  ticks: number;
  seed: number;
  /** Move the result's centroid to the origin (a fresh layout); an anchored one keeps its frame. */
  centre: boolean;
  /** Nodes whose start forces are cancelled (SimulationOptions.steady): an update's old nodes. */
  steady?: Uint8Array;
}

/**
 * Steps 3 and 4 of computeLayout, from start positions already in `nodes`: the force simulation,
 * the final overlap removal, centring and rounding. Shared with computeAnchoredLayout.
 */
export function settleLayout(graph: MapGraph, nodes: LayoutNode[], options: SettleOptions): Layout {
  const n = graph.paperCount;
  const m = graph.keywordTerms.length;
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
    links.distance[k] =
      paper.r + keyword.r + config.linkSlack + config.linkSpread * (paper.r + config.nodeGap) * Math.sqrt(degree[t]);
    // Weak links pull less, and links between clusters less again.
    const base = (config.linkStrengthBase + config.linkStrengthWeight * link.weight) / Math.min(degree[s], degree[t]);
    links.strength[k] = paper.cluster === keyword.cluster ? base : base * config.crossClusterLink;
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
    const home = options.homes[i];
    state.x[i] = node.x;
    state.y[i] = node.y;
    state.collideRadius[i] = node.r + config.nodeGap;
    state.charge[i] = -config.repulsionPerRadius * node.r;
    state.homeX[i] = home.x;
    state.homeY[i] = home.y;
    state.homeReach[i] = options.homeReach[i];
  });
  const { meanClusterRadius, ticks } = options;
  applyForceSimulation(state, links, {
    ticks,
    alphaMin: config.alphaMin,
    theta: count > config.largeMapNodes ? config.thetaLarge : config.theta,
    distanceMax: config.repulsionReach * meanClusterRadius + config.repulsionReachPad,
    homeStrength: config.clusterPull,
    containStrength: config.containStrength,
    collideFrom: Math.floor(ticks * (1 - config.collideShare)),
    collideIterations: config.collideIterations,
    random: seededRandom(options.seed ^ 0x5bd1e995),
    ...(options.steady ? { steady: options.steady } : {}),
  });

  const radius = new Float64Array(count);
  nodes.forEach((node, i) => (radius[i] = node.r));
  separateOverlaps(state.x, state.y, radius, count, config.nodeGap / 2);

  let cx = 0;
  let cy = 0;
  if (options.centre) {
    for (let i = 0; i < count; i++) {
      cx += state.x[i];
      cy += state.y[i];
    }
    cx /= count;
    cy /= count;
  }
  const round = (v: number): number => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0
  const xs = Array.from(state.x, (v) => round(v - cx));
  const ys = Array.from(state.y, (v) => round(v - cy));
  return { paperX: xs.slice(0, n), paperY: ys.slice(0, n), keywordX: xs.slice(n), keywordY: ys.slice(n) };
}

/**
 * A uniform random point in the unit disc, by rejection. No trigonometry: engines' Math.sin/cos
 * may differ in the last bit, and a layout must be the same in Node and in a browser worker.
 */
export function pointInUnitDisc(random: () => number): [number, number] {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    if (u * u + v * v <= 1) return [u, v];
  }
}

/** The unit vector along (x, y); along x for the zero vector. */
export function directionOf([x, y]: [number, number]): [number, number] {
  const length = Math.sqrt(x * x + y * y);
  return length > 0 ? [x / length, y / length] : [1, 0];
}

interface ClusterDisc extends SimulationNodeDatum {
  x: number;
  y: number;
  r: number;
}

/** Centre and radius of each cluster's region, related clusters side by side. */
function placeClusters(graph: MapGraph, clustering: Clustering, nodes: LayoutNode[], random: () => number): ClusterDisc[] {
  const k = Math.max(1, clustering.clusterCount);
  const area = new Float64Array(k);
  for (const node of nodes) area[node.cluster] += Math.PI * (node.r + config.nodeGap) * (node.r + config.nodeGap);
  const discs: ClusterDisc[] = [];
  for (let c = 0; c < k; c++) {
    const r = Math.sqrt(area[c] / config.clusterDensity / Math.PI);
    discs.push({ x: 0, y: 0, r: Math.max(r, config.minClusterRadius) });
  }
  const meanR = discs.reduce((s, d) => s + d.r, 0) / k;
  // Spiral-like start, biggest first (ids are by size), so big clusters sit in the middle: the
  // c-th disc at distance ∝ √c, in a random direction.
  discs.forEach((d, c) => {
    const dist = config.clusterSpiralStep * meanR * Math.sqrt(c + 0.5);
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

  const gap = config.clusterGap * meanR;
  forceSimulation<ClusterDisc>(discs)
    .randomSource(random)
    // d3's default decay is computed with Math.pow, which engines may round differently.
    .alphaDecay(1 - portablePow(config.clusterAlphaMin, 1 / config.clusterTicks))
    .force(
      'link',
      forceLink<ClusterDisc, SimulationLinkDatum<ClusterDisc> & { weight: number }>(links)
        .distance((l) => (l.source as ClusterDisc).r + (l.target as ClusterDisc).r + gap)
        .strength((l) => config.clusterLinkStrengthBase + config.clusterLinkStrengthWeight * l.weight),
    )
    .force('collide', forceCollide<ClusterDisc>((d) => d.r + gap / 2).iterations(config.clusterCollideIterations))
    .force('x', forceX<ClusterDisc>(0).strength(config.clusterCentring))
    .force('y', forceY<ClusterDisc>(0).strength(config.clusterCentring))
    .stop()
    .tick(config.clusterTicks);
  return discs;
}

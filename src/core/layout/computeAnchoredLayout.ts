import type { MapGraph } from '../graph';
import type { Clustering } from '../clusters';
import { seededRandom } from '../util';
import {
  type Layout,
  type LayoutNode,
  type LayoutSettings,
  directionOf,
  layoutTicks,
  pointInUnitDisc,
  settleLayout,
} from './computeLayout';
import { keywordRadius, paperRadius } from './nodeRadius';
import { layoutConfig as config } from './layoutConfig';

/**
 * Where the nodes of a previous map were (an update, issue 12): per paper and per keyword of the
 * graph, in graph order, the old x and y, NaN for a node the previous map did not have.
 */
export interface LayoutAnchors {
  paperX: Float64Array;
  paperY: Float64Array;
  keywordX: Float64Array;
  keywordY: Float64Array;
  /**
   * Per node (papers, then keywords), how far it may drift from its old place before it is pulled
   * back hard, in world units; 0 (the default) for every node when absent. An update gives papers
   * that changed cluster some room, so they can lean towards their new cluster.
   */
  slack?: Float64Array;
}

/**
 * A layout that keeps a previous map's places: every node the previous map had starts where it
 * was and is held there by a spring (the simulation's home pull plus its push back, with the old
 * place as home and no room), and the forces on it at the start, among old nodes, are cancelled
 * (SimulationOptions.steady), so it moves only as far as the new nodes push it. New nodes start
 * amid what they link to: a keyword at the weighted mean of its anchored papers (half way to its
 * cluster's centre), a paper at the weighted mean of its keywords; a cluster with no anchored
 * member gets a region of its own just outside the old map, towards what it links to. Then a
 * shorter simulation than a fresh layout's (layoutConfig.anchoredTicksShare), overlap removal and
 * rounding; the old frame is kept (no re-centring), so a node with nothing new around it stays put.
 *
 * Deterministic, as computeLayout: start jitter and the simulation's jiggle are seeded.
 */
export function computeAnchoredLayout(
  graph: MapGraph,
  clustering: Clustering,
  settings: LayoutSettings,
  anchors: LayoutAnchors,
): Layout {
  const n = graph.paperCount;
  const m = graph.keywordTerms.length;
  const random = seededRandom(settings.seed);
  const paperLinks = new Array<number>(n).fill(0);
  for (const link of graph.links) paperLinks[link.paper]++;
  const nodes: LayoutNode[] = [];
  const anchored = new Uint8Array(n + m);
  for (let i = 0; i < n; i++) {
    const x = anchors.paperX[i];
    const y = anchors.paperY[i];
    anchored[i] = Number.isFinite(x) && Number.isFinite(y) ? 1 : 0;
    nodes.push({
      x: anchored[i] ? x : 0,
      y: anchored[i] ? y : 0,
      r: paperRadius(paperLinks[i]),
      cluster: clustering.paperCluster[i],
    });
  }
  for (let j = 0; j < m; j++) {
    const x = anchors.keywordX[j];
    const y = anchors.keywordY[j];
    anchored[n + j] = Number.isFinite(x) && Number.isFinite(y) ? 1 : 0;
    const r = keywordRadius(graph.keywordPapers[j]);
    nodes.push({ x: anchored[n + j] ? x : 0, y: anchored[n + j] ? y : 0, r, cluster: clustering.keywordCluster[j] });
  }
  if (nodes.length === 0) return { paperX: [], paperY: [], keywordX: [], keywordY: [] };

  const regions = clusterRegions(graph, clustering, nodes, anchored, random);

  // New keywords: amid their anchored papers, half way to their cluster's centre.
  const sumX = new Float64Array(n + m);
  const sumY = new Float64Array(n + m);
  const sumW = new Float64Array(n + m);
  for (const link of graph.links) {
    if (!anchored[link.paper]) continue;
    const k = n + link.keyword;
    sumX[k] += link.weight * nodes[link.paper].x;
    sumY[k] += link.weight * nodes[link.paper].y;
    sumW[k] += link.weight;
  }
  for (let j = n; j < n + m; j++)
    if (!anchored[j]) placeNew(nodes[j], regions[nodes[j].cluster], sumX[j], sumY[j], sumW[j], random);
  // New papers: amid their keywords (old or just placed), half way to their cluster's centre.
  sumX.fill(0);
  sumY.fill(0);
  sumW.fill(0);
  for (const link of graph.links) {
    if (anchored[link.paper]) continue;
    const k = nodes[n + link.keyword];
    sumX[link.paper] += link.weight * k.x;
    sumY[link.paper] += link.weight * k.y;
    sumW[link.paper] += link.weight;
  }
  for (let i = 0; i < n; i++) if (!anchored[i]) placeNew(nodes[i], regions[nodes[i].cluster], sumX[i], sumY[i], sumW[i], random);

  const homes = nodes.map((node, i) => (anchored[i] ? { x: node.x, y: node.y } : regions[node.cluster]));
  const homeReach = Float64Array.from(nodes, (node, i) =>
    anchored[i] ? (anchors.slack?.[i] ?? 0) : regions[node.cluster].r - node.r,
  );
  const meanClusterRadius = regions.reduce((s, c) => s + c.r, 0) / regions.length;
  const ticks = Math.max(1, Math.round(layoutTicks(nodes.length) * config.anchoredTicksShare));
  return settleLayout(graph, nodes, {
    homes,
    homeReach,
    meanClusterRadius,
    ticks,
    seed: settings.seed,
    centre: false,
    steady: anchored,
  });
}

interface Region {
  x: number;
  y: number;
  r: number;
}

/** A new node's start: the weighted mean of what it links to, half way to its region's centre, jittered. */
function placeNew(node: LayoutNode, region: Region, sumX: number, sumY: number, sumW: number, random: () => number): void {
  const [u, v] = pointInUnitDisc(random);
  if (sumW > 0) {
    const jitter = config.paperStartJitter * region.r;
    node.x = (sumX / sumW + region.x) / 2 + jitter * u;
    node.y = (sumY / sumW + region.y) / 2 + jitter * v;
  } else {
    node.x = region.x + region.r * u;
    node.y = region.y + region.r * v;
  }
}

/**
 * Each cluster's region: its size from the area of its nodes (as a fresh layout sizes it), its
 * centre at the mean of its anchored members; a cluster with none sits just outside the old map,
 * in the direction of the anchored nodes its members link to (or a seeded direction), clusters
 * placed so further out one after another.
 */
function clusterRegions(
  graph: MapGraph,
  clustering: Clustering,
  nodes: LayoutNode[],
  anchored: Uint8Array,
  random: () => number,
): Region[] {
  const n = graph.paperCount;
  const k = Math.max(1, clustering.clusterCount);
  const area = new Float64Array(k);
  const sx = new Float64Array(k);
  const sy = new Float64Array(k);
  const count = new Float64Array(k);
  let mx = 0;
  let my = 0;
  let anchoredCount = 0;
  nodes.forEach((node, i) => {
    area[node.cluster] += Math.PI * (node.r + config.nodeGap) * (node.r + config.nodeGap);
    if (!anchored[i]) return;
    sx[node.cluster] += node.x;
    sy[node.cluster] += node.y;
    count[node.cluster]++;
    mx += node.x;
    my += node.y;
    anchoredCount++;
  });
  if (anchoredCount > 0) {
    mx /= anchoredCount;
    my /= anchoredCount;
  }
  let reach = 0;
  nodes.forEach((node, i) => {
    if (!anchored[i]) return;
    const d = Math.sqrt((node.x - mx) ** 2 + (node.y - my) ** 2) + node.r;
    if (d > reach) reach = d;
  });
  // Where the anchored ends of each cluster's links lie, for a cluster with no anchored member.
  const towardX = new Float64Array(k);
  const towardY = new Float64Array(k);
  const towardW = new Float64Array(k);
  for (const link of graph.links) {
    const p = link.paper;
    const w = n + link.keyword;
    for (const [from, to] of [
      [p, w],
      [w, p],
    ]) {
      const c = nodes[from].cluster;
      if (count[c] > 0 || !anchored[to]) continue;
      towardX[c] += link.weight * nodes[to].x;
      towardY[c] += link.weight * nodes[to].y;
      towardW[c] += link.weight;
    }
  }
  const regions: Region[] = [];
  for (let c = 0; c < k; c++) {
    const r = Math.max(Math.sqrt(area[c] / config.clusterDensity / Math.PI), config.minClusterRadius);
    if (count[c] > 0) {
      regions.push({ x: sx[c] / count[c], y: sy[c] / count[c], r });
      continue;
    }
    const [u, v] =
      towardW[c] > 0
        ? directionOf([towardX[c] / towardW[c] - mx, towardY[c] / towardW[c] - my])
        : directionOf(pointInUnitDisc(random));
    const gap = config.clusterGap * r;
    regions.push({ x: mx + (reach + gap + r) * u, y: my + (reach + gap + r) * v, r });
    // The next new cluster goes beyond this one, so two new clusters do not start on one spot.
    reach += gap + 2 * r;
  }
  return regions;
}

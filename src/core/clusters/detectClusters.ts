import type { MapGraph } from '../graph';
import { bestOfStarts, louvain, type WeightedEdges } from './louvain';
import { nearestPapers } from './nearestPapers';
import { seededRandom } from '../util';
import { CLUSTER_DEFAULTS } from './clusterConfig';
import type { BuildSettings } from '../map';

export interface Clustering {
  /** Cluster id of each paper (ids 0..clusterCount-1, by number of papers descending). */
  paperCluster: number[];
  /** Cluster id of each keyword node. */
  keywordCluster: number[];
  clusterCount: number;
  /**
   * Id of the catch-all cluster of papers with nothing to cluster them by (no shared words and no
   * keyword links, or a group too small to stand alone that is linked to nothing else); -1 when
   * there is none. It is always the last id, whatever its size.
   */
  unclustered: number;
}

export type ClusterSettings = Pick<BuildSettings, 'resolution' | 'seed'>;

export type ClusterTuning = typeof CLUSTER_DEFAULTS;

/**
 * Louvain communities of papers and keyword nodes.
 *
 * The graph: each paper linked to its most similar papers (cosine of word vectors, see
 * nearestPapers) plus the map's paper–keyword links, down-weighted. Clustering on the keyword
 * links alone was far worse (NMI 0.05 against 0.18 on the medical-abstracts benchmark): a map
 * keeps a few hundred keywords, which leave most of each paper's text out.
 *
 * Deterministic: nodes and edges are added in index order and Louvain's random node order draws
 * from generators seeded with `seed`: the best (highest modularity) of several random starts is
 * kept (bestOfStarts; CLUSTER_DEFAULTS.starts, startsEdgeBudget). After Louvain, a cluster with
 * too few papers (see CLUSTER_DEFAULTS) is merged into the cluster it shares the most edge weight with, smallest
 * first; one that shares none (a paper with no words and no links, or a small island) goes to
 * the `unclustered` catch-all. Keyword-only communities are merged the same way. Ids are then
 * renumbered by number of papers descending, ties by the smallest member (papers before
 * keywords), so they do not depend on Louvain's internal labels.
 *
 * `initial` (an update, src/core/living): a group per node (papers, then keywords; -1 for none),
 * usually the previous map's clusters, that Louvain starts from instead of singletons.
 */
export function detectClusters(
  graph: MapGraph,
  settings: ClusterSettings,
  tuning: Partial<ClusterTuning> = {},
  initial?: Int32Array,
): Clustering {
  const options = { ...CLUSTER_DEFAULTS, ...tuning };
  const n = graph.paperCount;
  const m = graph.keywordTerms.length;
  // Node i < n is paper i; node n + j is keyword j. Edges of weight 0 are left out.
  const pairs = nearestPapers(graph, options.neighbours);
  const capacity = pairs.count + graph.links.length;
  const edges: WeightedEdges = {
    count: 0,
    source: new Int32Array(capacity),
    target: new Int32Array(capacity),
    weight: new Float64Array(capacity),
  };
  const addEdge = (a: number, b: number, w: number): void => {
    if (!(w > 0)) return;
    edges.source[edges.count] = a;
    edges.target[edges.count] = b;
    edges.weight[edges.count] = w;
    edges.count++;
  };
  for (let i = 0; i < pairs.count; i++) addEdge(pairs.a[i], pairs.b[i], pairs.similarity[i]);
  for (const link of graph.links) addEdge(link.paper, n + link.keyword, link.weight * options.keywordWeight);

  const community = new Array<number>(n + m).fill(-1);
  const resolution = settings.resolution * options.resolutionScale;
  // An update starts once, from the previous clusters; a new map takes the best of several
  // random starts, as many as the budget affords (CLUSTER_DEFAULTS.starts).
  const affordable = Math.floor(options.startsEdgeBudget / Math.max(1, edges.count));
  const starts = Math.max(1, Math.min(Math.floor(options.starts), affordable));
  const found = initial
    ? louvain(n + m, edges, { resolution, random: seededRandom(settings.seed), initial })
    : bestOfStarts(n + m, edges, { resolution, seed: settings.seed, starts });
  for (let i = 0; i < n + m; i++) community[i] = found[i];

  // A node without edges has nothing to be clustered by.
  const UNCLUSTERED = -2;
  const degree = new Int32Array(n + m);
  for (let k = 0; k < edges.count; k++) {
    degree[edges.source[k]]++;
    degree[edges.target[k]]++;
  }
  for (let i = 0; i < n + m; i++) if (degree[i] === 0) community[i] = UNCLUSTERED;

  mergeSmallCommunities(community, edges, n, Math.max(options.minPapers, Math.ceil(options.minShare * n)), UNCLUSTERED);
  return renumber(community, n, UNCLUSTERED);
}

function mergeSmallCommunities(
  community: number[],
  edges: WeightedEdges,
  n: number,
  minPapers: number,
  unclustered: number,
): void {
  // Each pass merges every small community once (smallest first); a merge can leave the target
  // still small, hence the passes. Each pass is one sweep over the edges.
  for (let pass = 0; pass < 100; pass++) {
    const { papers, firstMember } = censusOf(community, n, unclustered);
    // A lone community is kept whatever its size: merging it would leave nothing.
    if (papers.size <= 1) return;
    const small = [...papers.keys()]
      .filter((c) => (papers.get(c) as number) < minPapers)
      .sort(
        (a, b) =>
          (papers.get(a) as number) - (papers.get(b) as number) ||
          (firstMember.get(a) as number) - (firstMember.get(b) as number),
      );
    if (small.length === 0) return;

    const isSmall = new Set(small);
    const shared = new Map<number, Map<number, number>>();
    const add = (from: number, to: number, w: number): void => {
      let row = shared.get(from);
      if (row === undefined) shared.set(from, (row = new Map()));
      row.set(to, (row.get(to) ?? 0) + w);
    };
    for (let k = 0; k < edges.count; k++) {
      const w = edges.weight[k];
      const ca = community[edges.source[k]];
      const cb = community[edges.target[k]];
      if (ca === cb || ca === unclustered || cb === unclustered) continue;
      if (isSmall.has(ca)) add(ca, cb, w);
      if (isSmall.has(cb)) add(cb, ca, w);
    }

    const mergedInto = new Map<number, number>();
    const find = (c: number): number => {
      let root = c;
      while (mergedInto.has(root)) root = mergedInto.get(root) as number;
      return root;
    };
    for (const c of small) {
      // It may have grown big enough by taking in smaller ones earlier in this pass.
      if ((papers.get(c) as number) >= minPapers) continue;
      const weightTo = new Map<number, number>();
      for (const [other, w] of shared.get(c) ?? []) {
        const root = find(other);
        if (root !== c) weightTo.set(root, (weightTo.get(root) ?? 0) + w);
      }
      // Prefer a community big enough to stand: joining another small one first would let a run
      // of tiny communities (a high resolution) chain into one.
      let target = unclustered;
      let best = 0;
      let bestBig = false;
      for (const [other, w] of weightTo) {
        const big = (papers.get(other) as number) >= minPapers;
        const earlier = target === unclustered || (firstMember.get(other) as number) < (firstMember.get(target) as number);
        if ((big && !bestBig) || (big === bestBig && (w > best || (w === best && earlier)))) {
          best = w;
          target = other;
          bestBig = big;
        }
      }
      mergedInto.set(c, target);
      if (target !== unclustered) papers.set(target, (papers.get(target) as number) + (papers.get(c) as number));
    }
    for (let i = 0; i < community.length; i++) if (community[i] !== unclustered) community[i] = find(community[i]);
  }
}

/**
 * Communities (one per node: papers, then keywords; `unclustered` marks the catch-all) as a
 * Clustering: ids by number of papers descending, ties by first member, the catch-all last.
 */
export function renumber(community: number[], n: number, unclustered: number): Clustering {
  const { papers, firstMember } = censusOf(community, n, unclustered);
  const order = [...papers.keys()].sort(
    (a, b) =>
      (papers.get(b) as number) - (papers.get(a) as number) || (firstMember.get(a) as number) - (firstMember.get(b) as number),
  );
  const id = new Map(order.map((c, i) => [c, i]));
  const hasUnclustered = community.some((c) => c === unclustered);
  const unclusteredId = hasUnclustered ? order.length : -1;
  const final = community.map((c) => (c === unclustered ? unclusteredId : (id.get(c) as number)));
  return {
    paperCluster: final.slice(0, n),
    keywordCluster: final.slice(n),
    clusterCount: order.length + (hasUnclustered ? 1 : 0),
    unclustered: unclusteredId,
  };
}

/**
 * Per community (the unclustered one left out): how many papers (nodes below `n`) it holds, and
 * its first member, which breaks ties between equal sizes the same way on every run.
 */
function censusOf(
  community: readonly number[],
  n: number,
  unclustered: number,
): { papers: Map<number, number>; firstMember: Map<number, number> } {
  const papers = new Map<number, number>();
  const firstMember = new Map<number, number>();
  community.forEach((c, i) => {
    if (c === unclustered) return;
    if (!firstMember.has(c)) firstMember.set(c, i);
    papers.set(c, (papers.get(c) ?? 0) + (i < n ? 1 : 0));
  });
  return { papers, firstMember };
}

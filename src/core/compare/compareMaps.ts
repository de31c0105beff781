import type { MapCluster, MapFile } from '../map';
import { compareKeys } from '../util';
import { COMPARE_CONFIG } from './compareConfig';

export type ClusterTrend = 'grown' | 'shrunk' | 'same' | 'new' | 'gone';

/** One cluster of the first map and its match on the second, or one without a match. */
export interface ClusterComparison {
  trend: ClusterTrend;
  /** The cluster on the first map; null for a cluster only the second map has. */
  before: { id: number; label: string; size: number } | null;
  /** Its match on the second map; null for a cluster the second map lacks. */
  after: { id: number; label: string; size: number } | null;
  /** Papers (by id) in both the cluster and its match. */
  sharedPapers: number;
  /** Papers of the match not in the cluster, and papers of the cluster not in the match. */
  papersIn: number;
  papersOut: number;
  /** Jaccard indices of the two clusters' papers and keyword nodes, 4 decimals (0 without a match). */
  paperJaccard: number;
  keywordJaccard: number;
  /**
   * Keyword nodes the match has and the cluster lacks, and the reverse: the few with the most
   * papers (on the map they are on), as shown.
   */
  keywordsGained: string[];
  keywordsLost: string[];
}

export interface MapComparison {
  /** The first map's clusters in its order, then the clusters only the second has, in its order. */
  clusters: ClusterComparison[];
  papers: { before: number; after: number; shared: number };
  counts: Record<ClusterTrend, number>;
}

interface Members {
  cluster: MapCluster;
  papers: Set<string>;
  /** Keyword id → its term and number of papers. */
  keywords: Map<string, { term: string; papers: number }>;
}

function membersOf(map: MapFile): Members[] {
  const byId = new Map<number, Members>();
  const out = map.clusters.map((cluster) => {
    const members: Members = { cluster, papers: new Set<string>(), keywords: new Map() };
    byId.set(cluster.id, members);
    return members;
  });
  for (const paper of map.papers) byId.get(paper.cluster)?.papers.add(paper.id);
  for (const keyword of map.keywords) byId.get(keyword.cluster)?.keywords.set(keyword.id, keyword);
  return out;
}

/** A set, or a map's keys. */
interface Keyed<T> {
  size: number;
  keys(): Iterable<T>;
  has(key: T): boolean;
}

function overlap<T>(a: Keyed<T>, b: Keyed<T>): number {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const key of small.keys()) if (large.has(key)) shared++;
  return shared;
}

const jaccard = (shared: number, a: number, b: number): number => (a + b - shared > 0 ? shared / (a + b - shared) : 0);
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Which of the first map's clusters grew, shrank, stayed, or are gone on the second map, and which
 * clusters are new there, without rebuilding either. Clusters are matched one to one by the mean
 * of two Jaccard indices, over their papers (by paper id) and over their keyword nodes (by keyword
 * id, the stemmed key, so the same phrase matches across maps), best pairs first (ties: first
 * map's cluster id, then the second's), down to COMPARE_CONFIG.minScore. A matched cluster grew or
 * shrank by its share of its map's papers (shareTrend): a second map of more papers would
 * otherwise have every cluster grow. Deterministic: the same two maps give the same answer.
 */
export function compareMaps(first: MapFile, second: MapFile): MapComparison {
  const before = membersOf(first);
  const after = membersOf(second);
  const pairs: { i: number; j: number; score: number; shared: number; pj: number; kj: number }[] = [];
  for (let i = 0; i < before.length; i++) {
    for (let j = 0; j < after.length; j++) {
      const a = before[i];
      const b = after[j];
      const shared = overlap(a.papers, b.papers);
      const pj = jaccard(shared, a.papers.size, b.papers.size);
      const kj = jaccard(overlap(a.keywords, b.keywords), a.keywords.size, b.keywords.size);
      const score = (pj + kj) / 2;
      if (score >= COMPARE_CONFIG.minScore) pairs.push({ i, j, score, shared, pj, kj });
    }
  }
  pairs.sort(
    (x, y) =>
      y.score - x.score || before[x.i].cluster.id - before[y.i].cluster.id || after[x.j].cluster.id - after[y.j].cluster.id,
  );
  const matchOf = new Map<number, (typeof pairs)[number]>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (matchOf.has(pair.i) || taken.has(pair.j)) continue;
    matchOf.set(pair.i, pair);
    taken.add(pair.j);
  }

  const summary = (m: Members) => ({ id: m.cluster.id, label: m.cluster.label, size: m.papers.size });
  // The biggest first (ties by key): the first few of an alphabetical list said little.
  const listed = (from: Members['keywords'], without: Members['keywords']): string[] =>
    [...from]
      .filter(([id]) => !without.has(id))
      .sort((x, y) => y[1].papers - x[1].papers || compareKeys(x[0], y[0]))
      .slice(0, COMPARE_CONFIG.keywordsListed)
      .map(([, keyword]) => keyword.term);

  const clusters: ClusterComparison[] = before.map((a, i) => {
    const pair = matchOf.get(i);
    if (!pair) {
      return {
        trend: 'gone',
        before: summary(a),
        after: null,
        sharedPapers: 0,
        papersIn: 0,
        papersOut: a.papers.size,
        paperJaccard: 0,
        keywordJaccard: 0,
        keywordsGained: [],
        keywordsLost: listed(a.keywords, new Map()),
      };
    }
    const b = after[pair.j];
    const trend = shareTrend(a.papers.size / Math.max(1, first.papers.length), b.papers.size / Math.max(1, second.papers.length));
    return {
      trend,
      before: summary(a),
      after: summary(b),
      sharedPapers: pair.shared,
      papersIn: b.papers.size - pair.shared,
      papersOut: a.papers.size - pair.shared,
      paperJaccard: round4(pair.pj),
      keywordJaccard: round4(pair.kj),
      keywordsGained: listed(b.keywords, a.keywords),
      keywordsLost: listed(a.keywords, b.keywords),
    };
  });
  after.forEach((b, j) => {
    if (taken.has(j)) return;
    clusters.push({
      trend: 'new',
      before: null,
      after: summary(b),
      sharedPapers: 0,
      papersIn: b.papers.size,
      papersOut: 0,
      paperJaccard: 0,
      keywordJaccard: 0,
      keywordsGained: listed(b.keywords, new Map()),
      keywordsLost: [],
    });
  });

  const counts: Record<ClusterTrend, number> = { grown: 0, shrunk: 0, same: 0, new: 0, gone: 0 };
  for (const c of clusters) counts[c.trend]++;
  const firstIds = new Set(first.papers.map((p) => p.id));
  let shared = 0;
  for (const paper of second.papers) if (firstIds.has(paper.id)) shared++;
  return { clusters, papers: { before: first.papers.length, after: second.papers.length, shared }, counts };
}

/**
 * Grew or shrank by share of the map, beyond COMPARE_CONFIG.sameShare of itself either way; else
 * the same. (An update's changes judge by share too, in matchClusters, with livingConfig's
 * tolerance and a least number of papers.)
 */
function shareTrend(before: number, after: number): 'grown' | 'shrunk' | 'same' {
  if (after > before * (1 + COMPARE_CONFIG.sameShare)) return 'grown';
  if (after < before * (1 - COMPARE_CONFIG.sameShare)) return 'shrunk';
  return 'same';
}

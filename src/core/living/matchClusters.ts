import type { ClusterChange, MapFile } from '../map';
import { livingConfig } from './livingConfig';

/** A new map's clusters before they are numbered: each paper's and keyword's cluster, 0..count-1. */
export interface NewClusters {
  paperIds: readonly string[];
  paperCluster: readonly number[];
  keywordIds: readonly string[];
  keywordCluster: readonly number[];
  clusterCount: number;
}

export interface ClusterMatch {
  /** The id each new cluster takes in the map (index: its id in NewClusters). */
  ids: number[];
  /** The old cluster each new cluster continues, -1 for none (index: its id in NewClusters). */
  matched: number[];
  /** One record per cluster event, with the map's ids, ordered as MapChanges.clusters says. */
  events: ClusterChange[];
}

/**
 * Matches a new clustering to the previous map's clusters by shared members (papers and keywords,
 * by id). Every pair of an old and a new cluster that share members is scored by Jaccard overlap;
 * pairs at or above livingConfig.matchMinJaccard are taken greedily, best first (ties: old id,
 * then new id), each cluster at most once: greedy is deterministic, and with overlaps this sparse
 * it agrees with an optimal assignment in practice. A matched cluster keeps its old id (so its
 * colour); the rest get ids above every old one, in their own order (largest first), so an id
 * never comes back meaning another cluster.
 *
 * Events: an old cluster whose surviving members went, a quarter or more each, to two or more new
 * clusters of which one is unmatched, split; old clusters that sent most of their members into one
 * new cluster, one of them left unmatched, merged; other matched pairs grew, shrank or stayed the
 * same by their number of papers; unmatched new clusters are new, unmatched old ones vanished.
 * Thresholds: livingConfig.
 */
export function matchClusters(previous: MapFile, next: NewClusters): ClusterMatch {
  const config = livingConfig;
  const k = next.clusterCount;
  const oldPaper = new Map<string, number>();
  for (const paper of previous.papers) oldPaper.set(paper.id, paper.cluster);
  const oldKeyword = new Map<string, number>();
  for (const keyword of previous.keywords) oldKeyword.set(keyword.id, keyword.cluster);
  const oldIds = [...new Set(previous.clusters.map((c) => c.id))].sort((a, b) => a - b);

  // Members of each cluster, papers of each cluster, members of each old cluster still on the map.
  const oldMembers = new Map<number, number>();
  const oldPapers = new Map<number, number>();
  for (const paper of previous.papers) {
    oldMembers.set(paper.cluster, (oldMembers.get(paper.cluster) ?? 0) + 1);
    oldPapers.set(paper.cluster, (oldPapers.get(paper.cluster) ?? 0) + 1);
  }
  for (const keyword of previous.keywords) oldMembers.set(keyword.cluster, (oldMembers.get(keyword.cluster) ?? 0) + 1);
  const newMembers = new Array<number>(k).fill(0);
  const newPapers = new Array<number>(k).fill(0);
  const surviving = new Map<number, number>();
  // Shared members of old cluster o and new cluster c, keyed o * k + c.
  const shared = new Map<number, number>();
  const count = (id: string, c: number, old: ReadonlyMap<string, number>): void => {
    newMembers[c]++;
    const o = old.get(id);
    if (o === undefined) return;
    surviving.set(o, (surviving.get(o) ?? 0) + 1);
    shared.set(o * k + c, (shared.get(o * k + c) ?? 0) + 1);
  };
  next.paperCluster.forEach((c, i) => {
    newPapers[c]++;
    count(next.paperIds[i], c, oldPaper);
  });
  next.keywordCluster.forEach((c, j) => count(next.keywordIds[j], c, oldKeyword));

  const pairs = [...shared.entries()].map(([key, both]) => {
    const o = Math.floor(key / k);
    const c = key % k;
    return { o, c, both, jaccard: both / ((oldMembers.get(o) ?? 0) + newMembers[c] - both) };
  });
  pairs.sort((a, b) => b.jaccard - a.jaccard || a.o - b.o || a.c - b.c);
  const matched = new Array<number>(k).fill(-1);
  const matchOf = new Map<number, number>();
  for (const { o, c, jaccard } of pairs) {
    if (jaccard < config.matchMinJaccard) break;
    if (matched[c] !== -1 || matchOf.has(o)) continue;
    matched[c] = o;
    matchOf.set(o, c);
  }
  let nextId = oldIds.length > 0 ? oldIds[oldIds.length - 1] + 1 : 0;
  const ids = matched.map((o) => (o === -1 ? nextId++ : o));

  const events: ClusterChange[] = [];
  const claimedOld = new Set<number>();
  const claimedNew = new Set<number>();
  const oldSize = (os: number[]): number => os.reduce((s, o) => s + (oldPapers.get(o) ?? 0), 0);
  const newSize = (cs: number[]): number => cs.reduce((s, c) => s + newPapers[c], 0);
  const record = (kind: ClusterChange['kind'], from: number[], to: number[]): void => {
    for (const o of from) claimedOld.add(o);
    for (const c of to) claimedNew.add(c);
    events.push({
      kind,
      from: [...from].sort((a, b) => a - b),
      to: to.map((c) => ids[c]).sort((a, b) => a - b),
      sizeBefore: oldSize(from),
      sizeAfter: newSize(to),
    });
  };
  const byOld = new Map<number, { c: number; both: number }[]>();
  const byNew = new Map<number, { o: number; both: number }[]>();
  for (const { o, c, both } of pairs) {
    if (both < config.minPartMembers) continue;
    if (both >= config.splitShare * (surviving.get(o) ?? 0)) byOld.set(o, [...(byOld.get(o) ?? []), { c, both }]);
    if (both >= config.mergeShare * (surviving.get(o) ?? 0)) byNew.set(c, [...(byNew.get(c) ?? []), { o, both }]);
  }

  // Splits: the old cluster's own match (if it is a part) and unmatched parts.
  for (const o of oldIds) {
    const parts = (byOld.get(o) ?? [])
      .map((p) => p.c)
      .filter((c) => !claimedNew.has(c) && (matched[c] === o || matched[c] === -1))
      .sort((a, b) => a - b);
    if (parts.length >= 2 && parts.some((c) => matched[c] === -1)) record('split', [o], parts);
  }
  // Merges: the new cluster's own match (if it is a source) and unmatched sources.
  for (let c = 0; c < k; c++) {
    if (claimedNew.has(c)) continue;
    const sources = (byNew.get(c) ?? [])
      .map((p) => p.o)
      .filter((o) => !claimedOld.has(o) && (matchOf.get(o) === c || !matchOf.has(o)));
    if (sources.length >= 2 && sources.some((o) => !matchOf.has(o))) record('merged', sources, [c]);
  }
  for (let c = 0; c < k; c++) {
    if (claimedNew.has(c)) continue;
    const o = matched[c];
    if (o === -1) {
      record('new', [], [c]);
      continue;
    }
    const before = oldPapers.get(o) ?? 0;
    const change = newPapers[c] - before;
    const big = Math.abs(change) >= Math.max(config.minSizeChange, config.sizeChangeShare * before);
    record(big ? (change > 0 ? 'grown' : 'shrunk') : 'same', [o], [c]);
  }
  for (const o of oldIds) if (!claimedOld.has(o)) record('vanished', [o], []);

  // In order of the new id (the smallest of a split's), a vanished cluster by its old id, after.
  const key = (e: ClusterChange): number => (e.to.length > 0 ? e.to[0] : e.from[0]);
  events.sort((a, b) => key(a) - key(b) || (a.kind === 'vanished' ? 1 : 0) - (b.kind === 'vanished' ? 1 : 0));
  return { ids, matched, events };
}

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
 * A second pass matches what is left by containment: an old cluster most of whose surviving
 * members went into one unmatched new cluster continues in it (a cluster that tripled has a low
 * Jaccard overlap with what it was).
 *
 * Events. An unmatched cluster belongs to the cluster it shares most members with. An old cluster
 * split when, besides its continuation, unmatched new clusters belong to it that each took a
 * quarter or more of its surviving members; a new cluster is a merger when, besides its own
 * continuation, unmatched old clusters belong to it that each sent it most of their members. A
 * cluster that continues may take part in both (it lost a part and took in another). Other
 * matched pairs grew, shrank or stayed the same by their share of the map's papers (not their
 * number: an update that adds papers would make every cluster grow), beyond a tolerance
 * (livingConfig.sizeChangeShare); unmatched new clusters in no event are new, unmatched old ones
 * vanished. Thresholds: livingConfig.
 */
export function matchClusters(previous: MapFile, next: NewClusters): ClusterMatch {
  const config = livingConfig;
  const k = next.clusterCount;
  const oldPaper = new Map<string, number>();
  for (const paper of previous.papers) oldPaper.set(paper.id, paper.cluster);
  const oldKeyword = new Map<string, number>();
  for (const keyword of previous.keywords) oldKeyword.set(keyword.id, keyword.cluster);
  const oldIds = [...new Set(previous.clusters.map((c) => c.id))].sort((a, b) => a - b);
  // Papers on either map, for shares (at least 1: a share of nothing is nothing).
  const oldTotal = Math.max(1, previous.papers.length);
  const newTotal = Math.max(1, next.paperIds.length);

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
  const pair = (o: number, c: number): void => {
    matched[c] = o;
    matchOf.set(o, c);
  };
  for (const { o, c, jaccard } of pairs) {
    if (jaccard < config.matchMinJaccard) break;
    if (matched[c] === -1 && !matchOf.has(o)) pair(o, c);
  }
  // Left over: an old cluster most of whose members went into a cluster many times its size
  // (Jaccard is low when a cluster doubles) continues in it all the same.
  const survivors = (o: number): number => surviving.get(o) ?? 0;
  const byShared = [...pairs].sort((a, b) => b.both - a.both || a.o - b.o || a.c - b.c);
  for (const { o, c, both } of byShared) {
    if (matched[c] !== -1 || matchOf.has(o)) continue;
    if (both >= config.minPartMembers && both >= config.mergeShare * survivors(o)) pair(o, c);
  }
  let nextId = oldIds.length > 0 ? oldIds[oldIds.length - 1] + 1 : 0;
  const ids = matched.map((o) => (o === -1 ? nextId++ : o));

  // Where each unmatched cluster went (old) or came from (new) most: it takes part in one event.
  const mostTo = new Map<number, { c: number; both: number }>();
  const mostFrom = new Map<number, { o: number; both: number }>();
  for (const { o, c, both } of byShared) {
    if (!matchOf.has(o) && !mostTo.has(o)) mostTo.set(o, { c, both });
    if (matched[c] === -1 && !mostFrom.has(c)) mostFrom.set(c, { o, both });
  }
  const events: ClusterChange[] = [];
  const inEvent = new Set<string>();
  const oldSize = (os: number[]): number => os.reduce((s, o) => s + (oldPapers.get(o) ?? 0), 0);
  const newSize = (cs: number[]): number => cs.reduce((s, c) => s + newPapers[c], 0);
  const record = (kind: ClusterChange['kind'], from: number[], to: number[]): void => {
    for (const o of from) inEvent.add(`o${o}`);
    for (const c of to) inEvent.add(`n${c}`);
    events.push({
      kind,
      from: [...from].sort((a, b) => a - b),
      to: to.map((c) => ids[c]).sort((a, b) => a - b),
      sizeBefore: oldSize(from),
      sizeAfter: newSize(to),
    });
  };
  const partOf = (both: number, total: number, share: number): boolean => both >= config.minPartMembers && both >= share * total;

  // Splits: an old cluster's continuation and the unmatched clusters that came mostly from it.
  for (const o of oldIds) {
    const parts = matchOf.has(o) ? [matchOf.get(o) as number] : [];
    for (let c = 0; c < k; c++) {
      const from = mostFrom.get(c);
      if (from && from.o === o && partOf(from.both, survivors(o), config.splitShare)) parts.push(c);
    }
    if (parts.length >= 2 && parts.some((c) => matched[c] === -1)) record('split', [o], parts);
  }
  // Merges: a new cluster's continuation and the unmatched old clusters that went mostly into it.
  for (let c = 0; c < k; c++) {
    const sources = matched[c] === -1 ? [] : [matched[c]];
    for (const o of oldIds) {
      const to = mostTo.get(o);
      if (to && to.c === c && !inEvent.has(`o${o}`) && partOf(to.both, survivors(o), config.mergeShare)) sources.push(o);
    }
    if (sources.length >= 2 && sources.some((o) => !matchOf.has(o))) record('merged', sources, [c]);
  }
  for (let c = 0; c < k; c++) {
    const o = matched[c];
    if (o === -1) {
      if (!inEvent.has(`n${c}`)) record('new', [], [c]);
      continue;
    }
    if (inEvent.has(`o${o}`) || inEvent.has(`n${c}`)) continue;
    // By share of the map, not by count: an update that adds papers would make every cluster "grow".
    // `expected` is the old size at the new map's scale (the size that keeps the old share).
    const expected = ((oldPapers.get(o) ?? 0) * newTotal) / oldTotal;
    const change = newPapers[c] - expected;
    const big = Math.abs(change) >= Math.max(config.minSizeChange, config.sizeChangeShare * expected);
    record(big ? (change > 0 ? 'grown' : 'shrunk') : 'same', [o], [c]);
  }
  for (const o of oldIds) if (!inEvent.has(`o${o}`)) record('vanished', [o], []);

  // In order of the new id (the smallest of a split's), a vanished cluster by its old id, after.
  const key = (e: ClusterChange): number => (e.to.length > 0 ? e.to[0] : e.from[0]);
  events.sort((a, b) => key(a) - key(b) || (a.kind === 'vanished' ? 1 : 0) - (b.kind === 'vanished' ? 1 : 0));
  return { ids, matched, events };
}

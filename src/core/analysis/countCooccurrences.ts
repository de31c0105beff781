import type { MapFile } from '../map';

/**
 * Paper–keyword incidence of one map, in integer indices, with every keyword pair's number of
 * shared papers. The map file's `cooccurrences` list is pruned to the strongest links for drawing,
 * so every analysis counts pairs again from `links`, which holds them all.
 */
export interface CooccurrenceTable {
  readonly map: MapFile;
  /** Number of papers on the map (N). */
  readonly paperCount: number;
  /** Keyword index → map keyword id, in map order. */
  readonly keywordIds: readonly string[];
  readonly keywordIndex: ReadonlyMap<string, number>;
  /** Per keyword: its cluster id. */
  readonly keywordCluster: Int32Array;
  /** Per keyword: number of papers linked to it (its occurrences, c_i). */
  readonly occurrences: Int32Array;
  /** Per paper (map order): indices of its keywords, ascending; and the link weights, same order. */
  readonly paperKeywords: readonly Int32Array[];
  readonly paperWeights: readonly Float64Array[];
  /** Per keyword: indices of its papers, ascending. */
  readonly keywordPapers: readonly Int32Array[];
  /** Number of papers holding both keywords i and j (0 for i = j). */
  pairCount(i: number, j: number): number;
}

/**
 * Above this many keywords a dense triangle would take more than ~32 MB; a hash map of the pairs
 * that occur is used instead (the default map has 300 keywords: 45k cells).
 */
const DENSE_LIMIT = 4000;

/** Counts co-occurrences from a map's links. O(links + Σ per-paper keywords²). */
export function countCooccurrences(map: MapFile): CooccurrenceTable {
  const keywordIds = map.keywords.map((k) => k.id);
  const keywordIndex = new Map<string, number>();
  keywordIds.forEach((id, i) => keywordIndex.set(id, i));
  const keywordCluster = Int32Array.from(map.keywords, (k) => k.cluster);
  const paperIndex = new Map<string, number>();
  map.papers.forEach((p, i) => paperIndex.set(p.id, i));

  const lists: Array<Array<[number, number]>> = map.papers.map(() => []);
  for (const link of map.links) {
    const p = paperIndex.get(link.paper);
    const k = keywordIndex.get(link.keyword);
    // The validator guarantees both ends exist; a duplicate link would count twice, so skip it.
    if (p === undefined || k === undefined) continue;
    if (!lists[p].some(([other]) => other === k)) lists[p].push([k, link.weight]);
  }
  const paperKeywords: Int32Array[] = [];
  const paperWeights: Float64Array[] = [];
  const occurrences = new Int32Array(keywordIds.length);
  const perKeyword: number[][] = keywordIds.map(() => []);
  lists.forEach((list, p) => {
    list.sort((a, b) => a[0] - b[0]);
    paperKeywords.push(Int32Array.from(list, (e) => e[0]));
    paperWeights.push(Float64Array.from(list, (e) => e[1]));
    for (const [k] of list) {
      occurrences[k]++;
      perKeyword[k].push(p);
    }
  });

  const K = keywordIds.length;
  let pairCount: (i: number, j: number) => number;
  if (K <= DENSE_LIMIT) {
    // Row i (i < j) starts at i*K - i*(i+1)/2; cell (i, j) is at start + (j - i - 1).
    const cells = new Uint32Array((K * (K - 1)) / 2);
    const at = (i: number, j: number): number => i * K - (i * (i + 1)) / 2 + (j - i - 1);
    for (const ks of paperKeywords) {
      for (let a = 0; a < ks.length; a++) for (let b = a + 1; b < ks.length; b++) cells[at(ks[a], ks[b])]++;
    }
    pairCount = (i, j) => (i === j ? 0 : i < j ? cells[at(i, j)] : cells[at(j, i)]);
  } else {
    const cells = new Map<number, number>();
    for (const ks of paperKeywords) {
      for (let a = 0; a < ks.length; a++) {
        for (let b = a + 1; b < ks.length; b++) {
          const key = ks[a] * K + ks[b];
          cells.set(key, (cells.get(key) ?? 0) + 1);
        }
      }
    }
    pairCount = (i, j) => (i === j ? 0 : (cells.get(i < j ? i * K + j : j * K + i) ?? 0));
  }

  return {
    map,
    paperCount: map.papers.length,
    keywordIds,
    keywordIndex,
    keywordCluster,
    occurrences,
    paperKeywords,
    paperWeights,
    keywordPapers: perKeyword.map((list) => Int32Array.from(list)),
    pairCount,
  };
}

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
  /** Paper id → index in map order (as the per-paper columns are). */
  readonly paperIndex: ReadonlyMap<string, number>;
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

  // Each paper's links in one flat column (its keywords ascending, duplicates dropped), and each
  // keyword's papers in another: per paper and keyword, views into them. A big map (100,000
  // papers) thus makes no per-paper lists or buffers, which once cost more in garbage collection
  // than the counting itself.
  const P = map.papers.length;
  const linkPaper = new Int32Array(map.links.length);
  const linkKeyword = new Int32Array(map.links.length);
  const start = new Int32Array(P + 1);
  for (let l = 0; l < map.links.length; l++) {
    const link = map.links[l];
    // The validator guarantees both ends exist.
    const p = paperIndex.get(link.paper) ?? -1;
    const k = keywordIndex.get(link.keyword) ?? -1;
    linkPaper[l] = p;
    linkKeyword[l] = k;
    if (p >= 0 && k >= 0) start[p + 1]++;
  }
  for (let p = 0; p < P; p++) start[p + 1] += start[p];
  const keys = new Int32Array(start[P]);
  const weights = new Float64Array(start[P]);
  const end = start.slice(0, P);
  for (let l = 0; l < map.links.length; l++) {
    const p = linkPaper[l];
    const k = linkKeyword[l];
    if (p < 0 || k < 0) continue;
    // A duplicate link would count twice: the first one's weight stays. Kept ascending by keyword
    // as it goes in (insertion; a paper has a handful of keywords).
    let at = end[p];
    let dup = false;
    for (let j = start[p]; j < at; j++) if (keys[j] === k) dup = true;
    if (dup) continue;
    while (at > start[p] && keys[at - 1] > k) {
      keys[at] = keys[at - 1];
      weights[at] = weights[at - 1];
      at--;
    }
    keys[at] = k;
    weights[at] = map.links[l].weight;
    end[p]++;
  }
  const paperKeywords: Int32Array[] = new Array(P);
  const paperWeights: Float64Array[] = new Array(P);
  const occurrences = new Int32Array(keywordIds.length);
  for (let p = 0; p < P; p++) {
    paperKeywords[p] = keys.subarray(start[p], end[p]);
    paperWeights[p] = weights.subarray(start[p], end[p]);
    for (let j = start[p]; j < end[p]; j++) occurrences[keys[j]]++;
  }
  // Papers by keyword, ascending: filled in paper order.
  const keywordStart = new Int32Array(keywordIds.length + 1);
  for (let k = 0; k < keywordIds.length; k++) keywordStart[k + 1] = keywordStart[k] + occurrences[k];
  const papersOf = new Int32Array(keywordStart[keywordIds.length]);
  const fill = keywordStart.slice(0, keywordIds.length);
  for (let p = 0; p < P; p++) for (let j = start[p]; j < end[p]; j++) papersOf[fill[keys[j]]++] = p;
  const keywordPapers = Array.from(keywordIds, (_, k) => papersOf.subarray(keywordStart[k], keywordStart[k + 1]));

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
    paperIndex,
    keywordCluster,
    occurrences,
    paperKeywords,
    paperWeights,
    keywordPapers,
    pairCount,
  };
}

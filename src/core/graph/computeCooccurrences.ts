import type { GraphCooccurrence, GraphLink } from './buildGraph';
import { GRAPH_CONFIG } from './graphConfig';
import { roundWeight } from './roundWeight';

/**
 * Pairs of keywords linked to the same papers, counted over the links (what the map shows), with
 * VOSviewer's association strength count / (papers(a) · papers(b)), scaled so the map's strongest
 * is 1; pairs seen in fewer than GRAPH_CONFIG.minCooccurrenceCount papers are dropped, and each
 * keyword keeps its GRAPH_CONFIG.maxCooccurrencesPerKeyword strongest. Sorted by source, target.
 */
export function computeCooccurrences(links: GraphLink[], keywordPapers: number[]): GraphCooccurrence[] {
  const m = keywordPapers.length;
  // Counts by pair a * m + b: a dense table while it stays small (a map of millions of entries
  // cost more than the rest of the graph stage), else a map. Either way pairs are sorted below.
  const dense = m * m <= GRAPH_CONFIG.densePairs ? new Int32Array(m * m) : null;
  const sparse = new Map<number, number>();
  for (let start = 0; start < links.length; ) {
    let end = start;
    while (end < links.length && links[end].paper === links[start].paper) end++;
    for (let i = start; i < end; i++) {
      for (let j = i + 1; j < end; j++) {
        const key = Math.min(links[i].keyword, links[j].keyword) * m + Math.max(links[i].keyword, links[j].keyword);
        if (dense) dense[key]++;
        else sparse.set(key, (sparse.get(key) ?? 0) + 1);
      }
    }
    start = end;
  }

  const pairs: GraphCooccurrence[] = [];
  const addPair = (key: number, count: number): void => {
    if (count < GRAPH_CONFIG.minCooccurrenceCount) return;
    const source = Math.floor(key / m);
    const target = key % m;
    pairs.push({ source, target, count, weight: count / (keywordPapers[source] * keywordPapers[target]) });
  };
  if (dense) for (let key = 0; key < dense.length; key++) addPair(key, dense[key]);
  else for (const [key, count] of sparse) addPair(key, count);

  // Keep a pair when it is among the strongest few of either keyword.
  const strongestFirst = (a: GraphCooccurrence, b: GraphCooccurrence): number =>
    b.weight - a.weight || b.count - a.count || a.source - b.source || a.target - b.target;
  pairs.sort(strongestFirst);
  const kept = new Array<number>(m).fill(0);
  const keep: GraphCooccurrence[] = [];
  for (const pair of pairs) {
    const keepIt =
      kept[pair.source] < GRAPH_CONFIG.maxCooccurrencesPerKeyword || kept[pair.target] < GRAPH_CONFIG.maxCooccurrencesPerKeyword;
    kept[pair.source]++;
    kept[pair.target]++;
    if (keepIt) keep.push(pair);
  }

  const max = keep.reduce((best, pair) => Math.max(best, pair.weight), 0);
  return keep
    .map((pair) => ({ ...pair, weight: roundWeight(pair.weight / max) }))
    .sort((a, b) => a.source - b.source || a.target - b.target);
}

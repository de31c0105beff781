import type { MapIndex } from './indexMap';

/**
 * A cluster's papers, the most central first: by the summed weight of their links to the
 * cluster's own keywords (ties: map order). A paper that the cluster's topics describe best leads;
 * one that sits in the cluster by a single shared word comes last. In map order (the corpus's) the
 * list opened on whatever the export happened to list first.
 */
export function rankClusterPapers(index: MapIndex, clusterId: number): string[] {
  const papers = index.papersOfCluster.get(clusterId) ?? [];
  const weight = new Map<string, number>();
  for (const id of papers) {
    let sum = 0;
    for (const link of index.keywordsOfPaper.get(id) ?? []) {
      if (index.keywordById.get(link.keywordId)?.cluster === clusterId) sum += link.weight;
    }
    weight.set(id, sum);
  }
  // Array sort is stable: equal weights keep map order.
  return [...papers].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0));
}

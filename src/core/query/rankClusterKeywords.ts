import type { MapIndex } from './indexMap';

/** How a cluster's keywords are ordered: by their share of papers in it, or by count there. */
export type KeywordRanking = 'specific' | 'frequent';

export interface ClusterKeyword {
  id: string;
  /** Papers of the cluster that have the keyword. */
  inCluster: number;
  /** Papers on the map that have the keyword. */
  total: number;
}

/**
 * The keywords of a cluster's papers, best first. "specific" ranks by the share of the keyword's
 * papers that are in the cluster, so a term used all over the map ("LLMs") falls behind the
 * cluster's own ("retrieval"); the share is counted as if the keyword had one more paper outside
 * the cluster, so a keyword on 2 papers (2 of 2) does not outrank one on 9 of 10. "frequent" ranks
 * by the number of the cluster's papers that have it. Ties: the other measure, then the term.
 */
export function rankClusterKeywords(
  index: Pick<MapIndex, 'papersOfCluster' | 'keywordsOfPaper' | 'papersOfKeyword' | 'keywordById'>,
  clusterId: number,
  ranking: KeywordRanking,
): ClusterKeyword[] {
  const counts = new Map<string, number>();
  for (const paperId of index.papersOfCluster.get(clusterId) ?? []) {
    for (const link of index.keywordsOfPaper.get(paperId) ?? []) {
      counts.set(link.keywordId, (counts.get(link.keywordId) ?? 0) + 1);
    }
  }
  const list: ClusterKeyword[] = [];
  for (const [id, inCluster] of counts) {
    const total = Math.max(inCluster, index.papersOfKeyword.get(id)?.length ?? 0);
    list.push({ id, inCluster, total });
  }
  const share = (k: ClusterKeyword) => k.inCluster / (k.total + 1);
  const term = (k: ClusterKeyword) => index.keywordById.get(k.id)?.term ?? k.id;
  return list.sort((a, b) => {
    const bySpecific = share(b) - share(a);
    const byCount = b.inCluster - a.inCluster;
    const first = ranking === 'specific' ? bySpecific || byCount : byCount || bySpecific;
    return first || (term(a) < term(b) ? -1 : term(a) > term(b) ? 1 : 0);
  });
}

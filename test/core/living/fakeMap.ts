import type { MapFile } from '../../../src/core/map';

/**
 * A minimal previous map for the matcher: `clusters` maps cluster id -> paper ids (each paper at
 * x = its index), `keywords` keyword id -> cluster. No links: matching reads only membership.
 */
export function fakeMap(clusters: Record<number, string[]>, keywords: Record<string, number> = {}): MapFile {
  const papers = Object.entries(clusters).flatMap(([id, members]) =>
    members.map((paper) => ({ id: paper, title: paper, abstract: '', keywords: [], cluster: Number(id), x: 0, y: 0 })),
  );
  papers.forEach((p, i) => (p.x = i));
  const ids = Object.keys(clusters).map(Number);
  return {
    format: 'topic-map',
    version: 1,
    meta: {
      tool: 'test',
      source: 'old.txt',
      corpusHash: 'fnv1a64:0000000000000000',
      settings: { topK: 10, minDf: 2, maxKeywords: 300, resolution: 1, seed: 42 },
      counts: { papers: papers.length, keywords: 0, links: 0, cooccurrences: 0, clusters: ids.length },
    },
    papers,
    keywords: Object.entries(keywords).map(([id, cluster]) => ({ id, term: id, papers: 0, cluster, x: 0, y: 0 })),
    links: [],
    cooccurrences: [],
    clusters: ids.map((id) => ({
      id,
      label: `old ${id}`,
      size: clusters[id].length,
      keywordCount: 0,
      topKeywords: [],
    })),
  };
}

/** New clusters as lists of paper ids, cluster c = the c-th list (largest first, as detectClusters numbers them). */
export function newClusters(lists: string[][]) {
  const paperIds = lists.flat();
  const paperCluster = lists.flatMap((list, c) => list.map(() => c));
  return { paperIds, paperCluster, keywordIds: [], keywordCluster: [], clusterCount: lists.length };
}

/** ["a1", …, "a<n>"] */
export function ids(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

import type { MapCluster, MapFile, MapKeyword, MapPaper } from './types';

export interface PaperKeywordLink {
  keywordId: string;
  weight: number;
}

export interface KeywordPaperLink {
  paperId: string;
  weight: number;
}

export interface KeywordNeighbour {
  keywordId: string;
  count: number;
  weight: number;
}

/** Look-up tables over one map file, built once when it loads; never mutated afterwards. */
export interface MapIndex {
  paperById: ReadonlyMap<string, MapPaper>;
  keywordById: ReadonlyMap<string, MapKeyword>;
  /** Lower-cased keyword term to keyword node: a paper's `keywords` name terms, not ids. */
  keywordByTerm: ReadonlyMap<string, MapKeyword>;
  clusterById: ReadonlyMap<number, MapCluster>;
  /** A paper's keyword nodes, strongest link first. */
  keywordsOfPaper: ReadonlyMap<string, readonly PaperKeywordLink[]>;
  /** A keyword's papers, strongest link first. */
  papersOfKeyword: ReadonlyMap<string, readonly KeywordPaperLink[]>;
  /** Keywords that share papers with a keyword, most shared first. */
  cooccurring: ReadonlyMap<string, readonly KeywordNeighbour[]>;
  /** Paper ids of each cluster, in map order. */
  papersOfCluster: ReadonlyMap<number, readonly string[]>;
  /** Keyword ids of each cluster, most papers first. */
  keywordsOfCluster: ReadonlyMap<number, readonly string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the look-up tables the app needs; ties are broken by id so the order is stable. */
export function indexMap(map: MapFile): MapIndex {
  const paperById = new Map(map.papers.map((p) => [p.id, p]));
  const keywordById = new Map(map.keywords.map((k) => [k.id, k]));
  const keywordByTerm = new Map<string, MapKeyword>();
  for (const k of map.keywords) {
    const term = k.term.toLowerCase();
    if (!keywordByTerm.has(term)) keywordByTerm.set(term, k);
  }
  const clusterById = new Map(map.clusters.map((c) => [c.id, c]));

  const keywordsOfPaper = new Map<string, PaperKeywordLink[]>();
  const papersOfKeyword = new Map<string, KeywordPaperLink[]>();
  for (const link of map.links) {
    push(keywordsOfPaper, link.paper, { keywordId: link.keyword, weight: link.weight });
    push(papersOfKeyword, link.keyword, { paperId: link.paper, weight: link.weight });
  }
  for (const list of keywordsOfPaper.values()) {
    list.sort((a, b) => b.weight - a.weight || compare(a.keywordId, b.keywordId));
  }
  for (const list of papersOfKeyword.values()) {
    list.sort((a, b) => b.weight - a.weight || compare(a.paperId, b.paperId));
  }

  const cooccurring = new Map<string, KeywordNeighbour[]>();
  for (const co of map.cooccurrences) {
    push(cooccurring, co.source, { keywordId: co.target, count: co.count, weight: co.weight });
    push(cooccurring, co.target, { keywordId: co.source, count: co.count, weight: co.weight });
  }
  for (const list of cooccurring.values()) {
    list.sort((a, b) => b.count - a.count || b.weight - a.weight || compare(a.keywordId, b.keywordId));
  }

  const papersOfCluster = new Map<number, string[]>();
  for (const p of map.papers) push(papersOfCluster, p.cluster, p.id);
  const keywordsOfCluster = new Map<number, string[]>();
  const byPapers = [...map.keywords].sort((a, b) => b.papers - a.papers || compare(a.term, b.term));
  for (const k of byPapers) push(keywordsOfCluster, k.cluster, k.id);

  return {
    paperById,
    keywordById,
    keywordByTerm,
    clusterById,
    keywordsOfPaper,
    papersOfKeyword,
    cooccurring,
    papersOfCluster,
    keywordsOfCluster,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

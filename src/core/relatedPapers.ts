import type { MapIndex } from './indexMap';

export interface RelatedPaper {
  paperId: string;
  /** Keyword ids both papers link to, strongest (for the other paper) first. */
  shared: string[];
  /** Sum of the shared links' weights on both sides: breaks ties between equal counts. */
  strength: number;
}

/** Papers that share keywords with `paperId`, most shared keywords first. */
export function relatedPapers(index: MapIndex, paperId: string, limit = 10): RelatedPaper[] {
  const own = new Map((index.keywordsOfPaper.get(paperId) ?? []).map((l) => [l.keywordId, l.weight]));
  const byPaper = new Map<string, RelatedPaper>();
  for (const [keywordId, ownWeight] of own) {
    for (const link of index.papersOfKeyword.get(keywordId) ?? []) {
      if (link.paperId === paperId) continue;
      let entry = byPaper.get(link.paperId);
      if (!entry) {
        entry = { paperId: link.paperId, shared: [], strength: 0 };
        byPaper.set(link.paperId, entry);
      }
      entry.shared.push(keywordId);
      entry.strength += ownWeight + link.weight;
    }
  }
  return [...byPaper.values()]
    .sort(
      (a, b) =>
        b.shared.length - a.shared.length ||
        b.strength - a.strength ||
        (a.paperId < b.paperId ? -1 : a.paperId > b.paperId ? 1 : 0),
    )
    .slice(0, limit);
}

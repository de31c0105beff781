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
  // The best `limit` by insertion into a short sorted list: a paper on a common keyword of a big
  // map shares keywords with thousands of papers, and sorting them all took longer than the click.
  const before = (a: RelatedPaper, b: RelatedPaper): boolean =>
    b.shared.length - a.shared.length < 0 ||
    (a.shared.length === b.shared.length && (a.strength > b.strength || (a.strength === b.strength && a.paperId < b.paperId)));
  const best: RelatedPaper[] = [];
  for (const entry of byPaper.values()) {
    if (best.length === limit && !before(entry, best[best.length - 1])) continue;
    let i = best.length;
    while (i > 0 && before(entry, best[i - 1])) i--;
    best.splice(i, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best;
}

import { compareKeys } from '../util';
import type { MapIndex } from './indexMap';

export interface RelatedPaper {
  paperId: string;
  /** Keyword ids both papers link to, in the order of `paperId`'s own keywords (strongest first). */
  shared: string[];
  /**
   * How related, the ranking: per shared keyword, its two links' weights over ln(1 + the
   * keyword's papers), summed (the Adamic–Adar index, weighted). Sharing a keyword of 11 papers
   * says more than sharing one of 128 ("algorithm"): counted alike, a paper's related list was
   * whichever papers happened to share its most common word.
   */
  strength: number;
}

interface Numbering {
  /** Paper ids by place in map.papers: counting goes into typed arrays instead of an object per paper. */
  ids: string[];
  /** Per paper: shared keywords, their bits, their strength; zero between calls (only touched entries are reset). */
  count: Int32Array;
  shared: Int32Array;
  strength: Float64Array;
}

const numberings = new WeakMap<MapIndex, Numbering>();

function numberingOf(index: MapIndex): Numbering {
  let n = numberings.get(index);
  if (!n) {
    const ids = [...index.slots.papers.keys()];
    n = { ids, count: new Int32Array(ids.length), shared: new Int32Array(ids.length), strength: new Float64Array(ids.length) };
    numberings.set(index, n);
  }
  return n;
}

/** The weight of sharing a keyword of `papers` papers (Adamic–Adar): rarer says more. */
const rarity = (papers: number): number => 1 / Math.log(1 + Math.max(1, papers));

/**
 * Papers that share keywords with `paperId`, the most related first (RelatedPaper.strength; ties
 * by more keywords shared, then id). A paper on a common
 * keyword of a big map shares keywords with thousands of papers, so they are counted in typed
 * arrays (a bit per shared keyword) and only the best `limit` become objects.
 */
export function relatedPapers(index: MapIndex, paperId: string, limit = 10): RelatedPaper[] {
  const own = [...new Map((index.keywordsOfPaper.get(paperId) ?? []).map((l) => [l.keywordId, l.weight]))];
  // One bit per own keyword; a paper with more keywords than bits (never in practice) is rare
  // enough to count the slow way.
  if (own.length > 30) return relatedSlowly(index, paperId, own, limit);
  const numbering = numberingOf(index);
  const { ids, count, shared, strength } = numbering;
  const self = index.slots.papers.get(paperId) ?? -1;
  const touched: number[] = [];
  // Each own keyword's papers through the links by place (no id look-ups per paper).
  const ends = index.linkEnds;
  const { start, at } = ends.byKeyword;
  own.forEach(([keywordId, ownWeight], bit) => {
    const k = index.slots.keywords.get(keywordId);
    if (k === undefined) return;
    const weight = rarity(start[k + 1] - start[k]);
    for (let j = start[k]; j < start[k + 1]; j++) {
      const link = at[j];
      const i = ends.paper[link];
      if (i < 0 || i === self) continue;
      if (count[i]++ === 0) touched.push(i);
      shared[i] |= 1 << bit;
      strength[i] += (ownWeight + ends.weight[link]) * weight;
    }
  });
  // The best `limit` by insertion into a short sorted list.
  const before = (a: number, b: number): boolean =>
    strength[a] > strength[b] ||
    (strength[a] === strength[b] && (count[a] > count[b] || (count[a] === count[b] && ids[a] < ids[b])));
  const best: number[] = [];
  for (const i of touched) {
    if (best.length === limit && !before(i, best[best.length - 1])) continue;
    let j = best.length;
    while (j > 0 && before(i, best[j - 1])) j--;
    best.splice(j, 0, i);
    if (best.length > limit) best.pop();
  }
  const result = best.map((i) => ({
    paperId: ids[i],
    shared: own.filter((_, bit) => shared[i] & (1 << bit)).map(([keywordId]) => keywordId),
    strength: strength[i],
  }));
  for (const i of touched) {
    count[i] = 0;
    shared[i] = 0;
    strength[i] = 0;
  }
  return result;
}

function relatedSlowly(index: MapIndex, paperId: string, own: [string, number][], limit: number): RelatedPaper[] {
  const byPaper = new Map<string, RelatedPaper>();
  for (const [keywordId, ownWeight] of own) {
    const links = index.papersOfKeyword.get(keywordId) ?? [];
    const weight = rarity(links.length);
    for (const link of links) {
      if (link.paperId === paperId) continue;
      let entry = byPaper.get(link.paperId);
      if (!entry) {
        entry = { paperId: link.paperId, shared: [], strength: 0 };
        byPaper.set(link.paperId, entry);
      }
      entry.shared.push(keywordId);
      entry.strength += (ownWeight + link.weight) * weight;
    }
  }
  return [...byPaper.values()]
    .sort((a, b) => b.strength - a.strength || b.shared.length - a.shared.length || compareKeys(a.paperId, b.paperId))
    .slice(0, limit);
}

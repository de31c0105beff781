import type { MapIndex } from './indexMap';
import type { MapFile } from '../map';
import { termKey } from '../keywords';

export interface SearchHit {
  kind: 'paper' | 'keyword';
  id: string;
  /** Title or term. */
  text: string;
  /** Papers using the keyword; keywords of the paper. */
  count: number;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a keyword's key (its words stemmed, "k:" + key) has each word of the query's key as
 * the start of one of its words: "sorting" finds the keyword "sort", "neural nets" "neural
 * networks"; "sort" does not find "resort".
 */
function keyMatches(keywordId: string, queryKey: string[]): boolean {
  if (queryKey.length === 0) return false;
  const keyWords = keywordId.slice(2).split(' ');
  return queryKey.every((q) => keyWords.some((w) => w.startsWith(q)));
}

/**
 * Finds keywords whose term contains the query, or whose stemmed words start with the query's
 * (a word form the map writes otherwise: "sorting" for the keyword "sort"), and papers whose title has every query word
 * (as the start of a title word; anywhere for scripts without spaces). Best matches first:
 * terms that start with the query, then by paper count; titles matching more word starts first.
 */
export function searchMap(
  map: MapFile,
  index: MapIndex,
  query: string,
  limit = { keywords: 6, papers: 8 },
  /** Filled with how many papers matched in all, of which at most `limit.papers` are returned. */
  found?: { papers: number },
): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const qWords = words(q);
  const qKey = termKey(query).split(' ').filter(Boolean);
  const keywordHits = map.keywords
    .filter((k) => k.term.toLowerCase().includes(q) || keyMatches(k.id, qKey))
    .sort(
      (a, b) =>
        Number(b.term.toLowerCase().startsWith(q)) - Number(a.term.toLowerCase().startsWith(q)) ||
        b.papers - a.papers ||
        a.term.localeCompare(b.term),
    )
    .slice(0, limit.keywords)
    .map((k): SearchHit => ({ kind: 'keyword', id: k.id, text: k.term, count: k.papers }));
  if (found) found.papers = 0;
  if (qWords.length === 0) return keywordHits;
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const p of map.papers) {
    const title = p.title.toLowerCase();
    const titleWords = words(p.title);
    let score = 0;
    let all = true;
    for (const w of qWords) {
      if (titleWords.some((t) => t === w)) score += 3;
      else if (titleWords.some((t) => t.startsWith(w))) score += 2;
      else if (UNSPACED.test(w) && title.includes(w)) score += 2;
      else {
        all = false;
        break;
      }
    }
    if (all) {
      // A title that starts with what was typed is most likely the one meant.
      if (titleWords[0]?.startsWith(qWords[0])) score += 1;
      const count = index.keywordsOfPaper.get(p.id)?.length ?? 0;
      scored.push({ hit: { kind: 'paper', id: p.id, text: p.title, count }, score });
    }
  }
  if (found) found.papers = scored.length;
  scored.sort((a, b) => b.score - a.score || a.hit.text.localeCompare(b.hit.text));
  return [...keywordHits, ...scored.slice(0, limit.papers).map((s) => s.hit)];
}

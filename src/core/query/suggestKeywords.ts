import type { MapKeyword, MapFile } from '../map';

/**
 * Keywords for the filter's autocomplete: terms containing the query (those starting with it
 * first), most used first, without the ones already chosen. An empty query lists the most used.
 */
export function suggestKeywords(map: MapFile, query: string, exclude: readonly string[], limit = 8): MapKeyword[] {
  const q = query.trim().toLowerCase();
  const skip = new Set(exclude);
  return map.keywords
    .filter((k) => !skip.has(k.id) && (q === '' || k.term.toLowerCase().includes(q)))
    .sort(
      (a, b) =>
        Number(b.term.toLowerCase().startsWith(q)) - Number(a.term.toLowerCase().startsWith(q)) ||
        b.papers - a.papers ||
        a.term.localeCompare(b.term),
    )
    .slice(0, limit);
}

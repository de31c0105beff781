import type { MapIndex } from './indexMap';
import type { MapFile } from './types';

export type FilterMode = 'all' | 'any';

export interface MapFilter {
  /** Keyword ids chosen by the user, in the order they were chosen. */
  keywords: readonly string[];
  /** `all`: papers having every chosen keyword; `any`: papers having at least one. */
  mode: FilterMode;
}

export interface FilterResult {
  /** False when no keyword is chosen: everything is visible and nothing is dimmed. */
  active: boolean;
  /** The chosen keyword ids the map knows, in the order they were chosen. */
  chosen: readonly string[];
  mode: FilterMode;
  /** Papers that pass the filter. */
  papers: ReadonlySet<string>;
  /** Keywords of the papers that pass (the map keeps a paper's keywords with it). */
  keywords: ReadonlySet<string>;
  /** Papers on the whole map, for "N of M papers". */
  total: number;
  /**
   * The same sets by place in map.papers and map.keywords (1: passes), for scenes that go
   * through every node: no string lookups per node. Absent on results made elsewhere.
   */
  paperPasses?: Uint8Array;
  keywordPasses?: Uint8Array;
}

/**
 * Narrows the map to the papers having all (or any) of the chosen keywords, and their keywords.
 * Ids the map does not know are ignored, so a stale URL cannot empty the map. Works from the
 * index's keyword → papers lists, so its cost follows the papers the chosen keywords have, not
 * the size of the map.
 */
export function filterMap(map: MapFile, index: MapIndex, filter: MapFilter): FilterResult {
  const chosen = filter.keywords.filter((id) => index.keywordById.has(id));
  const total = map.papers.length;
  if (chosen.length === 0) return everything(map, filter.mode);
  const lists = chosen.map((id) => index.papersOfKeyword.get(id) ?? []);
  const found = new Set<string>();
  if (filter.mode === 'any' || chosen.length === 1) {
    for (const list of lists) for (const link of list) found.add(link.paperId);
  } else {
    // Papers of the rarest keyword that have every other one.
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    for (const link of rarest) {
      const own = index.keywordsOfPaper.get(link.paperId) ?? [];
      if (chosen.every((id) => own.some((l) => l.keywordId === id))) found.add(link.paperId);
    }
  }
  // In map order, as the papers are listed elsewhere.
  const papers = new Set<string>();
  const paperPasses = new Uint8Array(total);
  if (found.size > 0) {
    map.papers.forEach((paper, i) => {
      if (!found.has(paper.id)) return;
      papers.add(paper.id);
      paperPasses[i] = 1;
    });
  }
  // The passing papers' keywords: from the papers when they are few, else from the keywords (most
  // keywords of a broad filter are found at the first paper looked at).
  const linked = new Set<string>();
  if (papers.size * 8 < map.links.length) {
    for (const id of papers) for (const link of index.keywordsOfPaper.get(id) ?? []) linked.add(link.keywordId);
  } else {
    for (const k of map.keywords) {
      if ((index.papersOfKeyword.get(k.id) ?? []).some((link) => papers.has(link.paperId))) linked.add(k.id);
    }
  }
  const keywords = new Set<string>(chosen);
  const keywordPasses = new Uint8Array(map.keywords.length);
  map.keywords.forEach((k, i) => {
    if (linked.has(k.id)) keywords.add(k.id);
    if (keywords.has(k.id)) keywordPasses[i] = 1;
  });
  return { active: true, chosen, mode: filter.mode, papers, keywords, total, paperPasses, keywordPasses };
}

/** The inactive filter of a map: the same sets every time (they are read-only). */
const unfiltered = new WeakMap<MapFile, Map<FilterMode, FilterResult>>();

function everything(map: MapFile, mode: FilterMode): FilterResult {
  let byMode = unfiltered.get(map);
  if (!byMode) unfiltered.set(map, (byMode = new Map()));
  let result = byMode.get(mode);
  if (!result) {
    result = {
      active: false,
      chosen: [],
      mode,
      papers: new Set(map.papers.map((p) => p.id)),
      keywords: new Set(map.keywords.map((k) => k.id)),
      total: map.papers.length,
    };
    byMode.set(mode, result);
  }
  return result;
}

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
}

/**
 * Narrows the map to the papers having all (or any) of the chosen keywords, and their keywords.
 * Ids the map does not know are ignored, so a stale URL cannot empty the map.
 */
export function filterMap(map: MapFile, index: MapIndex, filter: MapFilter): FilterResult {
  const chosen = filter.keywords.filter((id) => index.keywordById.has(id));
  const total = map.papers.length;
  if (chosen.length === 0) {
    return {
      active: false,
      chosen,
      mode: filter.mode,
      papers: new Set(map.papers.map((p) => p.id)),
      keywords: new Set(map.keywords.map((k) => k.id)),
      total,
    };
  }
  const papers = new Set<string>();
  for (const paper of map.papers) {
    const own = new Set((index.keywordsOfPaper.get(paper.id) ?? []).map((l) => l.keywordId));
    const pass = filter.mode === 'all' ? chosen.every((id) => own.has(id)) : chosen.some((id) => own.has(id));
    if (pass) papers.add(paper.id);
  }
  const keywords = new Set<string>(chosen);
  for (const id of papers) {
    for (const link of index.keywordsOfPaper.get(id) ?? []) keywords.add(link.keywordId);
  }
  return { active: true, chosen, mode: filter.mode, papers, keywords, total };
}

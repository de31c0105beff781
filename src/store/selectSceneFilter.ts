import type { MapChanges, MapFile } from '../core/map';
import type { FilterResult } from '../core/query';
import type { MapStoreState } from './mapStoreState';
import { selectFilterResult } from './selectFilterResult';

/**
 * The filter as the map draws it: the keyword and year filter, narrowed with "Highlight new" to
 * the map's new papers and new keywords (the rest dimmed, as a filter dims). The canvas draws
 * this, and so the SVG and PNG exports of what it drew show the highlight too; the paper counts
 * and lists keep to selectFilterResult. Null-safe: a map without `changes` is not highlighted.
 */
export function selectSceneFilter(state: MapStoreState): FilterResult {
  const base = selectFilterResult(state);
  const { map, highlightNew } = state;
  if (!highlightNew || !map?.changes) return base;
  if (last && last.base === base && last.map === map) return last.result;
  const result = highlightFilter(map, base, map.changes);
  last = { base, map, result };
  return result;
}

let last: { base: FilterResult; map: MapFile; result: FilterResult } | null = null;

/** True when the view highlights new papers and keywords: asked for, and the map has changes to show. */
export function selectHighlighting(state: MapStoreState): boolean {
  return state.highlightNew && state.map?.changes !== undefined;
}

/** `base` narrowed to the new papers and new keywords of `changes` (ids the map lacks are ignored). */
export function highlightFilter(map: MapFile, base: FilterResult, changes: MapChanges): FilterResult {
  const newPapers = new Set(changes.newPapers);
  const newKeywords = new Set(changes.newKeywords);
  const paperPasses = new Uint8Array(map.papers.length);
  const keywordPasses = new Uint8Array(map.keywords.length);
  const papers = new Set<string>();
  const keywords = new Set<string>();
  map.papers.forEach((p, i) => {
    if (newPapers.has(p.id) && (!base.active || base.papers.has(p.id))) {
      paperPasses[i] = 1;
      papers.add(p.id);
    }
  });
  map.keywords.forEach((k, i) => {
    if (newKeywords.has(k.id) && (!base.active || base.keywords.has(k.id))) {
      keywordPasses[i] = 1;
      keywords.add(k.id);
    }
  });
  return { ...base, active: true, papers, keywords, paperPasses, keywordPasses };
}

import { filterMap, type FilterResult } from '../core/query';
import type { MapStoreState } from './mapStoreState';

const EMPTY: FilterResult = {
  active: false,
  chosen: [],
  mode: 'all',
  papers: new Set(),
  keywords: new Set(),
  total: 0,
};

let last: { map: unknown; keywords: unknown; mode: unknown; years: unknown; result: FilterResult } | null = null;

/**
 * The filter applied to the map. Memoised on its inputs (which the store replaces, never
 * mutates), so components and the canvas can call it on every render or frame and get the same
 * object back until the map or the filter changes.
 */
export function selectFilterResult(state: MapStoreState): FilterResult {
  const { map, index, filterKeywords, filterMode, filterYears } = state;
  if (!map || !index) return EMPTY;
  if (last && last.map === map && last.keywords === filterKeywords && last.mode === filterMode && last.years === filterYears) {
    return last.result;
  }
  const result = filterMap(map, index, { keywords: filterKeywords, mode: filterMode, years: filterYears });
  last = { map, keywords: filterKeywords, mode: filterMode, years: filterYears, result };
  return result;
}

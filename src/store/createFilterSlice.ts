import type { StateCreator } from 'zustand';
import type { FilterSlice, MapStoreState } from './mapStoreState';

/**
 * A filter change the user made brings its matches into view (the canvas decides whether it
 * must move). Restoring a filter (`setFilter`: the URL, history) keeps the view it comes with.
 */
function withFitRequest(s: MapStoreState, change: Partial<MapStoreState>): Partial<MapStoreState> {
  const keywords = change.filterKeywords ?? s.filterKeywords;
  if (keywords.length === 0) return change;
  const auto = s.filterKeywords.length === 0 ? 'first' : 'change';
  return { ...change, viewRequest: { type: 'fitMatches', auto, seq: (s.viewRequest?.seq ?? 0) + 1 } };
}

export const createFilterSlice: StateCreator<MapStoreState, [], [], FilterSlice> = (set) => ({
  filterKeywords: [],
  filterMode: 'all',
  hideFiltered: false,
  filterYears: null,
  setFilterYears: (filterYears) => set({ filterYears }),
  addFilterKeyword: (id) =>
    set((s) => (s.filterKeywords.includes(id) ? s : withFitRequest(s, { filterKeywords: [...s.filterKeywords, id] }))),
  removeFilterKeyword: (id) =>
    set((s) =>
      s.filterKeywords.includes(id) ? withFitRequest(s, { filterKeywords: s.filterKeywords.filter((k) => k !== id) }) : s,
    ),
  clearFilter: () => set({ filterKeywords: [] }),
  setFilterMode: (filterMode) => set((s) => (s.filterMode === filterMode ? s : withFitRequest(s, { filterMode }))),
  setHideFiltered: (hideFiltered) => set({ hideFiltered }),
  setFilter: ({ keywords, mode, hide }) => set({ filterKeywords: [...new Set(keywords)], filterMode: mode, hideFiltered: hide }),
});

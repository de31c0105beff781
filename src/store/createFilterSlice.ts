import type { StateCreator } from 'zustand';
import type { FilterSlice, MapStoreState } from './mapStoreState';

export const createFilterSlice: StateCreator<MapStoreState, [], [], FilterSlice> = (set) => ({
  filterKeywords: [],
  filterMode: 'all',
  hideFiltered: false,
  filterYears: null,
  setFilterYears: (filterYears) => set({ filterYears }),
  addFilterKeyword: (id) =>
    set((s) => (s.filterKeywords.includes(id) ? s : { filterKeywords: [...s.filterKeywords, id] })),
  removeFilterKeyword: (id) => set((s) => ({ filterKeywords: s.filterKeywords.filter((k) => k !== id) })),
  clearFilter: () => set({ filterKeywords: [] }),
  setFilterMode: (filterMode) => set({ filterMode }),
  setHideFiltered: (hideFiltered) => set({ hideFiltered }),
  setFilter: ({ keywords, mode, hide }) =>
    set({ filterKeywords: [...new Set(keywords)], filterMode: mode, hideFiltered: hide }),
});

import type { StateCreator } from 'zustand';
import { indexMap } from '../core/query';
import type { DataSlice, MapStoreState } from './mapStoreState';
import { warmMapIndex } from './warmMapIndex';

// Warming the index of a map that is no longer shown would only cost time.
let stopWarming = (): void => {};

export const createDataSlice: StateCreator<MapStoreState, [], [], DataSlice> = (set) => ({
  map: null,
  index: null,
  source: null,
  status: 'idle',
  error: null,
  startLoading: (source) => set({ status: 'loading', source, error: null }),
  keepMap: (source) => set((s) => (s.map ? { status: 'ready', source, error: null } : s)),
  setMap: (map, source) => {
    const index = indexMap(map);
    stopWarming();
    stopWarming = warmMapIndex(index);
    set({
      map,
      index,
      source,
      status: 'ready',
      error: null,
      filterKeywords: [],
      filterYears: null,
      selection: null,
      hover: null,
      transform: null,
      // A paper placed on the old map has no place on this one.
      placed: null,
    });
  },
  setLoadError: (message, source) => {
    stopWarming();
    set({ status: 'error', error: message, source, map: null, index: null, selection: null, hover: null, placed: null });
  },
});

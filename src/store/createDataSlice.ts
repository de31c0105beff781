import type { StateCreator } from 'zustand';
import { indexMap } from '../core/indexMap';
import type { DataSlice, MapStoreState } from './mapStoreState';

export const createDataSlice: StateCreator<MapStoreState, [], [], DataSlice> = (set) => ({
  map: null,
  index: null,
  source: null,
  status: 'idle',
  error: null,
  startLoading: (source) => set({ status: 'loading', source, error: null }),
  setMap: (map, source) =>
    set({
      map,
      index: indexMap(map),
      source,
      status: 'ready',
      error: null,
      filterKeywords: [],
      selection: null,
      hover: null,
      transform: null,
    }),
  setLoadError: (message, source) =>
    set({ status: 'error', error: message, source, map: null, index: null, selection: null, hover: null }),
});

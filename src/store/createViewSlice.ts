import type { StateCreator } from 'zustand';
import type { MapStoreState, ViewSlice } from './mapStoreState';

export const createViewSlice: StateCreator<MapStoreState, [], [], ViewSlice> = (set) => ({
  theme: 'light',
  colorBy: 'cluster',
  transform: null,
  viewRequest: null,
  density: null,
  highlightNew: false,
  setTheme: (theme) => set({ theme }),
  setColorBy: (colorBy) => set({ colorBy }),
  setDensity: (density) => set({ density }),
  setHighlightNew: (highlightNew) => set({ highlightNew }),
  setTransform: (transform) => set({ transform }),
  requestView: (command) => set((s) => ({ viewRequest: { ...command, seq: (s.viewRequest?.seq ?? 0) + 1 } })),
});

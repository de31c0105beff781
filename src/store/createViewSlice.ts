import type { StateCreator } from 'zustand';
import type { MapStoreState, ViewSlice } from './mapStoreState';

export const createViewSlice: StateCreator<MapStoreState, [], [], ViewSlice> = (set) => ({
  theme: 'light',
  transform: null,
  viewRequest: null,
  density: null,
  setTheme: (theme) => set({ theme }),
  setDensity: (density) => set({ density }),
  setTransform: (transform) => set({ transform }),
  requestView: (command) =>
    set((s) => ({ viewRequest: { ...command, seq: (s.viewRequest?.seq ?? 0) + 1 } })),
});

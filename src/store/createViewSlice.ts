import type { StateCreator } from 'zustand';
import type { MapStoreState, ViewSlice } from './mapStoreState';

export const createViewSlice: StateCreator<MapStoreState, [], [], ViewSlice> = (set) => ({
  theme: 'light',
  transform: null,
  viewRequest: null,
  setTheme: (theme) => set({ theme }),
  setTransform: (transform) => set({ transform }),
  requestView: (command) =>
    set((s) => ({ viewRequest: { ...command, seq: (s.viewRequest?.seq ?? 0) + 1 } })),
});

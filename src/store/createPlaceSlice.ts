import type { StateCreator } from 'zustand';
import type { MapStoreState, PlaceSlice } from './mapStoreState';

export const createPlaceSlice: StateCreator<MapStoreState, [], [], PlaceSlice> = (set) => ({
  placed: null,
  setPlaced: (placed) => set({ placed }),
});

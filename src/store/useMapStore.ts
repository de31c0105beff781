import { create } from 'zustand';
import { createCorpusSlice } from './createCorpusSlice';
import { createDataSlice } from './createDataSlice';
import { createFilterSlice } from './createFilterSlice';
import { createPlaceSlice } from './createPlaceSlice';
import { createSelectionSlice } from './createSelectionSlice';
import { createViewSlice } from './createViewSlice';
import type { MapStoreState } from './mapStoreState';

/** The app's one store: data, filters, selection, view and corpus (building in the browser) slices. */
export const useMapStore = create<MapStoreState>()((...args) => ({
  ...createDataSlice(...args),
  ...createFilterSlice(...args),
  ...createSelectionSlice(...args),
  ...createViewSlice(...args),
  ...createCorpusSlice(...args),
  ...createPlaceSlice(...args),
}));

const initialState = useMapStore.getState();

/** Puts the store back as it was created (tests call it between cases). */
export function resetMapStore(): void {
  useMapStore.setState(initialState, true);
}

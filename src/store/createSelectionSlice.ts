import type { StateCreator } from 'zustand';
import type { MapSelection } from '../core/query';
import type { MapStoreState, SelectionSlice } from './mapStoreState';

function sameSelection(a: MapSelection | null, b: MapSelection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

export const createSelectionSlice: StateCreator<MapStoreState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  hover: null,
  // Selecting what is already selected keeps the same object, so subscribers (the URL history)
  // see no change.
  select: (selection) => set((s) => (sameSelection(s.selection, selection) ? s : { selection })),
  setHover: (hover) =>
    set((s) =>
      s.hover === hover ||
      (s.hover !== null && hover !== null && s.hover.id === hover.id && s.hover.x === hover.x && s.hover.y === hover.y)
        ? s
        : { hover },
    ),
});

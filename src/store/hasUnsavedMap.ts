import type { MapStoreState } from './mapStoreState';

/**
 * The map on screen was built in this page (from a corpus, or by a curation edit or an update of
 * one) and not saved since: it exists nowhere else, so leaving the page would lose it. A map
 * opened from a file or the server is not: it is there to open again.
 */
export function hasUnsavedMap(state: MapStoreState): boolean {
  return state.map !== null && state.corpusMap === state.map && state.savedMap !== state.map;
}

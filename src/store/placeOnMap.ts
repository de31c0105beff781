import type { MapFile } from '../core/map';
import type { PlaceIndex } from '../core/place';
import type { PlacedPaper } from './mapStoreState';
import { useMapStore } from './useMapStore';

/**
 * Each map's place index, made on its first placement and dropped with the map (a weak key): the
 * map object owns it, so two views of one map share it and no other map evicts it.
 */
const indexes = new WeakMap<MapFile, PlaceIndex>();

/**
 * Places the pasted paper (title and abstract, or a BibTeX entry) on the map on screen, in this
 * page, and shows it (store `placed`). The place stage is loaded on first use: it brings the
 * keyword stage's tagger (megabytes) that the map alone never needs. Throws the input's error
 * ("pasted:2: no abstract: …") for the dialog to show; does nothing without a map.
 */
export async function placeOnMap(text: string): Promise<PlacedPaper | null> {
  const { createPlaceIndex, parsePlaceInput, placePaper } = await import('../core/place');
  const paper = parsePlaceInput(text, 'pasted');
  const map = useMapStore.getState().map;
  if (!map) return null;
  const index = indexOf(map, createPlaceIndex);
  const placed = { title: paper.title, placement: placePaper(map, paper, { index }) };
  // The map may have changed while the stage loaded: a placement on another map is not shown.
  const state = useMapStore.getState();
  if (state.map !== map) return placed;
  state.setPlaced(placed);
  return placed;
}

function indexOf(map: MapFile, create: (map: MapFile) => PlaceIndex): PlaceIndex {
  let index = indexes.get(map);
  if (!index) {
    index = create(map);
    indexes.set(map, index);
  }
  return index;
}

/**
 * Loads the place stage and builds the map's index ahead of the first placement (the dialog
 * calls it when it opens, while the user pastes): about a second at 20,000 papers, once per map.
 */
export async function warmPlaceIndex(): Promise<void> {
  const { createPlaceIndex } = await import('../core/place');
  const map = useMapStore.getState().map;
  if (map) indexOf(map, createPlaceIndex);
}

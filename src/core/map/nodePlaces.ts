import type { MapFile } from './types';

/**
 * The place of each paper and keyword in `map.papers` and `map.keywords`, by id: validateMap
 * makes these while checking that ids are unique (a Map instead of a Set of the same ids), and
 * keeps them beside the map it returns, so that the index (core/query computeNodeSlots) need not
 * hash 100,000 paper ids again on the first load (30-35 ms of CPU in Node at 100,000 papers).
 */
export interface NodePlaces {
  readonly papers: ReadonlyMap<string, number>;
  readonly keywords: ReadonlyMap<string, number>;
}

// Owned by the map object, as its link places are (linkPlaces): a dropped map takes them along.
// Maps are not mutated once read (see MapIndex), so the places stay true.
const known = new WeakMap<MapFile, NodePlaces>();

/** Records the places of `map`'s nodes, as validateMap found them (every id, once). */
export function rememberNodePlaces(map: MapFile, places: NodePlaces): void {
  if (places.papers.size !== map.papers.length || places.keywords.size !== map.keywords.length) {
    throw new Error(`rememberNodePlaces: ${places.papers.size} paper places for ${map.papers.length} papers`);
  }
  known.set(map, places);
}

/** The places recorded for `map`'s nodes, or undefined (a map that validateMap did not return). */
export function nodePlacesOf(map: MapFile): NodePlaces | undefined {
  return known.get(map);
}

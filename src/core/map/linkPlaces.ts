import type { MapFile } from './types';

/**
 * Each link's ends as places in `map.papers` and `map.keywords`: what the compact map stores
 * (core/map/compactFormat), kept beside the map it was decoded into, so that the index
 * (core/query linkEnds) need not look 2 ids up per link again (at 100,000 papers, 200,000 links).
 */
export interface LinkPlaces {
  readonly paper: Int32Array;
  readonly keyword: Int32Array;
  /** Each link's weight, as `map.links[i].weight`. */
  readonly weight: Float64Array;
}

// Owned by the map object: a map that is dropped takes its link places with it. Maps are not
// mutated once read (see MapIndex), so the places stay true.
const known = new WeakMap<MapFile, LinkPlaces>();

/**
 * Records the places of `map`'s links, as its reader decoded them (one per link, in range).
 * `count` is the number of links, given by a reader whose link objects are not made yet
 * (decodeCompactMap makes them when first read: reading `map.links` here would make them).
 */
export function rememberLinkPlaces(map: MapFile, places: LinkPlaces, count?: number): void {
  const n = count ?? map.links.length;
  if (places.paper.length !== n || places.keyword.length !== n || places.weight.length !== n) {
    throw new Error(`rememberLinkPlaces: ${places.paper.length} places for ${n} links`);
  }
  known.set(map, places);
}

/** The places recorded for `map`'s links, or undefined (a map read from JSON, or built). */
export function linkPlacesOf(map: MapFile): LinkPlaces | undefined {
  return known.get(map);
}

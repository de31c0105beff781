import { computeTimeIndex, type TimeIndex } from '../core/time';
import type { MapFile } from '../core/map';

// Owned by the map object: a map that is dropped takes its time index with it.
const cache = new WeakMap<MapFile, TimeIndex | null>();

/** The map's papers per year (core/time), worked out once per map; null when no paper has a year. */
export function selectTimeIndex(map: MapFile | null): TimeIndex | null {
  if (!map) return null;
  let time = cache.get(map);
  if (time === undefined) {
    time = computeTimeIndex(map) ?? null;
    cache.set(map, time);
  }
  return time;
}

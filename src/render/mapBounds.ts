import type { MapFile } from '../core/map';
import type { FilterResult } from '../core/query';
import { boundsOf, type Bounds } from '../core/scene';

type Place = { x: number; y: number };

/** Bounds of the whole map, from its arrays (no id look-ups: 20k nodes are fitted on load). */
export function mapBounds(map: MapFile, moved?: ReadonlyMap<string, Place>): Bounds | null {
  const at = (n: { id: string; x: number; y: number }): Place => moved?.get(n.id) ?? n;
  return boundsOf([...map.papers.map(at), ...map.keywords.map(at)]);
}

/** Bounds of the nodes `ids` where they are now (ids with no place are left out). */
export function boundsOfIds(ids: Iterable<string>, placeOf: (id: string) => Place | undefined): Bounds | null {
  const pts: Place[] = [];
  for (const id of ids) {
    const p = placeOf(id);
    if (p) pts.push(p);
  }
  return boundsOf(pts);
}

/** Bounds of what the view shows: the whole map, unless the filter hides what does not pass. */
export function visibleBounds(
  map: MapFile,
  filter: FilterResult,
  hideFiltered: boolean,
  placeOf: (id: string) => Place | undefined,
  moved?: ReadonlyMap<string, Place>,
): Bounds | null {
  if (!filter.active || !hideFiltered) return mapBounds(map, moved);
  return boundsOfIds([...filter.papers, ...filter.keywords], placeOf);
}

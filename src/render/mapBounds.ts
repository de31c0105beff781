import type { MapFile } from '../core/map';
import type { FilterResult } from '../core/query';
import { boundsOf, type Bounds } from '../core/scene';

type Place = { x: number; y: number };

/**
 * Bounds of the whole map, from its arrays: no id look-ups and no list of points (the fit on
 * load runs it twice over every node before the first paint, mostly before it is compiled: plain
 * indexed loops over local numbers, the moved places looked up only when there are some).
 */
export function mapBounds(map: MapFile, moved?: ReadonlyMap<string, Place>): Bounds | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const hasMoved = moved !== undefined && moved.size > 0;
  for (const nodes of [map.papers, map.keywords] as readonly (readonly { id: string; x: number; y: number }[])[]) {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      const p = hasMoved ? (moved.get(n.id) ?? n) : n;
      const { x, y } = p;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x0 <= x1 ? { x0, y0, x1, y1 } : null;
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

/**
 * Bounds of the papers that pass `filter`, where they are now. By place when the filter gives its
 * set that way: a 100,000-paper map's "fit to matches" looked up each matching paper by id (14k
 * papers for a common keyword: 5-14 ms of a filter in the profiles).
 */
export function boundsOfMatches(
  map: MapFile,
  filter: FilterResult,
  placeOf: (id: string) => Place | undefined,
  moved?: ReadonlyMap<string, Place>,
): Bounds | null {
  if (!filter.active) return null;
  const passes = filter.paperPasses;
  if (passes?.length !== map.papers.length) return boundsOfIds(filter.papers, placeOf);
  const papers = map.papers;
  const hasMoved = moved !== undefined && moved.size > 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < passes.length; i++) {
    if (passes[i] !== 1) continue;
    const paper = papers[i];
    const p = hasMoved ? (moved.get(paper.id) ?? paper) : paper;
    if (p.x < x0) x0 = p.x;
    if (p.x > x1) x1 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.y > y1) y1 = p.y;
  }
  return x0 <= x1 ? { x0, y0, x1, y1 } : null;
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

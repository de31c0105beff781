import type { MapIndex } from './indexMap';
import type { MapFile } from '../map';
import { IdsOfPlaces } from './IdsOfPlaces';
import { PassingIds } from './PassingIds';

export type FilterMode = 'all' | 'any';

export interface MapFilter {
  /** Keyword ids chosen by the user, in the order they were chosen. */
  keywords: readonly string[];
  /** `all`: papers having every chosen keyword; `any`: papers having at least one. */
  mode: FilterMode;
  /** Only papers published in these years (inclusive); undated papers do not pass a year range. */
  years?: YearRange | null;
}

export interface YearRange {
  from: number;
  to: number;
}

export interface FilterResult {
  /** False when no keyword is chosen and no year range set: everything is visible and nothing is dimmed. */
  active: boolean;
  /** The chosen keyword ids the map knows, in the order they were chosen. */
  chosen: readonly string[];
  mode: FilterMode;
  /** Papers that pass the filter (in map order when iterated). */
  papers: ReadonlySet<string>;
  /** Keywords of the papers that pass (the map keeps a paper's keywords with it). */
  keywords: ReadonlySet<string>;
  /** The year range in force, if any. */
  years?: YearRange;
  /** Papers on the whole map, for "N of M papers". */
  total: number;
  /**
   * The same sets by place in map.papers and map.keywords (1: passes), for scenes that go
   * through every node: no string lookups per node. Absent on results made elsewhere.
   */
  paperPasses?: Uint8Array;
  keywordPasses?: Uint8Array;
}

/**
 * Narrows the map to the papers having all (or any) of the chosen keywords, and their keywords.
 * Ids the map does not know are ignored, so a stale URL cannot empty the map. Works from the
 * links' ends by place (the index's linkEnds, once per map): its cost follows the links of the chosen
 * keywords and of the papers that pass, plus one pass over the papers.
 */
export function filterMap(map: MapFile, index: MapIndex, filter: MapFilter): FilterResult {
  const chosen = filter.keywords.filter((id) => index.keywordById.has(id));
  const total = map.papers.length;
  const years = filter.years ?? null;
  if (chosen.length === 0 && !years) return everything(map, index, filter.mode);
  // By place in map.papers and map.keywords, through the links' ends: no string lookups per link.
  const ends = index.linkEnds;
  const keywordAt = index.slots.keywords;
  const chosenAt = [...new Set(chosen.map((id) => keywordAt.get(id) ?? -1))].filter((k) => k >= 0);
  const paperPasses = new Uint8Array(total);
  const { byKeyword, byPaper } = ends;
  if (chosenAt.length === 0) {
    paperPasses.fill(1); // a year range alone: every paper, then narrowed by year below
  } else if (filter.mode === 'any' || chosenAt.length === 1) {
    for (const k of chosenAt) {
      for (let j = byKeyword.start[k]; j < byKeyword.start[k + 1]; j++) {
        const paper = ends.paper[byKeyword.at[j]];
        if (paper >= 0) paperPasses[paper] = 1;
      }
    }
  } else {
    // Papers having every chosen keyword: each counts the chosen keywords it has (once each).
    const has = new Int32Array(total);
    const lastOf = new Int32Array(total).fill(-1);
    for (const k of chosenAt) {
      for (let j = byKeyword.start[k]; j < byKeyword.start[k + 1]; j++) {
        const paper = ends.paper[byKeyword.at[j]];
        if (paper < 0 || lastOf[paper] === k) continue;
        lastOf[paper] = k;
        if (++has[paper] === chosenAt.length) paperPasses[paper] = 1;
      }
    }
  }
  if (years) {
    for (let i = 0; i < total; i++) {
      const year = map.papers[i].year;
      if (year === undefined || year < years.from || year > years.to) paperPasses[i] = 0;
    }
  }
  // The passing papers' keywords with them; their ids are read only when asked (PassingIds).
  let passing = 0;
  const keywordPasses = new Uint8Array(map.keywords.length);
  for (let i = 0; i < total; i++) {
    if (paperPasses[i] === 0) continue;
    passing++;
    for (let j = byPaper.start[i]; j < byPaper.start[i + 1]; j++) {
      const keyword = ends.keyword[byPaper.at[j]];
      if (keyword >= 0) keywordPasses[keyword] = 1;
    }
  }
  const papers = new PassingIds(map.papers, index.slots.papers, paperPasses, passing);
  for (const k of chosenAt) keywordPasses[k] = 1;
  const keywords = new Set<string>(chosen);
  map.keywords.forEach((k, i) => {
    if (keywordPasses[i] === 1) keywords.add(k.id);
  });
  return {
    active: true,
    chosen,
    mode: filter.mode,
    papers,
    keywords,
    total,
    paperPasses,
    keywordPasses,
    ...(years ? { years: { from: years.from, to: years.to } } : {}),
  };
}

/** The inactive filter of a map: the same sets every time (they are read-only). */
const unfiltered = new WeakMap<MapFile, Map<FilterMode, FilterResult>>();

function everything(map: MapFile, index: MapIndex, mode: FilterMode): FilterResult {
  let byMode = unfiltered.get(map);
  if (!byMode) unfiltered.set(map, (byMode = new Map()));
  let result = byMode.get(mode);
  if (!result) {
    result = {
      active: false,
      chosen: [],
      mode,
      // The index's id tables serve as the sets (IdsOfPlaces): no copy of 100,000 ids.
      papers: new IdsOfPlaces(index.slots.papers),
      keywords: new IdsOfPlaces(index.slots.keywords),
      total: map.papers.length,
    };
    byMode.set(mode, result);
  }
  return result;
}

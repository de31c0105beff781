import type { FilterResult, MapIndex, MapSelection } from '../query';
import type { ThemeName } from '../style';
import type { MapFile } from '../map';
import type { ScreenBox, TextMeasure } from './placeLabels';
import type { SceneView } from './scene';

export type ColorBy = 'cluster' | 'year';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Node positions that moved since the map was built (a dragged node and those it pulled), at a
 * version. Scenes are cached per version: whoever moves these points in place (the drag
 * simulation moves the same objects every tick) gives a new version, or the scene stays stale.
 */
export interface MovedPositions {
  readonly version: number;
  readonly at: ReadonlyMap<string, Point>;
}

/**
 * What a scene is computed from. Read-only: scenes are cached on the identity of these values
 * (see SceneCache), so a caller replaces what changes (the store does), never mutates it.
 */
export interface SceneInput {
  readonly map: MapFile;
  readonly index: MapIndex;
  readonly filter: FilterResult;
  /** Papers outside an active filter (and keywords left without a paper): hidden, or dimmed. */
  readonly hideFiltered: boolean;
  readonly selection: MapSelection | null;
  /** The node under the pointer: it and its neighbours are highlighted, before the selection. */
  readonly hoverId: string | null;
  readonly theme: ThemeName;
  /**
   * How nodes are coloured: by cluster (default), or by year (papers by their year, keywords by
   * the mean year of their papers, on yearColor's scale; undated ones grey), with a year legend.
   */
  readonly colorBy?: ColorBy;
  readonly view: Readonly<SceneView>;
  /** Positions that moved since the map was built. */
  readonly positions?: MovedPositions;
  /**
   * Measures label text; the canvas passes the real font's metrics. Without it, widths are
   * estimated (no DOM needed), a little generously.
   */
  readonly measureText?: TextMeasure;
  /** Screen areas hidden under panels floating over the map (the legend): labels keep out. */
  readonly reserved?: readonly ScreenBox[];
  /**
   * Screen pixels of links a view may draw (their lengths added up); default LINK_BUDGET. A big
   * map has more links than can be drawn, or seen, at once: the most important ones that fit
   * are drawn, and more appear as the user zooms in.
   */
  readonly linkBudget?: number;
}

/** About 1,500 links across a 1280-pixel map: drawn in a few milliseconds, and still readable. */
export const LINK_BUDGET = 250_000;

export function linkBudgetOf(input: SceneInput): number {
  return input.linkBudget ?? LINK_BUDGET;
}

export function sameView(a: Readonly<SceneView>, b: Readonly<SceneView>): boolean {
  return a.width === b.width && a.height === b.height && a.k === b.k && a.x === b.x && a.y === b.y;
}

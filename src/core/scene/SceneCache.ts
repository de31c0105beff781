import type { MapFile, MapPaper } from '../map';
import type { MapSelection } from '../query';
import type { ScreenLengthMemo } from './chooseLinks';
import type { BaseScene, ChosenLinks } from './computeScene';
import type { FocusState } from './focusState';
import type { KeywordCandidates } from './labelCandidates';
import type { NodeGrid } from './NodeGrid';
import type { SceneEdge, SceneNode, SceneView } from './scene';
import type { Geometry } from './sceneGeometry';
import type { SceneLayers } from './sceneLayers';
import type { Styled } from './styledNodes';
import type { YearColors } from './yearColors';

/**
 * What scenes of one map keep between calls, so that zooming, hovering and filtering redo only
 * what they change. The caller creates one per map and view (the canvas, an export) and drops it
 * with the map: two views, or a batch of exports, never evict each other's entries. Its fields
 * belong to the scene stage; outside it, pass it along and never read it.
 */
export interface SceneCache {
  /** The map it is for: a scene of another map with this cache is an error. */
  readonly map: MapFile;
  /** The last few layers, most recent first (see sceneLayers). */
  readonly layers: { key: readonly unknown[]; layers: SceneLayers }[];
  geometry: { key: readonly unknown[]; geometry: Geometry } | null;
  styled: { key: readonly unknown[]; styled: Styled } | null;
  keywordCandidates: { key: readonly unknown[]; all: KeywordCandidates } | null;
  /** Each slot's place in the styled nodes' order (for sorting a focus without the draw order). */
  orderPlace: { order: Int32Array; place: Int32Array } | null;
  /** The year overlay's colours, per theme (a filter change does not recount the years). */
  yearColors: { theme: string; colors: YearColors } | null;
  /** Links of each paper on the map, by paper index. */
  degrees: Int32Array | null;
  /** Paper indices by short title. */
  titleOrder: readonly number[] | null;
  readonly shortTitles: Map<MapPaper, string>;
  /** Per set of layers (this cache's own): the last choice of links, unfocused scene, all edges. */
  readonly chosen: WeakMap<SceneLayers, { view: SceneView; budget: number; chosen: ChosenLinks }>;
  readonly base: WeakMap<SceneLayers, { choice: ChosenLinks; base: BaseScene }>;
  readonly allEdges: WeakMap<SceneLayers, SceneEdge[]>;
  focus: { layers: SceneLayers; hoverId: string | null; selection: MapSelection | null; state: FocusState | null } | null;
  full: { state: FocusState; nodes: SceneNode[] } | null;
  focusGrid: { state: FocusState; grid: NodeGrid } | null;
  readonly lengths: ScreenLengthMemo;
}

/** An empty cache for scenes of `map`. */
export function createSceneCache(map: MapFile): SceneCache {
  return {
    map,
    layers: [],
    geometry: null,
    styled: null,
    keywordCandidates: null,
    orderPlace: null,
    yearColors: null,
    degrees: null,
    titleOrder: null,
    shortTitles: new Map(),
    chosen: new WeakMap(),
    base: new WeakMap(),
    allEdges: new WeakMap(),
    focus: null,
    full: null,
    focusGrid: null,
    lengths: new WeakMap(),
  };
}

/** Throws unless `cache` was made for `map`: entries of another map would be drawn silently. */
export function checkSceneCache(cache: SceneCache, map: MapFile): void {
  if (cache.map !== map)
    throw new Error('scene: this SceneCache was created for another map; create one per map (createSceneCache)');
}

/** Whether two cache keys hold the same values, by identity (inputs are replaced, never mutated). */
export function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

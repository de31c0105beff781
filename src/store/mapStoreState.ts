import type { FilterMode } from '../core/filterMap';
import type { MapIndex } from '../core/indexMap';
import type { MapSelection } from '../core/mapSelection';
import type { ThemeName } from '../core/theme';
import type { MapFile } from '../core/types';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface DataSlice {
  map: MapFile | null;
  /** Look-up tables over `map`, built once per map. */
  index: MapIndex | null;
  /** Where the map came from: a URL or a file name (shown, and named in messages). */
  source: string | null;
  status: LoadStatus;
  /** What is wrong with the map that failed to load, in words for the user. */
  error: string | null;
  startLoading(source: string): void;
  /** Shows a new map: filters, selection and hover start empty. */
  setMap(map: MapFile, source: string): void;
  setLoadError(message: string, source: string): void;
}

export interface FilterSlice {
  /** Chosen keyword ids, in the order they were chosen. */
  filterKeywords: readonly string[];
  filterMode: FilterMode;
  /** Papers outside the filter are hidden (true) or dimmed (false). */
  hideFiltered: boolean;
  addFilterKeyword(id: string): void;
  removeFilterKeyword(id: string): void;
  clearFilter(): void;
  setFilterMode(mode: FilterMode): void;
  setHideFiltered(hide: boolean): void;
  setFilter(filter: { keywords: readonly string[]; mode: FilterMode; hide: boolean }): void;
}

export interface HoverState {
  id: string;
  /** Pointer position in canvas pixels, for the tooltip. */
  x: number;
  y: number;
}

export interface SelectionSlice {
  selection: MapSelection | null;
  hover: HoverState | null;
  select(selection: MapSelection | null): void;
  setHover(hover: HoverState | null): void;
}

export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/** Something the map view should do; the canvas carries it out (it owns the zoom behaviour). */
export type ViewCommand =
  | { type: 'fit' }
  | { type: 'zoomBy'; factor: number }
  | { type: 'focusNode'; id: string }
  | { type: 'focusCluster'; id: number }
  | { type: 'set'; transform: ViewTransform };

export type ViewRequest = ViewCommand & {
  /** Increases with every request, so the same command can be asked for twice. */
  seq: number;
};

export interface ViewSlice {
  theme: ThemeName;
  /**
   * The view as it was when the user last stopped zooming or panning (for the URL). The live
   * transform changes every frame and stays in the canvas, outside React.
   */
  transform: ViewTransform | null;
  viewRequest: ViewRequest | null;
  setTheme(theme: ThemeName): void;
  setTransform(transform: ViewTransform): void;
  requestView(command: ViewCommand): void;
}

export type MapStoreState = DataSlice & FilterSlice & SelectionSlice & ViewSlice;

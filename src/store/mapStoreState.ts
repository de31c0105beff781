import type { BuildProgress, BuildStage, CorpusFile } from '../core/buildMap';
import type { LegacyEncoding } from '../core/corpus/textEncoding';
import type { DensityMode } from '../core/analysis';
import type { Curation, CurationEdit, UnusedCuration } from '../core/curation';
import type { FilterMode, MapIndex, MapSelection, YearRange } from '../core/query';
import type { Placement } from '../core/place';
import type { ThemeName } from '../core/style';
import type { ColorBy } from '../core/scene';
import type { BuildSettings, CorpusFormat, CorpusTally, CorpusWarning, MapFile } from '../core/map';

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
  /** A load that failed while `map` was on screen: that map stays, shown as from `source` again. */
  keepMap(source: string | null): void;
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
  /** The time filter: only papers of these years (with the keyword filter); null for all years. In the URL (`years=1960-1969`). */
  filterYears: YearRange | null;
  setFilterYears(years: YearRange | null): void;
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
  /**
   * Bring the selection into the part of the view a panel leaves uncovered (the details sheet of
   * a phone), panning only, and only when it is not there already.
   */
  | { type: 'reveal'; selection: MapSelection }
  /**
   * Fit the view to the papers that pass the keyword filter. `auto` when a filter change asks
   * for it (not the user): skipped when the matches are already in view, or when the user has
   * moved the view since the filter was set (`first` marks the change that set it).
   */
  | { type: 'fitMatches'; auto?: 'first' | 'change' }
  | { type: 'set'; transform: ViewTransform };

export type ViewRequest = ViewCommand & {
  /** Increases with every request, so the same command can be asked for twice. */
  seq: number;
};

export interface ViewSlice {
  theme: ThemeName;
  /** Nodes coloured by cluster or by year (the overlay); kept in the URL (`color=year`). */
  colorBy: ColorBy;
  /**
   * The view as it was when the user last stopped zooming or panning (for the URL). The live
   * transform changes every frame and stays in the canvas, outside React.
   */
  transform: ViewTransform | null;
  viewRequest: ViewRequest | null;
  /**
   * The density view under the map (of papers or keyword weight, heat-map or cluster coloured);
   * null for the plain map. In the URL (`density=heat`, `density=cluster,keywords`).
   */
  density: DensityMode | null;
  /**
   * "Highlight new": on a map that records `changes`, its new papers and keywords stand out and
   * the rest is dimmed (selectSceneFilter). Kept in the URL (`highlight=new`).
   */
  highlightNew: boolean;
  setTheme(theme: ThemeName): void;
  setColorBy(colorBy: ColorBy): void;
  setDensity(density: DensityMode | null): void;
  setHighlightNew(on: boolean): void;
  setTransform(transform: ViewTransform): void;
  requestView(command: ViewCommand): void;
}

/** A corpus as text, ready for the pipeline: what a corpus file, a paste or a map's papers give. */
export interface CorpusText {
  text: string;
  /** Names errors ("papers.csv:3: …"), picks the format by extension unless `format` says, goes in the map. */
  fileName: string;
  format?: CorpusFormat;
  /** The encoding the text was decoded from when the file is not UTF-8 (decodeCorpusBytes). */
  encoding?: LegacyEncoding;
  /** Further files dropped or picked together with this one: built into the same map. */
  more?: CorpusFile[];
  /** The map's name when it is not the files' names joined: a dropped folder's ("works"). */
  source?: string;
}

/** A map to build in the worker (useBuildMap carries it out). */
export interface BuildRequest {
  corpus: CorpusText;
  settings: BuildSettings;
  curation?: Curation;
  /**
   * A rebuild of the map on screen (settings, curation): the zoom, selection and filter stay where
   * the new map still has them. A new corpus starts with the whole map in view instead.
   */
  keepView: boolean;
  /** What to select on the new map instead of the current selection (a merge selects its target). */
  select?: MapSelection;
  /** The map this build updates ("Update map"): built against it, the new map records what changed. */
  previous?: MapFile;
  /**
   * The map on screen a curation edit changes: built to stay close to it (buildMap's `steady`), so
   * clusters keep their colours and nodes their places, and only what the edit touches moves.
   */
  steady?: MapFile;
  /** Increases with every request. */
  seq: number;
}

export type BuildStatus = 'idle' | 'building' | 'error';

/** What the last build in the browser gave, for the note after it. */
export interface BuildReport {
  fileName: string;
  papers: number;
  /** Wall-clock milliseconds from the request to the map, worker start-up included. */
  ms: number;
  /** Milliseconds each pipeline stage took in the worker. */
  timings?: Record<BuildStage, number>;
  warnings: CorpusWarning[];
  /** Records read, skipped (and why) and merged as duplicates: the summary line under the note. */
  tally?: CorpusTally;
  /** The removals and merges of `curation` (the build's) that name no term of the corpus. */
  unused?: UnusedCuration & { curation: Curation };
}

export interface CorpusSlice {
  /** The corpus `corpusMap` was built from; null when the map on screen was opened as a map file. */
  corpus: CorpusText | null;
  corpusMap: MapFile | null;
  /** The map `corpusMap` was built against ("Update map"), so a rebuild of it stays an update; else null. */
  corpusPrevious: MapFile | null;
  buildStatus: BuildStatus;
  /** The latest build asked for; it runs while `buildStatus` is "building". */
  buildRequest: BuildRequest | null;
  buildProgress: BuildProgress | null;
  /** Why the last build failed, as the command line would say it ("papers.csv:1: …"). */
  buildError: string | null;
  /** The notice's heading for buildError: what failed ("The map could not be built"). */
  buildErrorTitle: string;
  lastBuild: BuildReport | null;
  /** Something on the page is about to build (a picker opened): start the worker early. */
  builderWanted: boolean;
  /** The map last downloaded with "Save map"; a map built here and not saved is lost on leaving the page. */
  savedMap: MapFile | null;
  markSaved(map: MapFile): void;
  /** Builds a map from a new corpus with the current settings (and no curation). */
  openCorpus(corpus: CorpusText): void;
  /**
   * "Update map": builds the corpus against the map on screen (its settings and curation), which
   * the new map updates: what survives keeps its ids and place, and the new map records `changes`.
   * Without a map on screen it is openCorpus.
   */
  updateMap(corpus: CorpusText): void;
  /** Rebuilds the map on screen with other settings or curation, keeping the view. */
  rebuild(change: { settings?: BuildSettings; curation?: Curation; select?: MapSelection }): void;
  /** Rebuilds the map on screen with one curation edit made (then selects `select` if it is on the new map). */
  curate(edit: CurationEdit, select?: MapSelection): void;
  requestBuild(request: Omit<BuildRequest, 'seq'>): void;
  cancelBuild(): void;
  warmBuilder(): void;
  setBuildProgress(progress: BuildProgress): void;
  /** Shows a map the worker built for `request`, keeping the view of a rebuild where it can. */
  showBuiltMap(map: MapFile, request: BuildRequest, report: BuildReport): void;
  /** Shows why a build (or the opening of a map file, `title` says which) failed; the map on screen stays. */
  failBuild(message: string, title?: string): void;
  dismissBuildError(): void;
  dismissBuildReport(): void;
}

/** A paper placed on the map ("Place a paper"): drawn as a marker, listed in its panel; nothing on the map changes. */
export interface PlacedPaper {
  title: string;
  placement: Placement;
}

export interface PlaceSlice {
  /** The paper placed on the map on screen; null when none (a new map clears it). */
  placed: PlacedPaper | null;
  setPlaced(placed: PlacedPaper | null): void;
}

export type MapStoreState = DataSlice & FilterSlice & SelectionSlice & ViewSlice & CorpusSlice & PlaceSlice;

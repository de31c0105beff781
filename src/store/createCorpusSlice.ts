import type { StateCreator } from 'zustand';
import { type MapFile, corpusFromMap } from '../core/map';
import { editCuration } from '../core/curation';
import type { CorpusSlice, CorpusText, MapStoreState } from './mapStoreState';
import { allTextsReady, loadAllTexts } from './paperTexts';
import { selectBuildBase } from './selectBuildBase';

// A map opened without its corpus gives its papers back as one; worked out once per map.
const corpusOfMap = new WeakMap<MapFile, CorpusText>();

/** The corpus a rebuild starts from: the one being built, the one the map came from, or the map's own papers. */
function currentCorpus(state: MapStoreState): CorpusText | null {
  if (state.buildStatus === 'building' && state.buildRequest) return state.buildRequest.corpus;
  const { map } = state;
  if (!map) return null;
  if (state.corpus && state.corpusMap === map) return state.corpus;
  let corpus = corpusOfMap.get(map);
  if (!corpus) {
    corpus = corpusFromMap(map);
    corpusOfMap.set(map, corpus);
  }
  return corpus;
}

/** The map a rebuild updates: that of the build under way, or the one the map on screen was built against. */
function currentPrevious(state: MapStoreState): MapFile | undefined {
  if (state.buildStatus === 'building' && state.buildRequest) return state.buildRequest.previous;
  return state.corpusPrevious && state.corpusMap === state.map ? state.corpusPrevious : undefined;
}

const BUILD_FAILED = 'The map could not be built';

export const createCorpusSlice: StateCreator<MapStoreState, [], [], CorpusSlice> = (set, get) => ({
  corpus: null,
  corpusMap: null,
  corpusPrevious: null,
  buildStatus: 'idle',
  buildRequest: null,
  buildProgress: null,
  buildError: null,
  buildErrorTitle: BUILD_FAILED,
  lastBuild: null,
  builderWanted: false,
  savedMap: null,

  openCorpus: (corpus) => {
    // Settings carry over to the new corpus; a curation belongs to the old one's keywords.
    get().requestBuild({ corpus, settings: selectBuildBase(get()).settings, keepView: false });
  },
  updateMap: (corpus) => {
    const state = get();
    if (!state.map) {
      state.openCorpus(corpus);
      return;
    }
    // The new map continues the one on screen: its settings and curation, and the view stays.
    const base = selectBuildBase(state);
    state.requestBuild({
      corpus,
      settings: base.settings,
      curation: base.curation,
      keepView: true,
      previous: state.map,
    });
  },
  rebuild: (change) => {
    const shown = get().map;
    // A compact map's abstracts are the corpus of a rebuild: fetched first, then the rebuild runs.
    if (shown && !(get().corpus && get().corpusMap === shown) && !allTextsReady(shown)) {
      loadAllTexts(shown).then(
        () => {
          if (get().map === shown) get().rebuild(change);
        },
        (error: unknown) => get().failBuild(error instanceof Error ? error.message : String(error)),
      );
      return;
    }
    const state = get();
    const corpus = currentCorpus(state);
    if (!corpus) return;
    const base = selectBuildBase(state);
    const running = state.buildStatus === 'building' ? state.buildRequest : null;
    const previous = currentPrevious(state);
    // A curation edit stays close to the map it edits (or to the one the edit under way does);
    // new settings, like a new seed or resolution, are asked for to give a new map.
    const steady =
      previous || change.settings || !('curation' in change) ? undefined : running ? running.steady : (state.map ?? undefined);
    get().requestBuild({
      corpus,
      settings: change.settings ?? base.settings,
      curation: 'curation' in change ? change.curation : base.curation,
      // Tuning a new corpus while it builds still shows the new map whole.
      keepView: running ? running.keepView : true,
      ...(change.select ? { select: change.select } : {}),
      // Tuning an updated map keeps it an update of the same map (and its record of changes).
      ...(previous ? { previous } : {}),
      ...(steady ? { steady } : {}),
    });
  },
  curate: (edit, select) => get().rebuild({ curation: editCuration(selectBuildBase(get()).curation, edit), select }),
  requestBuild: (request) =>
    set((s) => ({
      buildRequest: { ...request, seq: (s.buildRequest?.seq ?? 0) + 1 },
      buildStatus: 'building',
      buildProgress: null,
      buildError: null,
      lastBuild: null,
      builderWanted: true,
    })),
  cancelBuild: () => set((s) => (s.buildStatus === 'building' ? { buildStatus: 'idle', buildProgress: null } : s)),
  markSaved: (savedMap) => set({ savedMap }),
  warmBuilder: () => set((s) => (s.builderWanted ? s : { builderWanted: true })),
  setBuildProgress: (buildProgress) => set((s) => (s.buildStatus === 'building' ? { buildProgress } : s)),
  showBuiltMap: (map, request, report) => {
    const before = get();
    // Idle first: whoever watches the build sees it finished before the new map arrives.
    set({
      corpus: request.corpus,
      corpusMap: map,
      corpusPrevious: request.previous ?? null,
      buildStatus: 'idle',
      buildProgress: null,
      buildError: null,
      lastBuild: report,
    });
    before.setMap(map, request.corpus.fileName);
    const after = get();
    if (request.keepView && after.index) {
      const { index } = after;
      const keywords = before.filterKeywords.filter((id) => index.keywordById.has(id));
      after.setFilter({ keywords, mode: before.filterMode, hide: before.hideFiltered });
      const selection = request.select ?? before.selection;
      const exists =
        selection !== null &&
        (selection.kind === 'paper'
          ? index.paperById.has(selection.id)
          : selection.kind === 'keyword'
            ? index.keywordById.has(selection.id)
            : index.clusterById.has(selection.id));
      after.select(exists ? selection : null);
      if (before.transform) {
        after.setTransform(before.transform);
        after.requestView({ type: 'set', transform: before.transform });
      }
    } else {
      after.requestView({ type: 'fit' });
    }
  },
  failBuild: (buildError, buildErrorTitle = BUILD_FAILED) =>
    set({ buildStatus: 'error', buildError, buildErrorTitle, buildProgress: null }),
  dismissBuildError: () => set((s) => (s.buildStatus === 'error' ? { buildStatus: 'idle', buildError: null } : s)),
  dismissBuildReport: () => set({ lastBuild: null }),
});

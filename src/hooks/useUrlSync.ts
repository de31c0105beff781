import { useEffect } from 'react';
import type { MapFile } from '../core/map';
import { afterNextPaint } from '../render/afterNextPaint';
import { whenIdle } from '../render/whenIdle';
import type { MapStoreState } from '../store/mapStoreState';
import { selectHighlighting } from '../store/selectSceneFilter';
import { useMapStore } from '../store/useMapStore';
import { formatUrlState, keywordToken, parseUrlState, resolveKeyword, resolveSelection, selectionToken } from '../store/urlState';

/** Longest wait for an idle moment before the address bar is written anyway. */
const URL_WRITE_TIMEOUT_MS = 1000;

function urlFor(state: MapStoreState): string {
  const search = formatUrlState(
    {
      map: parseUrlState(location.search).map,
      select: selectionToken(state.selection),
      kw: state.filterKeywords.map(keywordToken),
      mode: state.filterMode,
      hide: state.hideFiltered,
      view: state.transform,
      color: state.colorBy,
      ...(state.filterYears ? { years: state.filterYears } : {}),
      ...(state.density ? { density: state.density } : {}),
      ...(selectHighlighting(state) ? { highlight: 'new' as const } : {}),
    },
    location.search,
  );
  return `${location.pathname}${search}${location.hash}`;
}

/**
 * Keeps the address bar and the store in step: a loaded map takes its selection, filters and
 * view from the URL; a new selection adds a history entry (so back and forward move between
 * selections); filter and view changes replace the current entry; popstate restores an entry.
 * The address bar is written after the next paint, when the page is idle: pushState took about
 * 5 ms of a click's 50, and at 100,000 papers it blocked the main thread for 5-15 ms right after
 * the click's frame (waiting on the browser), ahead of whatever came next.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let applying = false;
    let mapSeen: MapFile | null = null;
    // A write waiting for the next paint: a push (a new selection) wins over a replace.
    let pending: { push: boolean; cancel(): void } | null = null;

    const cancelPending = (): void => {
      pending?.cancel();
      pending = null;
    };

    /** Writes the address bar for `state` (the store's now unless told): a new entry when a push waits. */
    const write = (state: MapStoreState = useMapStore.getState()): void => {
      const push = pending?.push ?? false;
      cancelPending();
      const next = urlFor(state);
      if (next === `${location.pathname}${location.search}${location.hash}`) return;
      if (push) history.pushState(null, '', next);
      else history.replaceState(history.state, '', next);
    };

    /** `prev`: the state before this change (a selection waiting to be written is written with it). */
    const schedule = (push: boolean, prev?: MapStoreState): void => {
      // Another selection before the last one was written (the write waits for an idle moment):
      // the last one gets its own history entry now, so back still steps through both.
      if (push && pending?.push && prev) write(prev);
      if (pending) {
        pending.push ||= push;
        return;
      }
      // The next paint first, then an idle moment (a second at the latest).
      let cancelIdle = (): void => {};
      const cancelPaint = afterNextPaint(() => {
        cancelIdle = whenIdle(() => write(), URL_WRITE_TIMEOUT_MS);
      });
      pending = {
        push,
        cancel: () => {
          cancelPaint();
          cancelIdle();
        },
      };
    };

    const apply = (initial: boolean): void => {
      cancelPending();
      const state = useMapStore.getState();
      const index = state.index;
      if (!index) return;
      const url = parseUrlState(location.search);
      applying = true;
      try {
        const keywords = url.kw.map((t) => resolveKeyword(t, index)).filter((k): k is string => k !== null);
        state.setFilter({ keywords, mode: url.mode, hide: url.hide });
        state.setColorBy(url.color ?? 'cluster');
        state.setFilterYears(url.years ?? null);
        state.setDensity(url.density ?? null);
        // Only a map that records changes has anything new to highlight; a stale link drops it.
        state.setHighlightNew(url.highlight === 'new' && state.map?.changes !== undefined);
        const selection = resolveSelection(url.select, index);
        state.select(selection);
        if (url.view) {
          state.setTransform(url.view);
          state.requestView({ type: 'set', transform: url.view });
        } else if (initial && selection?.kind === 'cluster') {
          state.requestView({ type: 'focusCluster', id: selection.id });
        } else if (initial && selection) {
          state.requestView({ type: 'focusNode', id: String(selection.id) });
        }
      } finally {
        applying = false;
      }
      // Drop what this map does not have (a stale link), without adding a history entry.
      const next = urlFor(useMapStore.getState());
      if (initial && next !== `${location.pathname}${location.search}${location.hash}`) {
        history.replaceState(history.state, '', next);
      }
    };

    const onChange = (state: MapStoreState, prev: MapStoreState): void => {
      if (state.status !== 'ready' || !state.map) return;
      if (state.map !== mapSeen) {
        mapSeen = state.map;
        apply(true);
        return;
      }
      if (applying) return;
      if (state.selection !== prev.selection) schedule(true, prev);
      else if (
        state.filterKeywords !== prev.filterKeywords ||
        state.filterMode !== prev.filterMode ||
        state.hideFiltered !== prev.hideFiltered ||
        state.colorBy !== prev.colorBy ||
        state.filterYears !== prev.filterYears ||
        state.density !== prev.density ||
        state.highlightNew !== prev.highlightNew ||
        state.transform !== prev.transform
      ) {
        schedule(false);
      }
    };

    const unsubscribe = useMapStore.subscribe(onChange);
    const current = useMapStore.getState();
    if (current.status === 'ready' && current.map) onChange(current, current);
    const onPopState = (): void => apply(false);
    window.addEventListener('popstate', onPopState);
    return () => {
      cancelPending();
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}

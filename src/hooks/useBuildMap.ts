import { useEffect } from 'react';
import { createBuildMapClient, type BuildMapClient } from '../workers/buildMapClient';
import type { BuildRequest, MapStoreState } from '../store/mapStoreState';
import { useMapStore } from '../store/useMapStore';

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Builds maps in the pipeline worker for the store: whenever the store asks for a build
 * (`buildRequest` while `buildStatus` is "building") this starts it, reports progress back, and
 * shows the map or the error; a newer request or cancelBuild() stops the one under way. The
 * client is made here and let go on unmount; tests pass a `createClient` with a fake worker.
 * Use it once, in the App.
 */
export function useBuildMap(createClient: () => BuildMapClient = createBuildMapClient): void {
  useEffect(() => {
    const client = createClient();
    const store = useMapStore;
    let running: { request: BuildRequest; controller: AbortController } | null = null;
    let startedSeq = 0;
    let warmed = false;

    const start = (request: BuildRequest): void => {
      const controller = new AbortController();
      const job = { request, controller };
      running = job;
      startedSeq = request.seq;
      const started = performance.now();
      const { corpus, settings, curation, previous, steady } = request;
      client
        .build(
          {
            text: corpus.text,
            fileName: corpus.fileName,
            settings,
            ...(corpus.format ? { format: corpus.format } : {}),
            ...(corpus.encoding ? { encoding: corpus.encoding } : {}),
            ...(corpus.more ? { more: corpus.more } : {}),
            ...(corpus.source ? { source: corpus.source } : {}),
            ...(curation ? { curation } : {}),
            ...(previous ? { previous } : {}),
            ...(steady ? { steady } : {}),
          },
          {
            signal: controller.signal,
            onProgress: (progress) => {
              if (running === job) store.getState().setBuildProgress(progress);
            },
          },
        )
        .then(
          ({ map, warnings, timings, tally, unusedCuration }) => {
            if (running !== job) return;
            running = null;
            store.getState().showBuiltMap(map, request, {
              fileName: corpus.source ?? [corpus.fileName, ...(corpus.more ?? []).map((file) => file.fileName)].join(' + '),
              papers: map.papers.length,
              ms: performance.now() - started,
              timings,
              warnings,
              ...(tally ? { tally } : {}),
              ...(unusedCuration && curation ? { unused: { ...unusedCuration, curation } } : {}),
            });
          },
          (error: unknown) => {
            if (running !== job) return;
            running = null;
            // Cancelled: the store already says so (cancelBuild) or asked for something newer.
            if (isAbort(error)) return;
            store.getState().failBuild(describeError(error));
          },
        );
    };

    const sync = (state: MapStoreState): void => {
      if (state.builderWanted && !warmed) {
        warmed = true;
        client.warm();
      }
      const wanted = state.buildStatus === 'building' ? state.buildRequest : null;
      if (running && running.request !== wanted) {
        const stale = running;
        running = null;
        stale.controller.abort();
      }
      if (wanted && !running && wanted.seq > startedSeq) start(wanted);
    };

    const unsubscribe = store.subscribe(sync);
    sync(store.getState());
    return () => {
      unsubscribe();
      const stale = running;
      running = null;
      stale?.controller.abort();
      client.dispose();
    };
  }, [createClient]);
}

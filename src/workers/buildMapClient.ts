/**
 * The app's side of the pipeline worker: `build(input)` gives a promise of the map, progress goes
 * to a callback, and `cancel()` ends the build by terminating the worker (the pipeline is one
 * synchronous run: nothing short of that stops it). One worker is kept warm between builds, so
 * tuning settings does not reload the tagger's lexicon each time; a cancelled or failed worker is
 * replaced by a new one on the next build.
 */
import type { BuildProgress, BuildStage, CorpusFile } from '../core/buildMap';
import type { LegacyEncoding } from '../core/corpus/textEncoding';
import type { Curation, UnusedCuration } from '../core/curation';
import {
  type BuildSettings,
  type CorpusFormat,
  type CorpusTally,
  type CorpusWarning,
  type MapFile,
  TOOL_VERSION,
} from '../core/map';
import type { BuildMapReply, BuildMapRequest } from './buildMapProtocol';

export interface BuildMapInput {
  /** The corpus file's text (File.text()). */
  text: string;
  /** The file's name (File.name): picks the format by extension, names errors, goes in the map. */
  fileName: string;
  format?: CorpusFormat;
  /** The encoding the text was decoded from when the file is not UTF-8 (the parse warns). */
  encoding?: LegacyEncoding;
  /** Further files built into the same map (several dropped at once). */
  more?: CorpusFile[];
  /** The map's name when it is not the files' names joined (a dropped folder's). */
  source?: string;
  settings?: Partial<BuildSettings>;
  curation?: Curation;
  /** The map this build updates ("Update map"): the worker builds against it (buildMap's `previous`). */
  previous?: MapFile;
  /** The map on screen a curation edit changes: the build stays close to it (buildMap's `steady`). */
  steady?: MapFile;
}

export interface BuildMapOutput {
  map: MapFile;
  warnings: CorpusWarning[];
  /** Milliseconds spent in each stage, in the worker. */
  timings: Record<BuildStage, number>;
  /** Records read, skipped and merged, for the summary line. */
  tally?: CorpusTally;
  /** The request's removals and merges that name no term of the corpus. */
  unusedCuration?: UnusedCuration;
}

export interface BuildCallOptions {
  /** Called as stages go: parse, keywords (done/total papers), graph, clusters, layout, assemble. */
  onProgress?: (progress: BuildProgress) => void;
  /** Aborting cancels this build, as cancel() does. */
  signal?: AbortSignal;
}

/** A build that failed on its input: the message is complete; file and line when known. */
export class BuildMapError extends Error {
  readonly file?: string;
  readonly line?: number;

  constructor(message: string, file?: string, line?: number) {
    super(message);
    this.name = 'BuildMapError';
    if (file !== undefined) this.file = file;
    if (line !== undefined) this.line = line;
  }
}

export interface BuildMapClient {
  /**
   * Builds a map in the worker. Starting a build while another runs cancels the other (the
   * latest settings win). Rejects with a BuildMapError for bad input (corpus, settings,
   * curation), a DOMException named "AbortError" when cancelled, an Error if the worker crashed.
   */
  build(input: BuildMapInput, options?: BuildCallOptions): Promise<BuildMapOutput>;
  /**
   * Starts the worker ahead of the first build: loading it (the tagger's 4 MB lexicon) takes
   * seconds in a browser, which can pass while the user picks a file.
   */
  warm(): void;
  /** Stops the running build, if any (its promise rejects with an AbortError). */
  cancel(): void;
  /** Cancels and lets the worker go; a later build starts a new one. */
  dispose(): void;
}

/** What the client needs of a Worker; tests pass an in-process stand-in. */
export interface BuildMapWorker {
  postMessage(request: BuildMapRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<BuildMapReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The real worker; Vite sees this `new Worker(new URL(...))` form and bundles the worker. */
function createBuildMapWorker(): BuildMapWorker {
  return new Worker(new URL('./buildMap.worker.ts', import.meta.url), { type: 'module', name: 'build-map' });
}

interface Pending {
  id: number;
  resolve: (output: BuildMapOutput) => void;
  reject: (error: unknown) => void;
  onProgress?: (progress: BuildProgress) => void;
  detach: () => void;
}

export function createBuildMapClient(createWorker: () => BuildMapWorker = createBuildMapWorker): BuildMapClient {
  let worker: BuildMapWorker | undefined;
  let pending: Pending | undefined;
  let nextId = 1;

  const settle = (): Pending | undefined => {
    const job = pending;
    pending = undefined;
    job?.detach();
    return job;
  };
  const dropWorker = (): void => {
    worker?.terminate();
    worker = undefined;
  };
  const cancel = (): void => {
    const job = settle();
    if (!job) return;
    // The worker is busy with this build and cannot be interrupted any other way.
    dropWorker();
    job.reject(new DOMException('The map build was cancelled', 'AbortError'));
  };

  const onReply = (reply: BuildMapReply): void => {
    if (!pending || reply.id !== pending.id) return;
    switch (reply.type) {
      case 'progress':
        pending.onProgress?.({ stage: reply.stage, done: reply.done, total: reply.total });
        return;
      case 'done':
        settle()?.resolve({
          map: reply.map,
          warnings: reply.warnings,
          timings: reply.timings,
          ...(reply.tally ? { tally: reply.tally } : {}),
          ...(reply.unusedCuration ? { unusedCuration: reply.unusedCuration } : {}),
        });
        return;
      case 'error':
        settle()?.reject(new BuildMapError(reply.message, reply.file, reply.line));
        return;
    }
  };

  const ensureWorker = (): BuildMapWorker => {
    if (worker) return worker;
    const created = createWorker();
    created.onmessage = (event) => onReply(event.data);
    created.onerror = (event) => {
      // A crash or a worker script that failed to load: this worker is done for.
      event.preventDefault?.();
      if (worker === created) worker = undefined;
      created.terminate();
      settle()?.reject(new Error(`build-map worker failed: ${event.message || 'the worker could not start'}`));
    };
    worker = created;
    return created;
  };

  return {
    build(input, options = {}) {
      cancel();
      const { signal } = options;
      if (signal?.aborted) return Promise.reject(new DOMException('The map build was cancelled', 'AbortError'));
      const id = nextId++;
      return new Promise<BuildMapOutput>((resolve, reject) => {
        const onAbort = (): void => {
          if (pending?.id === id) cancel();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        pending = {
          id,
          resolve,
          reject,
          onProgress: options.onProgress,
          detach: () => signal?.removeEventListener('abort', onAbort),
        };
        const request: BuildMapRequest = {
          type: 'build',
          id,
          text: input.text,
          fileName: input.fileName,
          settings: input.settings ?? {},
          toolVersion: TOOL_VERSION,
          ...(input.format ? { format: input.format } : {}),
          ...(input.encoding ? { encoding: input.encoding } : {}),
          ...(input.more && input.more.length > 0 ? { more: input.more } : {}),
          ...(input.source ? { source: input.source } : {}),
          ...(input.curation ? { curation: input.curation } : {}),
          ...(input.previous ? { previous: input.previous } : {}),
          ...(input.steady ? { steady: input.steady } : {}),
        };
        try {
          ensureWorker().postMessage(request);
        } catch (error) {
          settle();
          dropWorker();
          reject(error);
        }
      });
    },
    warm() {
      ensureWorker();
    },
    cancel,
    dispose() {
      cancel();
      dropWorker();
    },
  };
}

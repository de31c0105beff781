/**
 * computeKeywords on worker threads (node:worker_threads), for `build:map --threads N`: the papers
 * go out in runs of consecutive papers; each worker tokenises, tags and extracts the candidates
 * of a run (the per-paper work, most of the stage) and sends back the run's vocabulary; the main
 * thread joins the vocabularies in run order (createKeywordMerger, as they arrive), which gives
 * every term the id one pass over all the papers gives; then each worker scores its runs with the
 * corpus-wide weights. The index is the same as computeKeywords', byte for byte, for any number
 * of threads and any run size (test/scripts/parallelKeywords.test.ts).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  DEFAULT_KEYWORD_WEIGHTS,
  type KeywordDoc,
  type ChunkVocabulary,
  chunkTermWeights,
  computeKeywords,
  createKeywordMerger,
  type KeywordWeights,
  type ScoredChunk,
  scoredTermLists,
} from '../../../src/core/keywords';
import type { KeywordIndex, ScoredTerm } from '../../../src/core/map';
import type { WorkerReply, WorkerRequest } from './messages';

export interface ParallelKeywordsOptions {
  /** Worker threads; 1 runs computeKeywords on this thread. */
  threads: number;
  /** Papers per run (default: about 4 runs per thread, 50 to 5,000 papers). */
  chunkSize?: number;
  weights?: Partial<KeywordWeights>;
  onProgress?: (done: number, total: number) => void;
}

/** The default for --threads: the cores this process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

const MIN_CHUNK = 50;
const EMPTY_RUN: ScoredChunk = { docStart: new Int32Array(1), term: new Int32Array(0), score: new Float64Array(0) };
const MAX_CHUNK = 5000;
/** Runs in flight per worker: one being worked on, one waiting, so a worker never idles on the main thread. */
const IN_FLIGHT = 2;

let started = 0;
/** Worker threads started by this process so far (tests check that the threaded path ran). */
export function workersStarted(): number {
  return started;
}

/**
 * The worker runs TypeScript: it registers tsx's loader itself (a worker thread does not inherit
 * the loader hooks of its parent), then imports keywordsWorker.ts.
 */
function startWorker(): Worker {
  const tsx = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsx, 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./keywordsWorker.ts', import.meta.url).href;
  started++;
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(worker)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
}

/** A worker and its requests in order: it answers them in the order it gets them. */
class KeywordsWorker {
  private readonly worker = startWorker();
  private readonly waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }[] = [];
  private failure: Error | undefined;

  constructor() {
    this.worker.on('message', (reply: WorkerReply) => {
      const next = this.waiting.shift();
      if (!next) return;
      if (reply.type === 'error') {
        const error = new Error(`keywords worker, run ${reply.chunk}: ${reply.message}`);
        if (reply.stack) error.stack = reply.stack;
        next.reject(error);
      } else {
        next.resolve(reply);
      }
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      for (const next of this.waiting.splice(0)) next.reject(error);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`keywords worker stopped (exit code ${code})`)));
  }

  call(request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<WorkerReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(request, transfer);
    });
  }

  private stopped = false;

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** A promise with its resolve and reject outside. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // Awaited in order later; a rejection before then must not count as unhandled.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** computeKeywords(docs, { weights, onProgress }) with `threads` worker threads. */
export async function computeKeywordsParallel(
  docs: readonly KeywordDoc[],
  options: ParallelKeywordsOptions,
): Promise<KeywordIndex> {
  const total = docs.length;
  const authorKeywords = options.weights?.authorKeywords ?? DEFAULT_KEYWORD_WEIGHTS.authorKeywords;
  const threads = Math.max(1, Math.min(Math.floor(options.threads), Math.ceil(total / MIN_CHUNK)));
  const chunkSize = Math.max(
    1,
    Math.floor(options.chunkSize ?? Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(total / (threads * 4))))),
  );
  if (threads <= 1 && options.chunkSize === undefined) {
    return computeKeywords(docs as KeywordDoc[], {
      weights: options.weights,
      onProgress: options.onProgress,
    });
  }
  const chunks = Math.ceil(total / chunkSize);
  const workers = Array.from({ length: threads }, () => new KeywordsWorker());
  try {
    // Extraction: each worker takes the next run when it is done with one.
    const owner = new Int32Array(chunks);
    const vocabularies = Array.from({ length: chunks }, () => deferred<ChunkVocabulary>());
    let next = 0;
    const feed = async (w: number): Promise<void> => {
      while (next < chunks) {
        const chunk = next++;
        owner[chunk] = w;
        const run = docs
          .slice(chunk * chunkSize, (chunk + 1) * chunkSize)
          .map((d) => ({ title: d.title, abstract: d.abstract, authorKeywords: d.authorKeywords }));
        try {
          const reply = await workers[w].call({ type: 'extract', chunk, docs: run, authorKeywords });
          if (reply.type !== 'extracted') throw new Error(`keywords worker: unexpected ${reply.type} for run ${chunk}`);
          vocabularies[chunk].resolve(reply.vocabulary);
        } catch (error) {
          vocabularies[chunk].reject(error as Error);
          throw error;
        }
      }
    };
    const feeding = Promise.all(workers.flatMap((_, w) => Array.from({ length: IN_FLIGHT }, () => feed(w))));
    feeding.catch(() => {});
    // Joined in run order as they come, while the workers go on.
    const merger = createKeywordMerger(total, options.weights);
    let done = 0;
    for (let chunk = 0; chunk < chunks; chunk++) {
      const vocabulary = await vocabularies[chunk].promise;
      merger.add(vocabulary);
      done += vocabulary.docCount;
      options.onProgress?.(done, total);
    }
    await feeding;
    const merged = merger.finish();

    // Scoring: each run by the worker that holds its occurrences.
    const scored = await Promise.all(
      Array.from({ length: chunks }, async (_, chunk): Promise<ScoredChunk> => {
        const termWeight = chunkTermWeights(merged, chunk);
        const termMap = merged.termMaps[chunk];
        const reply = await workers[owner[chunk]].call({ type: 'score', chunk, termWeight, termMap, weights: options.weights }, [
          termWeight.buffer as ArrayBuffer,
        ]);
        if (reply.type !== 'scored') throw new Error(`keywords worker: unexpected ${reply.type} for run ${chunk}`);
        return reply.scored;
      }),
    );
    // The workers' heaps go before the lists are made (the lists are the stage's biggest part:
    // 2 GB at a million papers), and each run's arrays once its lists are.
    await Promise.all(workers.map((w) => w.stop()));
    const lists: ScoredTerm[][] = [];
    for (let chunk = 0; chunk < chunks; chunk++) {
      for (const list of scoredTermLists([scored[chunk]])) lists.push(list);
      scored[chunk] = EMPTY_RUN;
    }
    return { vocabulary: merged.vocabulary, docs: lists };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

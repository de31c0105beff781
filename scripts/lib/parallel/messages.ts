import type { KeywordWeights } from '../../../src/core/keywords';
import type { ChunkVocabulary, KeywordDoc, ScoredChunk } from '../../../src/core/keywords';

/** What the main thread asks a keywords worker (keywordsWorker.ts). */
export type WorkerRequest =
  | {
      type: 'extract';
      chunk: number;
      docs: KeywordDoc[];
      /** Times each author keyword is read as title text (KeywordWeights.authorKeywords). */
      authorKeywords: number;
    }
  | {
      type: 'score';
      chunk: number;
      /** The run's terms' weights and vocabulary ids, by its local term id. */
      termWeight: Float64Array;
      termMap: Int32Array;
      weights?: Partial<KeywordWeights>;
    };

/** What a keywords worker answers. */
export type WorkerReply =
  | { type: 'extracted'; chunk: number; vocabulary: ChunkVocabulary }
  | { type: 'scored'; chunk: number; scored: ScoredChunk }
  | { type: 'error'; chunk: number; message: string; stack?: string };

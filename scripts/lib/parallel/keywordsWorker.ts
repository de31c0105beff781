/**
 * A worker thread of computeKeywordsParallel: extracts the candidates of the runs of papers it is
 * sent (createKeywordExtractor, one per worker so its token table lasts), keeps their occurrences,
 * sends back their vocabularies, then scores each run when sent the corpus-wide term weights.
 */
import { parentPort } from 'node:worker_threads';
import {
  type ChunkOccurrences,
  type KeywordExtractor,
  createKeywordExtractor,
  scoreKeywordChunk,
} from '../../../src/core/keywords';
import type { WorkerReply, WorkerRequest } from './messages';

const port = parentPort;
if (!port) throw new Error('keywordsWorker runs in a worker thread');
/** One extractor per author-keyword weight (in practice one), so its token table lasts across runs. */
const extractors = new Map<number, KeywordExtractor>();
function extractorFor(authorKeywords: number): KeywordExtractor {
  let extractor = extractors.get(authorKeywords);
  if (!extractor) extractors.set(authorKeywords, (extractor = createKeywordExtractor(authorKeywords)));
  return extractor;
}
/** Runs extracted and not yet scored: their occurrences and term keys, by run number. */
const held = new Map<number, { occurrences: ChunkOccurrences; keys: string[] }>();

function reply(message: WorkerReply, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

port.on('message', (request: WorkerRequest) => {
  try {
    if (request.type === 'extract') {
      const { vocabulary, occurrences } = extractorFor(request.authorKeywords)(request.docs);
      held.set(request.chunk, { occurrences, keys: vocabulary.keys });
      const v = vocabulary;
      reply({ type: 'extracted', chunk: request.chunk, vocabulary }, [
        v.stemDf.buffer,
        v.termStemStart.buffer,
        v.termStemIds.buffer,
        v.termDf.buffer,
        v.formStart.buffer,
        v.formCount.buffer,
        v.formAsWritten.buffer,
      ] as ArrayBuffer[]);
    } else {
      const run = held.get(request.chunk);
      if (!run) throw new Error(`run ${request.chunk} was not extracted by this worker`);
      held.delete(request.chunk);
      const scored = scoreKeywordChunk(run.occurrences, request.termWeight, run.keys, request.termMap, request.weights);
      reply({ type: 'scored', chunk: request.chunk, scored }, [
        scored.docStart.buffer,
        scored.term.buffer,
        scored.score.buffer,
      ] as ArrayBuffer[]);
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply({ type: 'error', chunk: request.chunk, message: e.message, stack: e.stack });
  }
});

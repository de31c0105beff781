/**
 * The pipeline off the main thread: the app posts a corpus text, this runs src/core/buildMap (the
 * same code as `npm run build:map`) and posts progress, then the map or the error. It reads
 * nothing but the message and sends nothing but replies: no network, no storage.
 */
import { buildMap } from '../core/buildMap';
import type { BuildMapReply, BuildMapRequest } from './buildMapProtocol';

/**
 * Runs one request and posts its replies through `post`: progress as the stages go, then exactly
 * one `done` or `error`. Exported so tests run it in Node without a Worker.
 */
export function handleBuildMessage(request: BuildMapRequest, post: (reply: BuildMapReply) => void): void {
  const { id } = request;
  try {
    const { map, warnings, timings, tally, unusedCuration } = buildMap(request.text, {
      fileName: request.fileName,
      format: request.format,
      ...(request.encoding ? { encoding: request.encoding } : {}),
      ...(request.more && request.more.length > 0 ? { more: request.more } : {}),
      ...(request.source ? { source: request.source } : {}),
      settings: request.settings,
      curation: request.curation,
      ...(request.previous ? { previous: request.previous } : {}),
      ...(request.steady ? { steady: request.steady } : {}),
      toolVersion: request.toolVersion,
      onProgress: ({ stage, done, total }) => post({ type: 'progress', id, stage, done, total }),
    });
    post({
      type: 'done',
      id,
      map,
      warnings,
      timings,
      ...(tally ? { tally } : {}),
      ...(unusedCuration ? { unusedCuration } : {}),
    });
  } catch (error) {
    post(errorReply(id, error));
  }
}

function errorReply(id: number, error: unknown): BuildMapReply {
  if (!(error instanceof Error)) return { type: 'error', id, message: String(error) };
  // CorpusError and ThesaurusError carry the file and line; other errors only their message.
  const { file, line } = error as { file?: unknown; line?: unknown };
  return {
    type: 'error',
    id,
    message: error.message,
    ...(typeof file === 'string' ? { file } : {}),
    ...(typeof line === 'number' ? { line } : {}),
  };
}

/** The parts of a dedicated worker's global scope used here (the DOM lib types `self` as a Window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<BuildMapRequest>) => void): void;
  postMessage(reply: BuildMapReply): void;
}

// Only inside a worker: importing this module in Node (tests) or on the main thread listens to nothing.
if ('WorkerGlobalScope' in globalThis) {
  const scope = globalThis as unknown as WorkerScope;
  scope.addEventListener('message', (event) => {
    if (event.data?.type === 'build') handleBuildMessage(event.data, (reply) => scope.postMessage(reply));
  });
}

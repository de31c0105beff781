import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { BuildMapOptions } from '../../src/core/buildMap';
import { TOOL_VERSION, validateMap } from '../../src/core/map';
import { handleBuildMessage } from '../../src/workers/buildMap.worker';
import { createBuildMapClient, type BuildMapWorker } from '../../src/workers/buildMapClient';
import type { BuildMapReply, BuildMapRequest } from '../../src/workers/buildMapProtocol';

// The options buildMap was called with, recorded around the real buildMap.
const calls: BuildMapOptions[] = [];
vi.mock('../../src/core/buildMap', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/buildMap')>();
  return {
    ...real,
    buildMap: (text: string, options: BuildMapOptions) => {
      calls.push(options);
      return real.buildMap(text, options);
    },
  };
});

const PREVIOUS = validateMap(JSON.parse(readFileSync('test/fixtures/small.map.json', 'utf8')), 'small.map.json');
const CORPUS = [
  { title: 'Sparse attention for long documents', abstract: 'Sparse attention reduces the cost of long context.' },
  { title: 'KV cache compression', abstract: 'KV cache compression with sparse attention for long context.' },
]
  .map((p) => JSON.stringify(p))
  .join('\n');

/** A worker that keeps what it is asked, as the real one receives it (a structured clone), and never answers. */
class RecordingWorker implements BuildMapWorker {
  onmessage: ((event: MessageEvent<BuildMapReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: BuildMapRequest[] = [];
  postMessage(request: BuildMapRequest): void {
    this.requests.push(structuredClone(request));
  }
  terminate(): void {}
}

describe('"Update map" sends the open map to the worker as previous', () => {
  it('the client puts `previous` in the request, and leaves it out of a fresh build', () => {
    const worker = new RecordingWorker();
    const client = createBuildMapClient(() => worker);
    void client.build({ text: CORPUS, fileName: 'new.jsonl', settings: { minDf: 1 }, previous: PREVIOUS }).catch(() => {});
    expect(worker.requests[0].previous).toEqual(PREVIOUS);
    void client.build({ text: CORPUS, fileName: 'new.jsonl' }).catch(() => {});
    expect(worker.requests[1]).not.toHaveProperty('previous');
    client.dispose();
  });

  it('the worker passes `previous` on to buildMap, and builds the map', () => {
    calls.length = 0;
    const replies: BuildMapReply[] = [];
    const request: BuildMapRequest = {
      type: 'build',
      id: 5,
      text: CORPUS,
      fileName: 'new.jsonl',
      settings: { minDf: 1 },
      toolVersion: TOOL_VERSION,
      previous: PREVIOUS,
    };
    handleBuildMessage(structuredClone(request), (reply) => replies.push(reply));
    expect(calls).toHaveLength(1);
    expect(calls[0].previous).toEqual(PREVIOUS);
    expect(replies[replies.length - 1]).toMatchObject({ type: 'done', id: 5 });
    // The map of another corpus (no paper in common): the reply's warnings, which the build notice
    // shows, say so in the command line's words.
    const done = replies[replies.length - 1];
    expect(done.type === 'done' && done.warnings.map((w) => w.message)).toContainEqual(
      'the previous map (of small-fixture.txt) shares no paper with this corpus, so the map records every paper as new; ' +
        'give the map of an earlier version of this corpus',
    );

    handleBuildMessage({ ...request, previous: undefined }, () => {});
    expect(calls[1]).not.toHaveProperty('previous');
  });
});

describe('a curation edit sends the map on screen to the worker as steady', () => {
  it('the client puts `steady` in the request, and the worker passes it on to buildMap', () => {
    const worker = new RecordingWorker();
    const client = createBuildMapClient(() => worker);
    void client.build({ text: CORPUS, fileName: 'new.jsonl', settings: { minDf: 1 }, steady: PREVIOUS }).catch(() => {});
    expect(worker.requests[0].steady).toEqual(PREVIOUS);
    expect(worker.requests[0]).not.toHaveProperty('previous');
    client.dispose();

    calls.length = 0;
    const replies: BuildMapReply[] = [];
    handleBuildMessage(worker.requests[0], (reply) => replies.push(reply));
    expect(calls[0].steady).toEqual(PREVIOUS);
    expect(replies[replies.length - 1]).toMatchObject({ type: 'done' });
  });
});

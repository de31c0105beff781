import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { serializeMap } from '../../src/core/buildMap';
import { parseThesaurus } from '../../src/core/curation';
import { TOOL_VERSION } from '../../src/core/map';
import { handleBuildMessage } from '../../src/workers/buildMap.worker';
import { BuildMapError, createBuildMapClient, type BuildMapWorker } from '../../src/workers/buildMapClient';
import type { BuildMapReply, BuildMapRequest } from '../../src/workers/buildMapProtocol';
import { decodeCorpusBytes } from '../../src/core/corpus/textEncoding';
import { captureIo } from '../helpers/captureIo';
import { windows1252 } from '../helpers/windows1252';
import { jsonLines, SMALL_PAPERS } from '../helpers/smallCorpus';

const SEED = 'data/trending-papers.txt';
const SMALL = jsonLines(SMALL_PAPERS.slice(0, 4));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-map-worker-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the worker's handler as the worker would, every reply through a structured clone. */
function runHandler(request: Omit<BuildMapRequest, 'type' | 'id' | 'toolVersion'> & { id?: number }): BuildMapReply[] {
  const replies: BuildMapReply[] = [];
  handleBuildMessage({ type: 'build', id: 1, toolVersion: TOOL_VERSION, ...request }, (reply) =>
    replies.push(structuredClone(reply)),
  );
  return replies;
}

function cliMap(args: string[]): string {
  const out = join(dir, `cli-${Math.random().toString(36).slice(2)}.json`);
  const capture = captureIo();
  expect(runBuildMap(['--quiet', '--output', out, ...args], capture.io), capture.err()).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('the build-map worker gives the command line’s map, byte for byte', () => {
  it('on the seed corpus with default settings', () => {
    const expected = cliMap(['--input', SEED]);
    const replies = runHandler({ text: readFileSync(SEED, 'utf8'), fileName: 'trending-papers.txt', settings: {} });
    const done = replies[replies.length - 1];
    expect(done.type).toBe('done');
    if (done.type !== 'done') return;
    expect(serializeMap(done.map)).toBe(expected);
    expect(done.map.meta.tool).toBe(TOOL_VERSION);
    expect(TOOL_VERSION).toBe(`topic-map ${JSON.parse(readFileSync('package.json', 'utf8')).version}`);
  });

  it('with other settings, a format option and a thesaurus', () => {
    const thesaurusText = 'label\treplace by\nsparse attention\t\nLLMs\tlarge language models\n';
    const thesaurus = join(dir, 'thesaurus.txt');
    writeFileSync(thesaurus, thesaurusText);
    const input = join(dir, 'papers.data');
    writeFileSync(input, SMALL);
    const expected = cliMap([
      '--input',
      input,
      '--format',
      'jsonl',
      '--min-df',
      '1',
      '--seed',
      '7',
      '--top-k',
      '5',
      '--thesaurus',
      thesaurus,
    ]);
    const replies = runHandler({
      text: SMALL,
      fileName: 'papers.data',
      format: 'jsonl',
      settings: { minDf: 1, seed: 7, topK: 5 },
      curation: parseThesaurus(thesaurusText, 'thesaurus.txt'),
    });
    const done = replies[replies.length - 1];
    expect(done.type === 'done' && serializeMap(done.map)).toBe(expected);
    expect(expected).toContain('"curation":{"stopwords":["sparse attention"]');
    // Every entry names a term of this corpus: the reply says none is unused, as it would name one.
    expect(done.type === 'done' && done.unusedCuration).toEqual({ stopwords: [], synonyms: [] });
    const typo = runHandler({
      text: SMALL,
      fileName: 'p.jsonl',
      settings: {},
      curation: { stopwords: ['sparse atention'], synonyms: [], clusterNames: [] },
    });
    expect(typo.at(-1)).toMatchObject({ type: 'done', unusedCuration: { stopwords: [0], synonyms: [] } });
  });
});

describe('handleBuildMessage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reports progress through every stage, then one done; every reply carries the request id', () => {
    const replies = runHandler({ id: 42, text: SMALL, fileName: 'papers.jsonl', settings: { minDf: 1 } });
    expect(replies.every((r) => r.id === 42)).toBe(true);
    expect(replies.filter((r) => r.type === 'done')).toHaveLength(1);
    expect(replies[replies.length - 1].type).toBe('done');
    const stages = [...new Set(replies.flatMap((r) => (r.type === 'progress' ? [r.stage] : [])))];
    expect(stages).toEqual(['parse', 'keywords', 'graph', 'clusters', 'layout', 'assemble']);
    const keywords = replies.filter((r) => r.type === 'progress' && r.stage === 'keywords');
    expect(keywords[keywords.length - 1]).toMatchObject({ done: 4, total: 4 });
    const done = replies[replies.length - 1];
    if (done.type !== 'done') return;
    expect(Object.keys(done.timings).sort()).toEqual(['assemble', 'clusters', 'graph', 'keywords', 'layout', 'parse']);
    expect(done.warnings).toEqual([]);
  });

  it('replies one error with the file and line of a corpus mistake', () => {
    const replies = runHandler({ id: 3, text: `${SMALL}\n{"title": "x", "abstract": }\n`, fileName: 'bad.jsonl', settings: {} });
    const last = replies[replies.length - 1];
    expect(last).toEqual({
      type: 'error',
      id: 3,
      message: expect.stringMatching(/^bad\.jsonl:5: malformed JSON/),
      file: 'bad.jsonl',
      line: 5,
    });
    expect(replies.filter((r) => r.type === 'error' || r.type === 'done')).toHaveLength(1);
  });

  it('replies an error without file for bad settings or an inconsistent curation', () => {
    expect(runHandler({ text: SMALL, fileName: 'p.jsonl', settings: { topK: 0 } })).toEqual([
      { type: 'error', id: 1, message: 'settings: topK must be a whole number >= 1, got 0' },
    ]);
    const curation = {
      stopwords: [],
      synonyms: [
        { from: 'a', to: 'b' },
        { from: 'B', to: 'A' },
      ],
      clusterNames: [],
    };
    expect(runHandler({ text: SMALL, fileName: 'p.jsonl', settings: {}, curation })).toEqual([
      { type: 'error', id: 1, message: 'curation: synonyms[1]: merges go round in a circle: "a" → "B" → "a"' },
    ]);
  });

  it('makes no network request', () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network')));
    const xhr = vi.fn();
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('XMLHttpRequest', xhr);
    vi.stubGlobal('WebSocket', xhr);
    const csv =
      'title,abstract\n"Sparse attention","Sparse attention for long context."\n"KV cache","KV cache with sparse attention."\n';
    expect(runHandler({ text: csv, fileName: 'p.csv', settings: { minDf: 1 } }).pop()?.type).toBe('done');
    expect(runHandler({ text: SMALL, fileName: 'p.jsonl', settings: {} }).pop()?.type).toBe('done');
    expect(fetch).not.toHaveBeenCalled();
    expect(xhr).not.toHaveBeenCalled();
  });
});

/** A stand-in Worker: runs the real handler in this process and delivers replies one by one, later. */
class InProcessWorker implements BuildMapWorker {
  onmessage: ((event: MessageEvent<BuildMapReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: BuildMapRequest[] = [];
  /** When set, requests are kept and never answered (a long build). */
  constructor(readonly silent = false) {}

  postMessage(request: BuildMapRequest): void {
    this.requests.push(structuredClone(request));
    if (this.silent) return;
    setTimeout(() => {
      if (this.terminated) return;
      const replies: BuildMapReply[] = [];
      handleBuildMessage(structuredClone(request), (reply) => replies.push(structuredClone(reply)));
      const deliver = (i: number): void => {
        if (this.terminated || i >= replies.length) return;
        this.onmessage?.({ data: replies[i] } as MessageEvent<BuildMapReply>);
        setTimeout(() => deliver(i + 1), 0);
      };
      deliver(0);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(reply: BuildMapReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<BuildMapReply>);
  }
}

function clientWith(make: () => InProcessWorker) {
  const workers: InProcessWorker[] = [];
  const client = createBuildMapClient(() => {
    const w = make();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

describe('buildMapClient', () => {
  it('resolves with the map, reports progress, stamps TOOL_VERSION and keeps one worker warm', async () => {
    const { client, workers } = clientWith(() => new InProcessWorker());
    const progress: string[] = [];
    const result = await client.build(
      { text: SMALL, fileName: 'papers.jsonl', settings: { minDf: 1 } },
      { onProgress: (p) => progress.push(`${p.stage} ${p.done}/${p.total}`) },
    );
    expect(result.map.papers).toHaveLength(4);
    expect(result.map.meta.tool).toBe(TOOL_VERSION);
    expect(progress[0]).toBe('parse 0/1');
    expect(progress).toContain('keywords 4/4');
    expect(progress[progress.length - 1]).toBe('assemble 1/1');
    expect(workers[0].requests[0]).toEqual({
      type: 'build',
      id: 1,
      text: SMALL,
      fileName: 'papers.jsonl',
      settings: { minDf: 1 },
      toolVersion: TOOL_VERSION,
    });

    const again = await client.build({ text: SMALL, fileName: 'papers.jsonl', settings: { minDf: 1, seed: 1 } });
    expect(again.map.meta.settings.seed).toBe(1);
    expect(workers).toHaveLength(1);
    client.dispose();
    expect(workers[0].terminated).toBe(true);
  });

  it('warm() starts the worker ahead of time, and the build uses it', async () => {
    const { client, workers } = clientWith(() => new InProcessWorker());
    client.warm();
    client.warm();
    expect(workers).toHaveLength(1);
    expect(workers[0].requests).toEqual([]);
    await client.build({ text: SMALL, fileName: 'papers.jsonl', settings: { minDf: 1 } });
    expect(workers).toHaveLength(1);
    expect(workers[0].requests).toHaveLength(1);
  });

  it('rejects with a BuildMapError carrying file and line', async () => {
    const { client } = clientWith(() => new InProcessWorker());
    const error = await client.build({ text: '{"title": ', fileName: 'broken.jsonl' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildMapError);
    expect(error).toMatchObject({ file: 'broken.jsonl', line: 1, message: expect.stringMatching(/^broken\.jsonl:1: /) });
  });

  it('cancel() terminates the busy worker and rejects with an AbortError; the next build starts a new worker', async () => {
    const { client, workers } = clientWith(() => new InProcessWorker());
    let cancelled = false;
    const first = client.build(
      { text: SMALL, fileName: 'papers.jsonl', settings: { minDf: 1 } },
      {
        onProgress: (p) => {
          if (p.stage === 'keywords' && !cancelled) {
            cancelled = true;
            client.cancel();
          }
        },
      },
    );
    expect(isAbort(await first.catch((e: unknown) => e))).toBe(true);
    expect(workers[0].terminated).toBe(true);
    const second = await client.build({ text: SMALL, fileName: 'papers.jsonl', settings: { minDf: 1 } });
    expect(second.map.papers).toHaveLength(4);
    expect(workers).toHaveLength(2);
  });

  it('a new build cancels the running one; an aborted signal cancels too; stale replies are dropped', async () => {
    const { client, workers } = clientWith(() => new InProcessWorker(true));
    const first = client.build({ text: 'a', fileName: 'a.jsonl' });
    const second = client.build({ text: 'b', fileName: 'b.jsonl' });
    expect(isAbort(await first.catch((e: unknown) => e))).toBe(true);
    expect(workers[0].terminated).toBe(true);
    // A late reply to the first request, from the old worker, must not settle the second build.
    workers[0].reply({ type: 'error', id: 1, message: 'late' });
    workers[1].reply({ type: 'error', id: 1, message: 'stale id' });
    workers[1].reply({ type: 'error', id: 2, message: 'b.jsonl: empty file', file: 'b.jsonl' });
    expect(await second.catch((e: unknown) => (e as Error).message)).toBe('b.jsonl: empty file');

    const controller = new AbortController();
    const third = client.build({ text: 'c', fileName: 'c.jsonl' }, { signal: controller.signal });
    controller.abort();
    expect(isAbort(await third.catch((e: unknown) => e))).toBe(true);
    expect(workers[1].terminated).toBe(true);
    expect(
      isAbort(await client.build({ text: 'd', fileName: 'd.jsonl' }, { signal: controller.signal }).catch((e: unknown) => e)),
    ).toBe(true);
  });

  it('rejects when the worker crashes, and recovers with a new worker', async () => {
    const { client, workers } = clientWith(() => new InProcessWorker(true));
    const build = client.build({ text: 'a', fileName: 'a.jsonl' });
    workers[0].onerror?.({ message: 'Uncaught RangeError: out of memory', preventDefault() {} } as ErrorEvent);
    expect(await build.catch((e: unknown) => (e as Error).message)).toBe(
      'build-map worker failed: Uncaught RangeError: out of memory',
    );
    expect(workers[0].terminated).toBe(true);
    void client.build({ text: 'b', fileName: 'b.jsonl' }).catch(() => {});
    expect(workers).toHaveLength(2);
    client.dispose();
  });
});

describe('several corpus files in one build (files dropped together)', () => {
  it('gives the same map as build:map with the same --input files, a shared paper kept once', () => {
    const ris = SMALL.split('\n')
      .slice(0, 3)
      .map((line, i) => {
        const p = JSON.parse(line) as { title: string; abstract: string };
        return `TY  - JOUR\nTI  - ${p.title}\nAB  - ${p.abstract}\nPY  - 2024\nDO  - 10.1000/w${i}\nER  - \n`;
      })
      .join('\n');
    // The JSON Lines file repeats the third paper under its DOI, in capitals.
    const jsonl = `${SMALL.split('\n')
      .slice(2)
      .map((line, j) => JSON.stringify({ ...JSON.parse(line), doi: `10.1000/W${j + 2}`, year: 2024 }))
      .join('\n')}\n`;
    writeFileSync(join(dir, 'a.ris'), ris);
    writeFileSync(join(dir, 'b.jsonl'), jsonl);
    const replies = runHandler({
      text: ris,
      fileName: 'a.ris',
      more: [{ text: jsonl, fileName: 'b.jsonl' }],
      settings: { minDf: 1 },
    });
    const done = replies[replies.length - 1];
    if (done.type !== 'done') throw new Error(`expected a map, got ${JSON.stringify(done)}`);
    expect(done.map.meta.source).toBe('a.ris + b.jsonl');
    expect(done.map.papers).toHaveLength(4);
    expect(done.warnings.map((w) => `${w.file}:${w.line}`)).toEqual(['b.jsonl:1']);
    expect(serializeMap(done.map)).toBe(
      cliMap(['--input', join(dir, 'a.ris'), '--input', join(dir, 'b.jsonl'), '--min-df', '1']),
    );

    // The two in a folder: dropped (named from the folder on, the map after the folder), the
    // same map as build:map --input FOLDER.
    mkdirSync(join(dir, 'works'));
    writeFileSync(join(dir, 'works', 'a.ris'), ris);
    writeFileSync(join(dir, 'works', 'b.jsonl'), jsonl);
    const folder = runHandler({
      text: ris,
      fileName: 'works/a.ris',
      more: [{ text: jsonl, fileName: 'works/b.jsonl' }],
      source: 'works',
      settings: { minDf: 1 },
    });
    const built = folder[folder.length - 1];
    if (built.type !== 'done') throw new Error(`expected a map, got ${JSON.stringify(built)}`);
    expect(built.map.meta.source).toBe('works');
    expect(built.warnings.map((w) => `${w.file}:${w.line}`)).toEqual(['works/b.jsonl:1']);
    expect(serializeMap(built.map)).toBe(cliMap(['--input', join(dir, 'works'), '--min-df', '1']));
  });

  it('reads a file in Windows-1252 among them as build:map reads it from disk, and warns about that file', () => {
    const [first] = SMALL_PAPERS;
    const ris = `TY  - JOUR\nTI  - ${first.title}\nAB  - ${first.abstract}\nER  - \n`;
    const western = SMALL.replace(/"title":"/, '"title":"M\u00fcller\u2019s ').replace(
      /"abstract":"/,
      '"abstract":"A \u201cna\u00efve\u201d view. ',
    );
    const bytes = windows1252(western);
    writeFileSync(join(dir, 'one.ris'), ris);
    writeFileSync(join(dir, 'western.jsonl'), bytes);
    const { text, encoding } = decodeCorpusBytes(bytes);
    expect(encoding).toBe('windows-1252');
    const replies = runHandler({
      text: ris,
      fileName: 'one.ris',
      more: [{ text, fileName: 'western.jsonl', encoding }],
      settings: { minDf: 1 },
    });
    const done = replies[replies.length - 1];
    if (done.type !== 'done') throw new Error(`expected a map, got ${JSON.stringify(done)}`);
    expect(done.map.papers.some((p) => p.title.startsWith('M\u00fcller\u2019s '))).toBe(true);
    expect(done.warnings).toContainEqual(
      expect.objectContaining({ file: 'western.jsonl', line: 1, message: expect.stringContaining('read as Windows-1252') }),
    );
    expect(serializeMap(done.map)).toBe(
      cliMap(['--input', join(dir, 'one.ris'), '--input', join(dir, 'western.jsonl'), '--min-df', '1']),
    );
  });

  it('leaves out a file with no usable paper, naming it, and builds the map from the others', () => {
    // A Zotero library exported without abstracts (CSL JSON) beside a file of papers.
    const papers = SMALL.split('\n').slice(0, 3).join('\n');
    const titlesOnly = JSON.stringify([
      { id: 'z1', type: 'article-journal', title: 'A paper without its abstract' },
      { id: 'z2', type: 'article-journal', title: 'Another one' },
    ]);
    writeFileSync(join(dir, 'papers.jsonl'), papers);
    writeFileSync(join(dir, 'zotero.json'), titlesOnly);
    const replies = runHandler({
      text: papers,
      fileName: 'papers.jsonl',
      more: [{ text: titlesOnly, fileName: 'zotero.json' }],
      settings: { minDf: 1 },
    });
    const done = replies[replies.length - 1];
    if (done.type !== 'done') throw new Error(`expected a map, got ${JSON.stringify(done)}`);
    expect(done.map.papers).toHaveLength(3);
    const left =
      'none of its 2 records has an abstract (export with them, e.g. Scopus\'s "Abstract & keywords", ' +
      'Web of Science\'s "Full Record", PubMed\'s format "PubMed"; Google Scholar exports none); the map is built from the other files';
    expect(done.warnings.at(-1)).toEqual({ file: 'zotero.json', message: left });
    // The two records' own warnings come before it.
    expect(done.warnings.filter((w) => w.file === 'zotero.json')).toHaveLength(3);
    const capture = captureIo();
    const out = join(dir, 'left-out.json');
    const args = [
      '--quiet',
      '--output',
      out,
      '--min-df',
      '1',
      '--input',
      join(dir, 'papers.jsonl'),
      '--input',
      join(dir, 'zotero.json'),
    ];
    expect(runBuildMap(args, capture.io), capture.err()).toBe(0);
    expect(capture.err()).toContain(`warning: zotero.json: ${left}`);
    expect(readFileSync(out, 'utf8')).toBe(serializeMap(done.map));

    // A single such file, or only such files, is still an error: there is no map to build.
    const alone = runHandler({ text: titlesOnly, fileName: 'zotero.json', settings: { minDf: 1 } });
    expect(alone.at(-1)).toMatchObject({
      type: 'error',
      message:
        'zotero.json: no papers with both a title and an abstract (none of its 2 records has an abstract: export with them, ' +
        'e.g. Scopus\'s "Abstract & keywords", Web of Science\'s "Full Record", PubMed\'s format "PubMed"; Google Scholar exports none)',
    });
    const none = runHandler({
      text: titlesOnly,
      fileName: 'zotero.json',
      more: [{ text: titlesOnly, fileName: 'copy.json' }],
      settings: {},
    });
    expect(none.at(-1)).toMatchObject({
      type: 'error',
      message: 'zotero.json + copy.json: no papers with both a title and an abstract in any input',
    });
  });
});

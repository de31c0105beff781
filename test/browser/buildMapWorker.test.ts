import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createLogger } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { captureIo } from '../helpers/captureIo';
import { describeWithChromium, launchChromium, type LaunchedChromium } from './chromium';

// The pipeline worker as the app will ship it: bundled by Vite from buildMapClient's
// `new Worker(new URL(...))`, then run in Chromium on the seed corpus.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED = join(ROOT, 'data/trending-papers.txt');

let dir: string;
let workerCode: string;
const viteWarnings: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'topic-map-worker-build-'));
  const logger = createLogger('warn', { allowClearScreen: false });
  logger.warn = (message) => viteWarnings.push(message);
  logger.warnOnce = (message) => viteWarnings.push(message);
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    customLogger: logger,
    publicDir: false,
    build: {
      // Minifying the 4.8 MB worker (mostly the tagger's lexicon) triples the build time and
      // changes nothing this file checks.
      minify: false,
      outDir: dir,
      emptyOutDir: true,
      rollupOptions: {
        input: join(ROOT, 'src/workers/buildMapClient.ts'),
        preserveEntrySignatures: 'exports-only',
        output: { entryFileNames: 'client.js' },
      },
    },
  });
  const worker = readdirSync(join(dir, 'assets')).find((f) => /^buildMap\.worker-.*\.js$/.test(f));
  workerCode = worker ? readFileSync(join(dir, 'assets', worker), 'utf8') : '';
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the worker bundle', () => {
  test('is emitted as its own chunk and pulls in no Node module', () => {
    expect(workerCode.length).toBeGreaterThan(0);
    // Vite swaps a Node built-in for a stub module and warns; neither may happen.
    expect(workerCode).not.toContain('__vite-browser-external');
    expect(viteWarnings.filter((w) => /externalized for browser|node:|__vite-browser-external/i.test(w))).toEqual([]);
    for (const api of ['fetch(', 'WebSocket', 'importScripts', 'sendBeacon']) expect(workerCode, api).not.toContain(api);
    expect(readFileSync(join(dir, 'client.js'), 'utf8')).toMatch(
      /new Worker\(\s*new URL\([^)]*["`]\/assets\/buildMap\.worker-[\w-]+\.js["`]/,
    );
  });
});

describeWithChromium('the build-map worker in Chromium', () => {
  let server: Server;
  let url: string;
  let browser: LaunchedChromium;

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><script type="module">import { createBuildMapClient } from "./client.js"; window.buildMapClient = createBuildMapClient();</script>',
    );
    server = createServer((req, res) => {
      const file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      try {
        if (!file.startsWith(dir)) throw new Error('outside');
        const body = readFileSync(file);
        const type = extname(file) === '.html' ? 'text/html' : 'text/javascript';
        res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  let expected: string;
  let result: { json: string; ms: number; warmMs: number; timings: Record<string, number>; stages: string[] };
  let requests: string[];
  let errors: string[];

  beforeAll(async () => {
    const out = join(dir, 'cli.map.json');
    const capture = captureIo();
    expect(runBuildMap(['--quiet', '--input', SEED, '--output', out], capture.io), capture.err()).toBe(0);
    expected = readFileSync(out, 'utf8');

    const page = await browser.context.newPage();
    requests = [];
    errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}index.html`);
    await page.waitForFunction(() => 'buildMapClient' in window);
    result = await page.evaluate(
      async ({ corpus }) => {
        type Client = import('../../src/workers/buildMapClient').BuildMapClient;
        const client = (window as unknown as { buildMapClient: Client }).buildMapClient;
        const stages: string[] = [];
        const started = performance.now();
        const { map, timings } = await client.build(
          { text: corpus, fileName: 'trending-papers.txt' },
          { onProgress: (p) => stages.push(p.stage) },
        );
        const ms = performance.now() - started;
        // A second build on the warm worker (lexicon loaded): what tuning a setting costs.
        const again = performance.now();
        await client.build({ text: corpus, fileName: 'trending-papers.txt', settings: { resolution: 1.2 } });
        return { json: `${JSON.stringify(map)}\n`, ms, warmMs: performance.now() - again, timings, stages: [...new Set(stages)] };
      },
      { corpus: readFileSync(SEED, 'utf8') },
    );
    await page.close();
    console.info(
      `build-map worker, seed corpus (97 papers) in Chromium: ${Math.round(result.ms)} ms first build, ${Math.round(result.warmMs)} ms warm; ` +
        `stages ${Object.entries(result.timings)
          .map(([s, t]) => `${s} ${Math.round(t)}`)
          .join(', ')}`,
    );
  }, 120_000);

  test('builds the seed map as build:map does, byte for byte, with progress and no request off the machine', () => {
    // Byte for byte, positions included: the pipeline uses portableMath, not the engine's
    // Math.log/exp/sin/cos, which differ in the last bit between Node 20 and Chromium.
    expect(errors).toEqual([]);
    expect(result.json).toBe(expected);
    expect(result.stages).toEqual(['parse', 'keywords', 'graph', 'clusters', 'layout', 'assemble']);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.startsWith(url))).toBe(true);
  });
});

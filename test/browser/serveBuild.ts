import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE = join(ROOT, 'test/fixtures/small.map.json');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface ServedBuild {
  url: string;
  dir: string;
  close(): Promise<void>;
}

/**
 * Builds the app for production into a temporary folder, puts the fixture map in it as the
 * default map (plus `small.map.json` and a broken `broken.json`), and serves the folder on
 * 127.0.0.1 at a free port.
 */
export async function serveBuild(options: { minify?: boolean } = {}): Promise<ServedBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'topic-map-build-'));
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true, minify: options.minify ?? true },
  });
  copyFileSync(FIXTURE, join(dir, 'trending-papers.map.json'));
  copyFileSync(FIXTURE, join(dir, 'small.map.json'));
  const broken = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { papers: { x: unknown }[] };
  broken.papers[3].x = 'twelve';
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
  writeFileSync(join(dir, 'not-json.json'), '{"format": "topic-map", ');

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

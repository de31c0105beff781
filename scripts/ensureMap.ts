/**
 * Builds the default map (data/trending-papers.txt -> public/trending-papers.map.json) when the
 * map is missing or older than the corpus or the builder's code. Run directly before `vite build`.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { DEFAULT_INPUT, DEFAULT_OUTPUT, runBuildMap } from './buildMap';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestSource(): number {
  const core = join(root, 'src', 'core');
  const times = readdirSync(core).map((f) => statSync(join(core, f)).mtimeMs);
  return Math.max(statSync(join(root, DEFAULT_INPUT)).mtimeMs, ...times);
}

export function ensureDefaultMap(): void {
  const output = join(root, DEFAULT_OUTPUT);
  if (existsSync(output) && statSync(output).mtimeMs >= newestSource()) return;
  // public/ holds only generated maps, so a fresh clone does not have it.
  mkdirSync(dirname(output), { recursive: true });
  const code = runBuildMap(['--input', join(root, DEFAULT_INPUT), '--output', output]);
  if (code !== 0) process.exit(code);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensureDefaultMap();

/**
 * Builds the default map (data/trending-papers.txt -> public/trending-papers.map.json) when the
 * map is missing or older than the corpus or the builder's code. Run directly before `vite build`.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { DEFAULT_INPUT, DEFAULT_OUTPUT, runBuildMap } from './buildMap';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The latest modification time of a file, or of anything in a folder and its folders. A folder's
 * own time moves only when an entry is added or removed, not when a file in it is edited.
 */
export function newestTime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestTime(join(path, entry)));
  return newest;
}

function newestSource(): number {
  return Math.max(
    newestTime(join(root, DEFAULT_INPUT)),
    newestTime(join(root, 'src', 'core')),
    newestTime(join(root, 'scripts', 'buildMap.ts')),
  );
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

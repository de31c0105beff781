import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generateCorpus';

/** Folder for generated corpora, maps and builds: under the OS temp folder, never committed. */
export function benchTempDir(): string {
  const dir = join(tmpdir(), 'topic-map-bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Path of the JSON Lines corpus of `size` papers for `seed`, written on first use (generation is deterministic). */
export function benchCorpusFile(size: number, seed = 1): string {
  const file = join(benchTempDir(), `corpus-${size}-s${seed}.jsonl`);
  if (!existsSync(file)) {
    const text = `${generateCorpus(size, seed)
      .map((p) => JSON.stringify(p))
      .join('\n')}\n`;
    // Written aside, then renamed: a concurrent reader never sees half a file.
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, text);
    renameSync(part, file);
  }
  return file;
}

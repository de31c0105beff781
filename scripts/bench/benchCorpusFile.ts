import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePapers } from './generateCorpus';

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
    // Written aside, then renamed: a concurrent reader never sees half a file. Written in pieces:
    // a million papers' text is more than one JavaScript string can hold.
    const part = `${file}.${process.pid}.part`;
    const fd = openSync(part, 'w');
    try {
      let chunk = '';
      for (const paper of generatePapers(size, seed)) {
        chunk += `${JSON.stringify(paper)}\n`;
        if (chunk.length >= 1 << 20) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(part, file);
  }
  return file;
}

import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePapers } from './generateCorpus';

/**
 * Folder for generated corpora, maps, builds and raw results: under the OS temp folder, never
 * committed, kept from run to run (a corpus is generated once); TOPIC_MAP_BENCH_DIR puts it
 * elsewhere (the smoke test's own temporary folder, so a test run leaves nothing behind).
 */
export function benchTempDir(): string {
  const dir = process.env.TOPIC_MAP_BENCH_DIR || join(tmpdir(), 'topic-map-bench');
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

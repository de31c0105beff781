import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Throws a readable error when the folder an output file goes into does not exist. */
export function checkOutputFolder(file: string): void {
  const folder = dirname(resolve(file));
  if (!existsSync(folder)) throw new Error(`${file}: the output folder ${folder} does not exist`);
  if (!statSync(folder).isDirectory()) throw new Error(`${file}: ${folder} is not a folder`);
}

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the
 * data goes to a temporary file beside the target, is flushed to disk, then renamed over it.
 * A failure leaves any existing file exactly as it was.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  writeChunksAtomic(file, [data]);
}

/** writeFileAtomic for content made in chunks, each written as it comes (see writeTextPartsAtomic). */
export function writeChunksAtomic(file: string, chunks: Iterable<string | Uint8Array>): void {
  checkOutputFolder(file);
  const target = resolve(file);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      for (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

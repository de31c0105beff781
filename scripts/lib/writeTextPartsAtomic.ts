import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkOutputFolder } from './writeFileAtomic';

/**
 * writeFileAtomic for text made in parts (serializeMapParts): each part is encoded and written
 * as it comes, so the whole text never sits in memory at once (a 100,000-paper map is over
 * 200 MB of JSON). Readers see the old file or the new one, never half of it.
 */
export function writeTextPartsAtomic(file: string, parts: Iterable<string>): void {
  checkOutputFolder(file);
  const target = resolve(file);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      for (const part of parts) {
        const bytes = Buffer.from(part, 'utf8');
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

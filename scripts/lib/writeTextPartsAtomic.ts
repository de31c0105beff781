import { writeChunksAtomic } from './writeFileAtomic';

/**
 * writeFileAtomic for text made in parts (serializeMapParts): each part is encoded and written
 * as it comes, so the whole text never sits in memory at once (a 100,000-paper map is over
 * 200 MB of JSON). Readers see the old file or the new one, never half of it.
 */
export function writeTextPartsAtomic(file: string, parts: Iterable<string>): void {
  writeChunksAtomic(file, parts);
}

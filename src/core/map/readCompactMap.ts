import { applyCompactTexts } from './applyCompactTexts';
import { textsFileName } from './compactFormat';
import { decodeCompactMap } from './decodeCompactMap';
import type { MapFile } from './types';
import { validateMap } from './validateMap';

/**
 * A compact map read whole: the main file, then every texts file (`readText(name)` gives the
 * content of the file of that name beside the main file), then validateMap over the result, as
 * strict as reading the JSON map. For the command line, which needs every field.
 */
export function readCompactMap(bytes: Uint8Array, source: string, readText: (name: string) => string): MapFile {
  const { map, texts } = decodeCompactMap(bytes, source);
  for (let k = 0; k < texts.hashes.length; k++) applyCompactTexts(map, texts, k, readText(textsFileName(texts.prefix, k)));
  return validateMap(map, source);
}

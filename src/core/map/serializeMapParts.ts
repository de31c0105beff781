import type { MapFile } from './types';

/** Array items per part: parts of about a megabyte for papers with their abstracts. */
const ITEMS_PER_PART = 500;

/**
 * The map file's text (serializeMap) in parts, whose concatenation is exactly serializeMap's
 * string: a writer can send them to a file one by one instead of holding the whole text, which
 * at 100,000 papers is over 200 MB (and would meet V8's limit on string length not much further).
 * Top-level arrays are cut between items; everything else is JSON.stringify's own output.
 */
export function* serializeMapParts(map: MapFile): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(map)) {
    // JSON.stringify leaves out properties it cannot represent.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    const head = `${first ? '{' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value)) {
      yield head + JSON.stringify(value);
      continue;
    }
    let part = `${head}[`;
    for (let i = 0; i < value.length; i++) {
      part += (i > 0 ? ',' : '') + (JSON.stringify(value[i]) ?? 'null');
      if ((i + 1) % ITEMS_PER_PART === 0) {
        yield part;
        part = '';
      }
    }
    yield `${part}]`;
  }
  yield first ? '{}\n' : '}\n';
}

/**
 * Offsets where the records of a valid JSON corpus start: the elements of the top-level array, or
 * of the array at `path` in a top-level object ("papers", an OpenAlex response's "results", a
 * Crossref response's "message" then "items"; at each level the last such key, as JSON.parse keeps
 * the last of duplicate keys). JSON.parse keeps no positions, and messages about a record ("empty
 * abstract", "duplicate id") should name its line. One pass; strings are skipped with indexOf.
 */
export function jsonRecordOffsets(text: string, path: string | readonly string[] = 'papers'): number[] {
  const keys = typeof path === 'string' ? [path] : path;
  let offsets: number[] = [];
  let depth = 0;
  /** Depth inside the records array, or -1 while it has not been found. */
  let recordDepth = -1;
  let expectRecord = false;
  /** The last key (or string) met in the object at each depth, on the way to the records. */
  const lastKey: (string | undefined)[] = [];
  const onPath = (): boolean => {
    for (let k = 0; k < keys.length; k++) if (lastKey[k + 1] !== keys[k]) return false;
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (expectRecord && c !== 0x5d /* ] */) {
      offsets.push(i);
      expectRecord = false;
    }
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i + 1);
      if (depth <= keys.length && recordDepth === -1) lastKey[depth] = text.slice(i + 1, end - 1);
      i = end - 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth <= keys.length + 1) lastKey[depth] = undefined;
      if (recordDepth === -1 && c === 0x5b && (depth === 1 || (depth === keys.length + 1 && onPath()))) {
        recordDepth = depth;
        offsets = [];
        expectRecord = true;
      }
    } else if (c === 0x5d || c === 0x7d) {
      if (depth === recordDepth) {
        if (depth === 1) return offsets;
        // A later key of the same name replaces this array, as it does for JSON.parse.
        recordDepth = -1;
      }
      depth--;
    } else if (c === 0x2c /* , */) {
      if (depth === recordDepth) expectRecord = true;
      else if (depth <= keys.length) lastKey[depth] = undefined;
    }
  }
  return offsets;
}

/** Offset after the closing quote of the string whose body starts at `i`. */
function stringEnd(text: string, i: number): number {
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote === -1) return text.length;
    let backslashes = 0;
    for (let j = quote - 1; j >= i && text.charCodeAt(j) === 0x5c; j--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

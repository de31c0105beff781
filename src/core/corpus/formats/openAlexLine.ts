/**
 * A fast path for OpenAlex JSON Lines (a snapshot, or API pages saved a work a line). JSON.parse
 * of a work spends most of its time building `abstract_inverted_index`, an object of a hundred or
 * more keys, only for the abstract to be rebuilt from it; that made the reader parse at a quarter
 * of the JSON Lines reader's speed. Here the index is read straight from the line's text into the
 * abstract's words, and the rest of the line goes to JSON.parse with the index replaced by null.
 * Anything unexpected (an escape in a word is fine; a sign, fraction or exponent in a position, a
 * value that is not an array, the key found inside a string) gives undefined: the caller then
 * parses the line as it is, so the result never depends on this path.
 */
import { MAX_POSITION, PrebuiltAbstract } from './openAlexAbstract';

export const INVERTED_INDEX_KEY = '"abstract_inverted_index":';

const SPACE = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

export function parseOpenAlexLine(line: string): Record<string, unknown> | undefined {
  const keyAt = line.indexOf(INVERTED_INDEX_KEY);
  if (keyAt < 0) return undefined;
  let i = keyAt + INVERTED_INDEX_KEY.length;
  while (SPACE(line.charCodeAt(i))) i++;
  const valueAt = i;
  if (line.charCodeAt(i) !== 123 /* { */) return undefined;
  i++;
  const words: string[] = [];
  let last = -1;
  for (;;) {
    while (SPACE(line.charCodeAt(i))) i++;
    if (line.charCodeAt(i) === 125 /* } */ && last === -1 && words.length === 0) {
      i++;
      break;
    }
    if (line.charCodeAt(i) !== 34 /* " */) return undefined;
    const start = i;
    let escaped = false;
    i++;
    for (;;) {
      const c = line.charCodeAt(i);
      if (Number.isNaN(c)) return undefined;
      if (c === 92 /* \ */) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c === 34) break;
      i++;
    }
    i++;
    let word: string;
    if (escaped) {
      try {
        word = JSON.parse(line.slice(start, i)) as string;
      } catch {
        return undefined;
      }
    } else word = line.slice(start + 1, i - 1);
    while (SPACE(line.charCodeAt(i))) i++;
    if (line.charCodeAt(i) !== 58 /* : */) return undefined;
    i++;
    while (SPACE(line.charCodeAt(i))) i++;
    if (line.charCodeAt(i) !== 91 /* [ */) return undefined;
    i++;
    for (;;) {
      while (SPACE(line.charCodeAt(i))) i++;
      if (line.charCodeAt(i) === 93 /* ] */) {
        i++;
        break;
      }
      let position = 0;
      let digits = 0;
      for (let c = line.charCodeAt(i); c >= 48 && c <= 57; c = line.charCodeAt(++i)) {
        position = position * 10 + (c - 48);
        digits++;
      }
      if (digits === 0 || digits > 7 || position > MAX_POSITION) return undefined;
      words[position] = word;
      if (position > last) last = position;
      while (SPACE(line.charCodeAt(i))) i++;
      const c = line.charCodeAt(i);
      if (c === 44 /* , */) i++;
      else if (c !== 93) return undefined;
    }
    while (SPACE(line.charCodeAt(i))) i++;
    const c = line.charCodeAt(i);
    if (c === 44) {
      i++;
      continue;
    }
    if (c === 125) {
      i++;
      break;
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(`${line.slice(0, valueAt)}null${line.slice(i)}`);
  } catch {
    return undefined;
  }
  // The key was the work's own (not text inside a string): its value is the null put there.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const work = value as Record<string, unknown>;
  if (work.abstract_inverted_index !== null) return undefined;
  let text = '';
  for (let p = 0; p <= last; p++) {
    const word = words[p];
    if (word === undefined) continue;
    text = text === '' ? word : `${text} ${word}`;
  }
  work.abstract_inverted_index = new PrebuiltAbstract(text);
  return work;
}

/** Positions beyond this are taken as a corrupt index rather than allocated (abstracts run to a few thousand words). */
export const MAX_POSITION = 100_000;

/**
 * An abstract already rebuilt from the index's text (openAlexScan.ts), in the index's place;
 * `normalized` when the text is already what normalizeText and ownString make of it (see
 * RawPaper.abstractNormalized).
 */
export class PrebuiltAbstract {
  constructor(
    readonly text: string,
    readonly normalized = false,
  ) {}
}

/**
 * The abstract OpenAlex stores as an inverted index ({"Deep": [0], "learning": [1, 7], ...}), as
 * text: each word at its positions, joined by spaces. Returns undefined for a malformed index (a
 * position that is not a whole number in range) so the caller can report it; gaps are skipped.
 */
export function openAlexAbstract(index: unknown): string | undefined {
  if (index === null || index === undefined) return '';
  if (index instanceof PrebuiltAbstract) return index.text;
  if (typeof index !== 'object' || Array.isArray(index)) return undefined;
  const words: string[] = [];
  const map = index as Record<string, unknown>;
  let last = -1;
  // for...in over own keys of a JSON object: no array of entries per abstract (100k abstracts).
  for (const word in map) {
    const positions = map[word];
    if (!Array.isArray(positions)) return undefined;
    for (let i = 0; i < positions.length; i++) {
      const position: unknown = positions[i];
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position > MAX_POSITION)
        return undefined;
      words[position] = word;
      if (position > last) last = position;
    }
  }
  // Gaps (positions no word claims) are skipped rather than written as "undefined".
  let text = '';
  for (let i = 0; i <= last; i++) {
    const word = words[i];
    if (word === undefined) continue;
    text = text === '' ? word : `${text} ${word}`;
  }
  return text;
}

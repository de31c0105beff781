/** Positions beyond this are taken as a corrupt index rather than allocated (abstracts run to a few thousand words). */
const MAX_POSITION = 100_000;

/**
 * The abstract OpenAlex stores as an inverted index ({"Deep": [0], "learning": [1, 7], ...}), as
 * text: each word at its positions, joined by spaces. Returns undefined for a malformed index (a
 * position that is not a whole number in range) so the caller can report it; gaps are skipped.
 */
export function openAlexAbstract(index: unknown): string | undefined {
  if (index === null || index === undefined) return '';
  if (typeof index !== 'object' || Array.isArray(index)) return undefined;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index as Record<string, unknown>)) {
    if (!Array.isArray(positions)) return undefined;
    for (const position of positions) {
      if (!Number.isInteger(position) || position < 0 || position > MAX_POSITION) return undefined;
      words[position as number] = word;
    }
  }
  // Sparse slots (gaps) are skipped by filter, not turned into "undefined".
  return words.filter((word) => word !== undefined).join(' ');
}

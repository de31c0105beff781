import { hashText } from '../util';

const MAX_SLUG_LENGTH = 60;

/** Latin letters that Unicode does not decompose into an ASCII letter and a mark. */
const LATIN_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/**
 * A stable id for a paper that has none: a readable slug of the title plus 6 hex digits of the
 * title's hash, e.g. "muon-is-scalable-for-llm-training-3fa1c2". The hash keeps ids distinct when
 * two titles slug alike ("Graph-based" and "Graph based"); identical titles get identical ids,
 * which the parser reports as duplicates. `title` should already be normalised (NFC, collapsed
 * whitespace) so the id does not change with the file's line endings.
 */
export function paperId(title: string): string {
  // Accented Latin letters keep their base letter ("é" -> "e"); other scripts drop out of the slug.
  const ascii = title
    .slice(0, 4 * MAX_SLUG_LENGTH)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => LATIN_LETTERS[letter]);
  const words = ascii.match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) {
      if (slug === '') slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return `${slug === '' ? 'paper' : slug}-${hashText(title).slice(0, 6)}`;
}

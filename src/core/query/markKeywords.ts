export interface TextPart {
  text: string;
  /** The part is one of the terms (shown in <mark>). */
  mark: boolean;
}

// Scripts written without spaces between words: a word boundary cannot be required there.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** A term as a pattern: its words joined by spaces or hyphens. */
function termBody(term: string): string {
  return term
    .trim()
    .split(/[\s\-‐–]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\-‐–]+');
}

/**
 * Splits `text` into plain and marked parts where any of `terms` occurs (case-insensitive,
 * longest term first). The result is data for React to render as text: never HTML.
 */
export function markKeywords(text: string, terms: readonly string[]): TextPart[] {
  const sorted = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  // Words may be joined by spaces or hyphens, and the last may carry an ending ("model" finds
  // "models"), because keywords are stemmed groups shown by their most frequent form. The word
  // boundaries are written once around all spaced terms: a case-insensitive Unicode property
  // class is slow to compile, and one pair per term made a paper's abstract take ~20 ms.
  const unspaced = sorted
    .filter((t) => UNSPACED.test(t))
    .map(termBody)
    .filter(Boolean);
  const spaced = sorted
    .filter((t) => !UNSPACED.test(t))
    .map(termBody)
    .filter(Boolean);
  const patterns = [...unspaced];
  if (spaced.length > 0) patterns.push(`(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})\\p{L}{0,3}(?![\\p{L}\\p{N}])`);
  if (patterns.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const re = new RegExp(patterns.join('|'), 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    if (m[0] === '') continue;
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: m[0], mark: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

export interface TextPart {
  text: string;
  /** The part is one of the terms (shown in <mark>). */
  mark: boolean;
}

// Scripts written without spaces between words: a word boundary cannot be required there.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function termPattern(term: string): string {
  const words = term
    .trim()
    .split(/[\s\-‐–]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return '';
  // Words may be joined by spaces or hyphens, and the last may carry an ending ("model" finds
  // "models"), because keywords are stemmed groups shown by their most frequent form.
  const body = words.join('[\\s\\-‐–]+');
  return UNSPACED.test(term) ? body : `(?<![\\p{L}\\p{N}])${body}\\p{L}{0,3}(?![\\p{L}\\p{N}])`;
}

/**
 * Splits `text` into plain and marked parts where any of `terms` occurs (case-insensitive,
 * longest term first). The result is data for React to render as text: never HTML.
 */
export function markKeywords(text: string, terms: readonly string[]): TextPart[] {
  const patterns = [...new Set(terms.map((t) => t.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(termPattern)
    .filter(Boolean);
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

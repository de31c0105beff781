import { personName } from './personName';

/**
 * Authors written as one string in JSON or CSV: "A and B", or "Curie, Marie; Curie, Pierre" as
 * Zotero's CSV export writes them. Commas alone do not separate authors, because they also separate
 * last and first names; a single "Last, First" is turned into "First Last".
 */
export function splitAuthors(text: string): string[] {
  const scopus = scopusAuthors(text);
  if (scopus) return scopus;
  const names = text.includes(';') ? text.split(';') : text.split(/\s+and\s+/);
  const authors: string[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed === '') continue;
    const parts = trimmed.split(',');
    authors.push(parts.length === 2 || parts.length === 3 ? personName(parts) : trimmed);
  }
  return authors;
}

/** "Surname I.", "Surname I.J.", "Van Der Spoel D.", "Kalé L.-P.": a name followed by its initials. */
const SURNAME_INITIALS = /^\S.*\s(?:\p{Lu}\.-?)+$/u;

/**
 * Scopus CSV without its "Author full names" column (exports before 2022) writes the authors as
 * "Phillips J.C., Braun R., Kalé L.": commas between authors, each a surname and initials
 * (test/fixtures/real/scopus-litstudy.csv); Europe PMC as "McKinney SM, Sieniek M." (initials
 * without dots). Read as a list only when every part has one of those shapes, so "Curie, Marie"
 * and "Curie, M." stay one person.
 */
function scopusAuthors(text: string): string[] | undefined {
  if (text.includes(';') || !text.includes(',')) return undefined;
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length >= 2 && parts.every((part) => SURNAME_INITIALS.test(part))) return parts;
  // Europe PMC's authorString and PubMed's lists: "McKinney SM, Sieniek M, Godbole V." (NLM style).
  const nlm = text
    .trim()
    .replace(/\.$/, '')
    .split(',')
    .map((part) => part.trim());
  if (nlm.length >= 2 && nlm.every((part) => NLM_NAME.test(part))) return nlm;
  return undefined;
}

/** "McKinney SM", "van der Schaar M": a name followed by up to four capitals, no dots (NLM's style). */
const NLM_NAME = /^\S.*\s\p{Lu}{1,4}$/u;

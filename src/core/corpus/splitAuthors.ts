import { personName } from './personName';

/**
 * Authors written as one string in JSON or CSV: "A and B", or "Curie, Marie; Curie, Pierre" as
 * Zotero's CSV export writes them. Commas alone do not separate authors, because they also separate
 * last and first names; a single "Last, First" is turned into "First Last".
 */
export function splitAuthors(text: string): string[] {
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

import type { CorpusField } from './corpusField';
import { doiUrl } from './doiUrl';
import type { RawPaper } from './RawPaper';
import { splitAuthors } from './splitAuthors';
import { yearOf } from './yearOf';

/**
 * A raw paper from named values, as a JSON record or a CSV row provides them. JSON values can be
 * of any type: numbers become text (ids like 15), a list of paragraphs becomes one abstract, and a
 * title that is an object is reported through `warn` and left empty (so the paper is skipped).
 */
export function rawPaperFromFields(
  fields: Partial<Record<CorpusField, unknown>>,
  line: number,
  warn: (message: string) => void,
): RawPaper {
  const paper: RawPaper = {
    line,
    title: textOf(fields.title, 'title', warn),
    abstract: textOf(fields.abstract, 'abstract', warn),
  };
  const id = fields.id;
  if (typeof id === 'string' && id.trim() !== '') paper.id = id.trim();
  else if (typeof id === 'number' && Number.isFinite(id)) paper.id = String(id);

  const authors = authorsOf(fields.authors);
  if (authors.length > 0) paper.authors = authors;
  const year = yearOf(fields.year) ?? yearOf(fields.date);
  if (year !== undefined) paper.year = year;
  const url = typeof fields.url === 'string' && fields.url.trim() !== '' ? fields.url.trim() : undefined;
  const doi = typeof fields.doi === 'string' ? doiUrl(fields.doi) : undefined;
  if (url ?? doi) paper.url = url ?? doi;
  return paper;
}

function textOf(value: unknown, field: string, warn: (message: string) => void): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join('\n');
  warn(`the ${field} is ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not text`);
  return '';
}

function authorsOf(value: unknown): string[] {
  if (typeof value === 'string') return splitAuthors(value);
  if (!Array.isArray(value)) return [];
  const authors: string[] = [];
  for (const author of value) {
    if (typeof author === 'string') authors.push(author);
    else if (author !== null && typeof author === 'object') {
      // Semantic Scholar writes {name}, CSL-JSON writes {family, given}.
      const { name, given, family } = author as Record<string, unknown>;
      if (typeof name === 'string') authors.push(name);
      else if (typeof family === 'string') authors.push(typeof given === 'string' ? `${given} ${family}` : family);
    }
  }
  return authors;
}

import { doiUrl } from '../doiUrl';
import type { RawPaper } from '../RawPaper';
import { arxivId } from './arxivId';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A line of the arXiv metadata snapshot (Kaggle's arxiv-metadata-oai-snapshot.json): `id`,
 * `title`, `abstract` (LaTeX), `authors` as one string and `authors_parsed` as [last, first,
 * suffix] lists, `update_date`, `versions` (the first is the submission date), `categories`,
 * `doi`, `journal-ref`.
 */
export function arxivSnapshotPaper(record: Json, line: number): RawPaper {
  const paper: RawPaper = {
    line,
    title: cleanMarkup(text(record.title), { latex: true }),
    abstract: cleanMarkup(text(record.abstract), { latex: true, abstract: true }),
  };
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id).trim() : '';
  if (id !== '') paper.id = id;
  const authors: string[] = [];
  if (Array.isArray(record.authors_parsed)) {
    for (const parts of record.authors_parsed) {
      if (!Array.isArray(parts)) continue;
      const [last, first, suffix] = parts.map((part) => cleanMarkup(text(part), { latex: true }));
      // The snapshot's parser splits hyphenated initials ("C.-P." becomes "C. -P."): joined again.
      const given = first?.replace(/\. -(?=\p{L})/gu, '.-');
      const name = [given, last, suffix].filter((part) => part).join(' ');
      if (name) authors.push(name);
    }
  } else if (typeof record.authors === 'string') {
    for (const name of cleanMarkup(record.authors, { latex: true }).split(/,\s*|\s+and\s+/))
      if (name.trim()) authors.push(name.trim());
  }
  if (authors.length > 0) paper.authors = authors;
  // The first version's date is when the paper appeared; update_date is the last revision.
  const versions = Array.isArray(record.versions) ? record.versions : [];
  const created = versions.length > 0 ? (versions[0] as Json | null)?.created : undefined;
  const date = isoDate(created) ?? isoDate(record.update_date);
  if (date) {
    paper.year = Number(date.slice(0, 4));
    if (date.length > 4) paper.date = date;
  }
  const arxiv = arxivId(id);
  if (arxiv) {
    paper.sourceIds = { arxiv };
    paper.url = `https://arxiv.org/abs/${arxiv}`;
  }
  const doi = bareDoi(record.doi);
  if (doi) {
    paper.doi = doi;
    paper.url ??= doiUrl(doi);
  }
  paper.venue = text(record['journal-ref']).trim() || 'arXiv';
  const categories = text(record.categories)
    .split(/\s+/)
    .filter((c) => c !== '');
  if (categories.length > 0) paper.authorKeywords = categories;
  return paper;
}

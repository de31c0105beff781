import { doiUrl } from '../doiUrl';
import type { RawPaper } from '../RawPaper';
import type { PaperSourceIds } from '../../map';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { sourceIdsFromUrl } from './sourceIdsFromUrl';
import { splitKeywords } from './splitKeywords';

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
/** A string, or the first of a list of them: Crossref writes "title" and "container-title" as lists. */
const firstText = (value: unknown): string | undefined => (Array.isArray(value) ? text(value[0]) : text(value));

/**
 * A CSL-JSON item (Zotero's "CSL JSON" and Better BibTeX's "Better CSL JSON" exports, citeproc
 * input): `title`, `abstract`, `author` as {family, given} or {literal}, `issued` as
 * {"date-parts": [[2019, 5, 1]]} (or {"raw"}/{"literal"}), `container-title`, `DOI`, `URL`,
 * `keyword` (one string, comma- or semicolon-separated), `PMID`. Titles may carry CSL's HTML-like
 * rich text (`<i>`, `<sub>`), which is removed. A Crossref work (api.crossref.org/works) is read
 * the same way: its `title` and `container-title` are lists (the first is taken), its `abstract`
 * JATS (`<jats:p>`, cleaned).
 */
export function cslPaper(item: Json, line: number): RawPaper {
  const paper: RawPaper = {
    line,
    title: cleanMarkup(firstText(item.title) ?? ''),
    abstract: cleanMarkup(text(item.abstract) ?? '', { abstract: true }),
  };
  const id = typeof item.id === 'number' ? String(item.id) : text(item.id);
  if (id) paper.id = id;
  const authors: string[] = [];
  for (const author of Array.isArray(item.author) ? item.author : []) {
    if (author === null || typeof author !== 'object') continue;
    const { family, given, literal } = author as Json;
    const name = text(literal) ?? [text(given), text(family)].filter(Boolean).join(' ');
    if (name) authors.push(name);
  }
  if (authors.length > 0) paper.authors = authors;
  const issued = item.issued as Json | undefined;
  const parts = Array.isArray(issued?.['date-parts']) ? (issued['date-parts'] as unknown[])[0] : undefined;
  const date = isoDate(parts) ?? isoDate(issued?.raw) ?? isoDate(issued?.literal) ?? isoDate(item.issued);
  if (date) {
    paper.year = Number(date.slice(0, 4));
    if (date.length > 4) paper.date = date;
  }
  const venue = firstText(item['container-title']);
  if (venue) paper.venue = cleanMarkup(venue);
  // Better BibTeX can write the short form ("10/fqd6hj", shortdoi.org), which is no DOI to compare
  // across sources; the full one is then in a doi.org URL (test/fixtures/real/bbt.csl.json).
  const url0 = text(item.URL);
  const doi = bareDoi(item.DOI ?? item.doi) ?? (url0 && /^https?:\/\/(dx\.)?doi\.org\//i.test(url0) ? bareDoi(url0) : undefined);
  if (doi) paper.doi = doi;
  const url = url0 ?? (doi ? doiUrl(doi) : undefined);
  if (url) paper.url = url;
  const keyword = text(item.keyword);
  if (keyword) paper.authorKeywords = splitKeywords(keyword);
  const ids: PaperSourceIds = {};
  const pmid = text(item.PMID) ?? (typeof item.PMID === 'number' ? String(item.PMID) : undefined);
  if (pmid && /^\d+$/.test(pmid)) ids.pmid = pmid;
  if (url) sourceIdsFromUrl(url, ids);
  if (Object.keys(ids).length > 0) paper.sourceIds = ids;
  return paper;
}

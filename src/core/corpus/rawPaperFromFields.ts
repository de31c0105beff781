import type { CorpusField } from './corpusField';
import { doiUrl } from './doiUrl';
import type { RawPaper } from './RawPaper';
import { splitAuthors } from './splitAuthors';
import { unreadableDate, yearOf } from './yearOf';
import { bareDoi } from './formats/bareDoi';
import { cleanMarkup, isNoAbstract } from './formats/cleanMarkup';
import { doiInOpenUrl, embaseSource } from './formats/embaseSource';
import { isoDate } from './formats/isoDate';
import { sourceIdsFromUrl } from './formats/sourceIdsFromUrl';
import { addKeyword, splitKeywords } from './formats/splitKeywords';
import type { PaperSourceIds } from '../map';

/**
 * A raw paper from named values, as a JSON record or a CSV row provides them. JSON values can be
 * of any type: numbers become text (ids like 15), a list of paragraphs becomes one abstract, and a
 * title that is an object is reported through `warn` and left empty (so the paper is skipped).
 */
export function rawPaperFromFields(
  given: Partial<Record<CorpusField, unknown>>,
  line: number,
  warn: (message: string) => void,
  fromExport = false,
): RawPaper {
  const embase = embaseSource(given.source);
  const isExport =
    fromExport ||
    embase !== undefined ||
    given.eid !== undefined ||
    given.ut !== undefined ||
    given.indexKeywords !== undefined ||
    given.venue !== undefined;
  const fields = isExport ? withoutNa(given) : given;
  const paper: RawPaper = {
    line,
    title: textOf(fields.title, 'title', warn),
    abstract: textOf(fields.abstract, 'abstract', warn),
  };
  // Database exports (Scopus, Dimensions, Lens: they have these columns) carry markup, entities
  // and publishers' copyright notices; a plain corpus is left exactly as written.
  if (isExport) {
    paper.title = cleanMarkup(paper.title);
    const abstract = cleanMarkup(paper.abstract, { abstract: true });
    // The pattern tries every position (it starts with blanks); most abstracts have no ";;" to find.
    paper.abstract = EMPTY_CLAUSE.test(abstract) ? abstract.replace(EMPTY_CLAUSES, ' ') : abstract;
  } else if (isNoAbstract(paper.abstract)) {
    // A plain corpus is left as written, but "[No abstract available]" is no abstract in any of
    // them (a sheet pasted from an export): the record is skipped as abstract-less, and a corpus
    // of them refused as one, not mapped with no keywords "for --min-df".
    paper.abstract = '';
  }
  // A database's id stands in for a missing "id", in the order the id names used to be ranked.
  const id = idText(fields.id) ?? idText(fields.eid) ?? idText(fields.ut) ?? idText(fields.arxivId) ?? idText(fields.pmid);
  if (id !== undefined) paper.id = id;

  const fullNames = typeof fields.authorFullNames === 'string' ? fields.authorFullNames.replace(/\s*\(\d+\)/g, '') : undefined;
  const authors = authorsOf(fullNames ?? fields.authors);
  if (authors.length > 0) paper.authors = authors;
  const year = yearOf(fields.year) ?? yearOf(fields.date) ?? embase?.year;
  if (year !== undefined) paper.year = year;
  else {
    const why = unreadableDate('year', fields.year) ?? unreadableDate('date', fields.date);
    if (why) warn(why);
  }
  const url = typeof fields.url === 'string' && fields.url.trim() !== '' ? fields.url.trim() : undefined;
  const doi = typeof fields.doi === 'string' ? doiUrl(fields.doi) : undefined;
  if (url ?? doi) paper.url = url ?? doi;

  // Metadata that exports carry (Scopus, Dimensions, Lens CSV; JSON with these keys).
  const date = isoDate(fields.date) ?? embase?.date;
  if (date !== undefined && date.length > 4) paper.date = date;
  if (typeof fields.venue === 'string' && fields.venue.trim() !== '') paper.venue = fields.venue.trim();
  else if (embase) paper.venue = embase.venue;
  const bare = bareDoi(fields.doi) ?? doiInOpenUrl(fields.openUrl);
  if (bare) paper.doi = bare;
  if (bare && paper.url === undefined) paper.url = doiUrl(bare);
  const keywords: string[] = [];
  for (const list of [fields.keywords, fields.indexKeywords]) {
    if (typeof list === 'string') splitKeywords(list, keywords);
    else if (Array.isArray(list)) for (const k of list) if (typeof k === 'string') addKeyword(keywords, k);
  }
  if (keywords.length > 0) paper.authorKeywords = keywords;
  const ids: PaperSourceIds = {};
  const eid = idText(fields.eid);
  if (eid?.startsWith('2-s2.0-')) ids.scopus = eid;
  const ut = idText(fields.ut);
  if (ut) ids.wos = ut;
  const pmid = idText(fields.pmid);
  if (pmid && /^\d+$/.test(pmid)) ids.pmid = pmid;
  const arxiv = idText(fields.arxivId);
  if (arxiv) ids.arxiv = arxiv;
  const openalex = idText(fields.openalexId);
  if (openalex) ids.openalex = openalex;
  if (url) sourceIdsFromUrl(url, ids);
  if (Object.keys(ids).length > 0) paper.sourceIds = ids;
  return paper;
}

/**
 * Lens joins the sections of a structured abstract with empty clauses ("phenomena. ; ; An
 * objective…", "topics.; ; This is…"): a paragraph break, read as one space.
 */
const EMPTY_CLAUSES = /\s*;(?:\s*;)+\s*/g;
const EMPTY_CLAUSE = /;\s*;/;

/**
 * The fields of a database export without the cells that say "NA": exports that went through R
 * (bibliometrix's convert2df, write.csv) mark an empty PMID, DOI or URL so, and "NA" would become
 * every such paper's id ("duplicate id") or a link. Title and abstract are kept as written.
 */
function withoutNa(fields: Partial<Record<CorpusField, unknown>>): Partial<Record<CorpusField, unknown>> {
  const kept: Partial<Record<CorpusField, unknown>> = {};
  for (const [name, value] of Object.entries(fields) as [CorpusField, unknown][]) {
    if (name === 'title' || name === 'abstract' || typeof value !== 'string' || value.trim() !== 'NA') kept[name] = value;
  }
  return kept;
}

function idText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
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

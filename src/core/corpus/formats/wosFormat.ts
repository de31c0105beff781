import { doiUrl } from '../doiUrl';
import { personName } from '../personName';
import type { RawPaper } from '../RawPaper';
import type { PaperSourceIds } from '../../map';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { splitKeywords } from './splitKeywords';
import type { TaggedFields, TaggedFormat } from './TaggedRecordReader';
import { allValues, firstValue } from './taggedValues';
import { titleCase } from './titleCase';

/** "TI Title": a two-character tag, one space, the value; "ER" and "EF" stand alone. */
const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*))?$/;

/**
 * Web of Science "Plain text file" export (savedrecs.txt): "FN"/"VR" header, records from "PT"
 * to "ER", "EF" at the end, continuation lines indented by three spaces. Title TI; abstract AB;
 * authors AF (full names), else AU, one a line; year PY with PD ("MAY 15"); venue SO; DOI DI;
 * author keywords DE and Keywords Plus ID (";"-separated); ids UT ("WOS:...") and PM (PubMed).
 */
export const wosFormat: TaggedFormat = {
  name: 'Web of Science',
  startTag: 'PT',
  endTag: 'ER',
  fileTags: new Set(['FN', 'VR', 'EF']),
  tagLine(line) {
    const match = TAG_LINE.exec(line.trimEnd());
    return match ? { tag: match[1], value: match[2] ?? '' } : undefined;
  },
  isContinuation: (line) => line.startsWith('   '),
  toPaper: (fields, line) => wosPaper(fields, line, '\n'),
};

/**
 * The paper of a Web of Science record, from the plain-text export (lists one entry a line) or the
 * tab-delimited one (lists in one cell, separated by "; "): `listBreak` says which.
 */
export function wosPaper(fields: TaggedFields, line: number, listBreak: '\n' | '; '): RawPaper {
  const paper: RawPaper = {
    line,
    title: cleanMarkup(firstValue(fields, 'TI') ?? ''),
    abstract: cleanMarkup(firstValue(fields, 'AB') ?? '', { abstract: true }),
  };
  const names = listOf(fields, listBreak, 'AF');
  const authors = names.length > 0 ? names : listOf(fields, listBreak, 'AU');
  if (authors.length > 0) paper.authors = authors.map((name) => personName(name.split(',')));
  const year = isoDate(firstValue(fields, 'PY'));
  if (year) {
    paper.year = Number(year);
    const published = isoDate(`${firstValue(fields, 'PD') ?? ''} ${year}`);
    if (published && published.length > 4) paper.date = published;
  }
  const venue = firstValue(fields, 'SO');
  if (venue) paper.venue = titleCase(venue.replace(/\n/g, ' '));
  const doi = bareDoi(firstValue(fields, 'DI'));
  if (doi) {
    paper.doi = doi;
    paper.url = doiUrl(doi);
  }
  const keywords: string[] = [];
  for (const tag of ['DE', 'ID']) {
    const value = firstValue(fields, tag);
    if (value) splitKeywords(value.replace(/\n/g, ' '), keywords);
  }
  if (keywords.length > 0) paper.authorKeywords = keywords;
  const ids: PaperSourceIds = {};
  const ut = firstValue(fields, 'UT');
  if (ut) {
    ids.wos = ut;
    paper.id = ut;
  }
  const pmid = firstValue(fields, 'PM');
  if (pmid && /^\d+$/.test(pmid)) ids.pmid = pmid;
  if (Object.keys(ids).length > 0) paper.sourceIds = ids;
  return paper;
}

function listOf(fields: TaggedFields, listBreak: string, tag: string): string[] {
  if (listBreak === '\n') return allValues(fields, tag);
  return (firstValue(fields, tag) ?? '')
    .split(';')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

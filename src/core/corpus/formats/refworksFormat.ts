import { doiUrl } from '../doiUrl';
import { personName } from '../personName';
import type { RawPaper } from '../RawPaper';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { addKeyword } from './splitKeywords';
import type { TaggedFields, TaggedFormat } from './TaggedRecordReader';
import { allValues, firstValue } from './taggedValues';

/** "T1 Title": two capitals or a capital and a digit, a space, the value. */
const TAG_LINE = /^([A-Z][A-Z0-9]) (.*)$/;

/**
 * The RefWorks tagged format (RefWorks' "RefWorks Tagged" export; CNKI's "RefWorks" export):
 * records start with "RT Journal Article" and end at a blank line; a line without a tag goes on
 * the value before it. Title T1; abstract AB; authors A1 (one a line; CNKI may put several on one,
 * ";"-separated); year YR (date FD); venue JF, else JO or T2; DOI DO; URL UL or LK; keywords K1,
 * one a line or ";"-separated (CNKI).
 */
export const refworksFormat: TaggedFormat = {
  name: 'RefWorks tagged',
  startTag: 'RT',
  tagLine(line) {
    const match = TAG_LINE.exec(line.trimEnd());
    return match ? { tag: match[1], value: match[2] } : undefined;
  },
  isContinuation: (line) => !TAG_LINE.test(line.trimEnd()),
  toPaper: refworksPaper,
};

/** Several values on one line: ";" (CNKI also writes "；"). */
const LIST = /[;；]/;

function refworksPaper(fields: TaggedFields, line: number): RawPaper {
  const paper: RawPaper = {
    line,
    title: cleanMarkup(firstValue(fields, 'T1') ?? ''),
    // Wrapped lines keep their line breaks: the collector's normalizeText makes each one space.
    abstract: cleanMarkup((fields.get('AB') ?? []).join(' '), { abstract: true }),
  };
  const authors = allValues(fields, 'A1')
    .flatMap((value) => value.split(LIST))
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => personName(name.split(',')));
  if (authors.length > 0) paper.authors = authors;
  const year = /\b\d{4}\b/.exec(firstValue(fields, 'YR') ?? '')?.[0];
  if (year) paper.year = Number(year);
  const date = isoDate(firstValue(fields, 'FD'));
  if (date && date.length > 4 && (!year || date.startsWith(year))) paper.date = date;
  const venue = firstValue(fields, 'JF', 'JO', 'T2');
  if (venue) paper.venue = venue;
  const doi = bareDoi(firstValue(fields, 'DO'));
  if (doi) paper.doi = doi;
  const url = firstValue(fields, 'UL', 'LK') ?? (doi ? doiUrl(doi) : undefined);
  if (url) paper.url = url;
  const keywords: string[] = [];
  for (const keyword of allValues(fields, 'K1')) for (const part of keyword.split(LIST)) addKeyword(keywords, part);
  if (keywords.length > 0) paper.authorKeywords = keywords;
  return paper;
}

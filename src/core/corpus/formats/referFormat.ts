import { doiUrl } from '../doiUrl';
import { personName } from '../personName';
import type { RawPaper } from '../RawPaper';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { addKeyword } from './splitKeywords';
import type { TaggedFields, TaggedFormat } from './TaggedRecordReader';
import { allValues, firstValue } from './taggedValues';

/** "%T Title": "%", one character (a digit, a capital or one of EndNote's signs), a space, the value. */
const TAG_LINE = /^(%[0-9A-Z@!#$&()*+^~><?[\]|])(?: (.*))?$/;

/**
 * EndNote's tagged format ("EndNote Export" style, .enw; Refer/BibIX in Zotero; Google Scholar's
 * "EndNote" link): records start with "%0 Journal Article" and end at a blank line; a value may go
 * on over lines that do not start with "%". Title %T; abstract %X; authors %A ("Curie, Marie"),
 * one a line; year %D (date %8); venue %J, else %B; DOI %R; URL %U; keywords %K, one a line.
 */
export const referFormat: TaggedFormat = {
  name: 'EndNote tagged',
  startTag: '%0',
  tagLine(line) {
    const match = TAG_LINE.exec(line.trimEnd());
    return match ? { tag: match[1], value: match[2] ?? '' } : undefined;
  },
  isContinuation: (line) => !line.startsWith('%'),
  toPaper: referPaper,
};

function referPaper(fields: TaggedFields, line: number): RawPaper {
  const paper: RawPaper = {
    line,
    title: cleanMarkup(firstValue(fields, '%T') ?? ''),
    // Its wrapped lines keep their line breaks here: the collector's normalizeText makes each one space.
    abstract: cleanMarkup((fields.get('%X') ?? []).join(' '), { abstract: true }),
  };
  const authors = allValues(fields, '%A').map((name) => personName(name.split(',')));
  if (authors.length > 0) paper.authors = authors;
  const year = /\b\d{4}\b/.exec(firstValue(fields, '%D') ?? '')?.[0];
  if (year) paper.year = Number(year);
  const date = isoDate(firstValue(fields, '%8'));
  if (date && date.length > 4 && (!year || date.startsWith(year))) paper.date = date;
  const venue = firstValue(fields, '%J', '%B');
  if (venue) paper.venue = venue;
  const doi = bareDoi(firstValue(fields, '%R'));
  if (doi) paper.doi = doi;
  const url = firstValue(fields, '%U') ?? (doi ? doiUrl(doi) : undefined);
  if (url) paper.url = url;
  const keywords: string[] = [];
  // One a line; some exports put several on one, with ";" (CNKI: "；", "，").
  for (const keyword of allValues(fields, '%K')) for (const part of keyword.split(/[;；，]/)) addKeyword(keywords, part);
  if (keywords.length > 0) paper.authorKeywords = keywords;
  return paper;
}

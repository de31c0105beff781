import { doiUrl } from '../doiUrl';
import { personName } from '../personName';
import type { RawPaper } from '../RawPaper';
import type { PaperSourceIds } from '../../map';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { firstWebLink, sourceIdsFromUrl, wosAccession } from './sourceIdsFromUrl';
import { addKeyword } from './splitKeywords';
import type { TaggedFields } from './TaggedRecordReader';
import { allValues, firstValue } from './taggedValues';

/** Which tags of a line-tagged format hold a paper's fields (EndNote's "%T", RefWorks' "T1"...). */
export interface PaperTags {
  title: string;
  abstract: string;
  /** One author a value, "Curie, Marie". */
  authors: string;
  /** The first four-digit number in it is the year. */
  year: string;
  date: string;
  /** In order of preference. */
  venue: readonly string[];
  doi: string;
  /** In order of preference, the first web link; else the DOI's URL. Their database ids are read too. */
  url: readonly string[];
  /** The accession number, where a Web of Science UT ("WOS:…", "ISI:…") may be. */
  accession?: string;
  keywords: string;
  /** What separates several authors on one line, where a format's exports do that. */
  authorList?: RegExp;
  /** What separates several keywords on one line. */
  keywordList: RegExp;
}

/**
 * The paper of a record of EndNote's or RefWorks' tagged format: the same fields under each
 * format's own tags. The abstract's wrapped lines keep their line breaks here: the collector's
 * normalizeText makes each one a space.
 */
export function taggedPaper(fields: TaggedFields, line: number, tags: PaperTags): RawPaper {
  const paper: RawPaper = {
    line,
    title: cleanMarkup(firstValue(fields, tags.title) ?? ''),
    abstract: cleanMarkup((fields.get(tags.abstract) ?? []).join(' '), { abstract: true }),
  };
  const { authorList } = tags;
  const names = authorList
    ? allValues(fields, tags.authors).flatMap((value) => value.split(authorList))
    : allValues(fields, tags.authors);
  const authors = names
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => personName(name.split(',')));
  if (authors.length > 0) paper.authors = authors;
  const year = /\b\d{4}\b/.exec(firstValue(fields, tags.year) ?? '')?.[0];
  if (year) paper.year = Number(year);
  const date = isoDate(firstValue(fields, tags.date));
  if (date && date.length > 4 && (!year || date.startsWith(year))) paper.date = date;
  const venue = firstValue(fields, ...tags.venue);
  if (venue) paper.venue = venue;
  const doi = bareDoi(firstValue(fields, tags.doi));
  if (doi) paper.doi = doi;
  const links = tags.url.flatMap((tag) => fields.get(tag) ?? []);
  const url = firstWebLink(links) ?? (doi ? doiUrl(doi) : undefined);
  if (url) paper.url = url;
  const ids: PaperSourceIds = {};
  const wos = tags.accession && wosAccession(firstValue(fields, tags.accession));
  if (wos) ids.wos = wos;
  for (const link of links) sourceIdsFromUrl(link, ids);
  if (Object.keys(ids).length > 0) paper.sourceIds = ids;
  const keywords: string[] = [];
  for (const keyword of allValues(fields, tags.keywords))
    for (const part of keyword.split(tags.keywordList)) addKeyword(keywords, part);
  if (keywords.length > 0) paper.authorKeywords = keywords;
  return paper;
}

import { type PaperTags, taggedPaper } from './taggedPaper';
import type { TaggedFormat } from './TaggedRecordReader';

/** "%T Title": "%", one character (a digit, a capital or one of EndNote's signs), a space, the value. */
const TAG_LINE = /^(%[0-9A-Z@!#$&()*+^~><?[\]|])(?: (.*))?$/;

/** Where its fields are. */
const ENDNOTE_TAGS: PaperTags = {
  title: '%T',
  abstract: '%X',
  authors: '%A',
  year: '%D',
  date: '%8',
  venue: ['%J', '%B'],
  doi: '%R',
  url: ['%U'],
  accession: '%M',
  keywords: '%K',
  // One a line; some exports put several on one, with ";" (CNKI: "；", "，").
  keywordList: /[;；，]/,
};

/**
 * EndNote's tagged format ("EndNote Export" style, .enw; Refer/BibIX in Zotero; Google Scholar's
 * "EndNote" link): records start with "%0 Journal Article" and end at a blank line; a value may go
 * on over lines that do not start with "%". Title %T; abstract %X; authors %A ("Curie, Marie"),
 * one a line; year %D (date %8); venue %J, else %B; DOI %R; URL %U; keywords %K, one a line; the
 * accession number %M (a Web of Science UT).
 */
export const referFormat: TaggedFormat = {
  name: 'EndNote tagged',
  startTag: '%0',
  tagLine(line) {
    const match = TAG_LINE.exec(line.trimEnd());
    return match ? { tag: match[1], value: match[2] ?? '' } : undefined;
  },
  isContinuation: (line) => !line.startsWith('%'),
  toPaper: (fields, line) => taggedPaper(fields, line, ENDNOTE_TAGS),
};

import { type PaperTags, taggedPaper } from './taggedPaper';
import type { TaggedFormat } from './TaggedRecordReader';

/** "T1 Title": two capitals or a capital and a digit, a space, the value. */
const TAG_LINE = /^([A-Z][A-Z0-9]) (.*)$/;

/** Several values on one line: ";" (CNKI also writes "；"). */
const LIST = /[;；]/;

/** Where its fields are. */
const REFWORKS_TAGS: PaperTags = {
  title: 'T1',
  abstract: 'AB',
  authors: 'A1',
  year: 'YR',
  date: 'FD',
  venue: ['JF', 'JO', 'T2'],
  doi: 'DO',
  url: ['UL', 'LK'],
  accession: 'AN',
  keywords: 'K1',
  authorList: LIST,
  keywordList: LIST,
};

/**
 * The RefWorks tagged format (RefWorks' "RefWorks Tagged" export; CNKI's "RefWorks" export):
 * records start with "RT Journal Article" and end at a blank line; a line without a tag goes on
 * the value before it. Title T1; abstract AB; authors A1 (one a line; CNKI may put several on one,
 * ";"-separated); year YR (date FD); venue JF, else JO or T2; DOI DO; URL UL or LK; accession number AN (a Web of Science UT); keywords K1,
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
  toPaper: (fields, line) => taggedPaper(fields, line, REFWORKS_TAGS),
};

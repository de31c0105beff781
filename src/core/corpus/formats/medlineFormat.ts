import { personName } from '../personName';
import type { RawPaper } from '../RawPaper';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { identifyPubmedRecord } from './pubmedRecordId';
import { addKeyword } from './splitKeywords';
import type { TaggedFields, TaggedFormat } from './TaggedRecordReader';
import { allValues, firstValue } from './taggedValues';

/** "PMID- 31452104", "TI  - ...", "FAU - ...": a tag of up to four characters padded with spaces, "- ". */
const TAG_LINE = /^([A-Z][A-Z0-9]{1,3}) {0,3}- ?(.*)$/;

/**
 * PubMed's MEDLINE format ("Save" as PubMed format, or "Send to: Citation manager", .nbib):
 * records start with "PMID-" and end at a blank line; continuation lines are indented by six
 * spaces. Title TI (BTI for books); abstract AB; authors FAU, else AU; date DP ("2019 May 1");
 * venue JT, else TA; DOI from LID/AID "... [doi]"; keywords OT, then MeSH headings MH without
 * their qualifiers; the PMID links back to PubMed.
 */
export const medlineFormat: TaggedFormat = {
  name: 'MEDLINE',
  startTag: 'PMID',
  tagLine(line) {
    const match = TAG_LINE.exec(line.trimEnd());
    return match ? { tag: match[1], value: match[2] } : undefined;
  },
  isContinuation: (line) => line.startsWith('      ') || line.startsWith('\t'),
  toPaper: medlinePaper,
};

function medlinePaper(fields: TaggedFields, line: number): RawPaper {
  const paper: RawPaper = {
    line,
    title: cleanMarkup(firstValue(fields, 'TI', 'BTI') ?? ''),
    abstract: cleanMarkup(firstValue(fields, 'AB') ?? '', { abstract: true }),
  };
  const full = allValues(fields, 'FAU');
  const authors = full.length > 0 ? full.map((name) => personName(name.split(','))) : allValues(fields, 'AU');
  if (authors.length > 0) paper.authors = authors;
  const date = isoDate(firstValue(fields, 'DP', 'DEP', 'EDAT'));
  if (date) {
    paper.year = Number(date.slice(0, 4));
    if (date.length > 4) paper.date = date;
  }
  const venue = firstValue(fields, 'JT', 'TA');
  if (venue) paper.venue = venue.replace(/\n/g, ' ');
  for (const id of [...(fields.get('LID') ?? []), ...(fields.get('AID') ?? [])]) {
    if (/\[doi\]\s*$/.test(id)) {
      const doi = bareDoi(id.replace(/\s*\[doi\]\s*$/, ''));
      if (doi) {
        paper.doi = doi;
        break;
      }
    }
  }
  identifyPubmedRecord(paper, firstValue(fields, 'PMID'));
  const keywords: string[] = [];
  for (const term of allValues(fields, 'OT')) addKeyword(keywords, term);
  // "Neoplasms/*drug therapy": the heading without its qualifiers and the major-topic star.
  for (const heading of allValues(fields, 'MH')) addKeyword(keywords, heading.split('/')[0].replace(/\*/g, ''));
  if (keywords.length > 0) paper.authorKeywords = keywords;
  return paper;
}

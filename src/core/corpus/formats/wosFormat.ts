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
import { wosAccession } from './sourceIdsFromUrl';

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
  toPaper: wosPaper,
};

/**
 * The paper of a Web of Science record, from the plain-text export (lists one entry a line) or the
 * tab-delimited one (lists in one cell, separated by "; ").
 */
export function wosPaper(fields: TaggedFields, line: number): RawPaper {
  const ut = firstValue(fields, 'UT');
  // A record from Inspec (the Web of Science platform holds it too) writes sub- and superscripts
  // as "/sub 2/", and its DE and ID are Inspec's own indexing and identifiers.
  const inspec = ut?.startsWith('INSPEC:') === true;
  const text = inspec ? withoutInspecScripts : (value: string): string => value;
  const paper: RawPaper = {
    line,
    title: cleanMarkup(text(firstValue(fields, 'TI') ?? '')),
    abstract: cleanMarkup(text(firstValue(fields, 'AB') ?? ''), { abstract: true }),
  };
  const names = listOf(fields, 'AF');
  const authors = names.length > 0 ? names : listOf(fields, 'AU');
  if (authors.length > 0) paper.authors = authors.map((name) => personName(name.split(',')));
  const year = isoDate(firstValue(fields, 'PY'));
  if (year) {
    paper.year = Number(year);
    // "MAY 15", "2026 FEB 25"; Inspec's records "07 2006", a month's number and the year.
    const pd = firstValue(fields, 'PD') ?? '';
    const numbered = /^(\d{1,2}) (\d{4})$/.exec(pd.trim());
    const published = numbered ? isoDate(`${numbered[2]}-${numbered[1].padStart(2, '0')}`) : isoDate(`${pd} ${year}`);
    if (published && published.length > 4 && published.startsWith(year)) paper.date = published;
  }
  const venue = firstValue(fields, 'SO');
  // A book series' SO carries the volume ("ANNUAL REVIEW OF PUBLIC HEALTH, VOL 32"); VL has it.
  if (venue) paper.venue = titleCase(venue.replace(/\n/g, ' ').replace(/,\s*VOL\.?\s*\d+\s*$/i, ''));
  // Inspec's ID lists identifiers in brackets, the DOI among them: "…],[10.1063/1.2234275]".
  const doi = bareDoi(
    firstValue(fields, 'DI') ?? (inspec ? /\[(10\.\d{4,9}\/[^\]\s]+)\]/.exec(firstValue(fields, 'ID') ?? '')?.[1] : undefined),
  );
  if (doi) {
    paper.doi = doi;
    paper.url = doiUrl(doi);
  }
  const keywords: string[] = [];
  if (inspec) for (const terms of inspecTerms(firstValue(fields, 'DE') ?? '')) splitKeywords(terms, keywords);
  else
    for (const tag of ['DE', 'ID']) {
      const value = firstValue(fields, tag);
      if (value) splitKeywords(value.replace(/\n/g, ' '), keywords);
    }
  if (keywords.length > 0) paper.authorKeywords = keywords;
  const ids: PaperSourceIds = {};
  if (ut) {
    // "ISI:" is how Web of Science wrote its UTs before "WOS:"; a MEDLINE record's is its PubMed id.
    const id = wosAccession(ut) ?? ut;
    ids.wos = id;
    paper.id = id;
    const medline = /^MEDLINE:(\d+)$/.exec(ut);
    if (medline) ids.pmid = medline[1];
  }
  const pmid = firstValue(fields, 'PM');
  if (pmid && /^\d+$/.test(pmid)) ids.pmid = pmid;
  if (Object.keys(ids).length > 0) paper.sourceIds = ids;
  return paper;
}

/** Inspec's sub- and superscripts as plain text: "Sn/sub 2/P/sub 2/S/sub 6/" is "Sn2P2S6", "He/sup +/" "He+". */
function withoutInspecScripts(text: string): string {
  // Inspec writes a blank after "sub"/"sup": "and/subsequent/" in a text is no subscript.
  return text.includes('/su') ? text.replace(/\/su[bp]\s+([^/]*?)\s*\//g, '$1') : text;
}

/**
 * The controlled and uncontrolled terms of an Inspec record's DE, which holds its indexing in
 * fields ended by "/ ": the treatment ("Experimental"), the controlled terms, the uncontrolled
 * terms, then classification codes, numerical and chemical indexing. A DE not in that shape is
 * read whole.
 */
function inspecTerms(de: string): string[] {
  const text = withoutInspecScripts(de.replace(/\n/g, ' '));
  const parts = text.split(/\/\s+/);
  return parts.length >= 3 ? parts.slice(1, 3) : [text];
}

/**
 * A list one entry a line (plain text) or in one cell separated by ";" (tab-delimited; and a
 * MEDLINE record on the Web of Science platform puts its authors on one line so).
 */
function listOf(fields: TaggedFields, tag: string): string[] {
  return allValues(fields, tag)
    .flatMap((value) => value.split(';'))
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

import { doiUrl } from '../doiUrl';
import { personName } from '../personName';
import type { RawPaper } from '../RawPaper';
import type { PaperSourceIds } from '../../map';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { firstWebLink, sourceIdsFromUrl, wosAccession } from './sourceIdsFromUrl';
import { addKeyword, splitKeywords } from './splitKeywords';
import { titleCase } from './titleCase';
import type { TaggedFields, TaggedFormat } from './TaggedRecordReader';
import { allValues, firstValue } from './taggedValues';

/** "TY  - JOUR": two letters or a letter and a digit, two spaces (some tools write one), "-", the value. */
const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

/**
 * RIS as Zotero, EndNote, Mendeley, Scopus and Web of Science (via EndNote) write it. Title TI or
 * T1 (then CT, BT); abstract AB or N2 (EndNote and Scopus); authors AU or A1; year PY, Y1 or DA
 * ("2019/05/01/"; Web of Science's "SEP" with PY); keywords KW, one a line or ";"-separated; DOI DO; URL UR; venue T2, JF, JO or
 * JA; ids from AN ("WOS:..." or EndNote's older "ISI:...", a PubMed id when DB or DP names PubMed or NLM; Embase's C5 when a DB says Medline; PubMed Central's "U1  - 23690738[pmid]") and from the links in UR and L2
 * (Scopus eid, arXiv, PubMed).
 */
export const risFormat: TaggedFormat = {
  name: 'RIS',
  startTag: 'TY',
  endTag: 'ER',
  tagLine(line) {
    const match = TAG_LINE.exec(line.trimEnd());
    return match ? { tag: match[1], value: match[2] ?? '' } : undefined;
  },
  isContinuation: () => false,
  // Ovid numbers each record ("1.") and follows its "ER" with an "NL" line and its links.
  fileTags: new Set(['NL']),
  fileLine: /^\d+\.\s*$|^Link to the Ovid Full Text or citation:/,
  toPaper: risPaper,
};

function risPaper(fields: TaggedFields, line: number): RawPaper {
  const paper: RawPaper = {
    line,
    title: cleanMarkup(firstValue(fields, 'TI', 'T1', 'CT', 'BT') ?? ''),
    abstract: cleanMarkup(firstValue(fields, 'AB', 'N2') ?? '', { abstract: true }),
  };
  const authors = allValues(fields, 'AU').length > 0 ? allValues(fields, 'AU') : allValues(fields, 'A1');
  if (authors.length > 0) paper.authors = authors.map((name) => personName(name.split(',')));
  const date = isoDate(firstValue(fields, 'PY', 'Y1', 'DA'));
  if (date) {
    paper.year = Number(date.slice(0, 4));
    // The first of DA, Y1, PY that says more than the year (PubMed Central: "Y1  - 2013", "PY  - 2013/04/18").
    const precise = ['DA', 'Y1', 'PY']
      .map((tag) => isoDate(firstValue(fields, tag)))
      .find((d) => d !== undefined && d.length > 4 && d.startsWith(date.slice(0, 4)));
    if (precise) paper.date = precise;
    else {
      // Web of Science's RIS puts its PD in DA: "SEP", "DEC 24", with the year in PY alone.
      const month = isoDate(`${firstValue(fields, 'DA') ?? ''} ${paper.year}`);
      if (month && month.length > 4) paper.date = month;
    }
  }
  const accession = firstValue(fields, 'AN');
  const wos = wosAccession(accession);
  const venue = firstValue(fields, 'T2', 'JF', 'JO', 'JA');
  if (venue) paper.venue = wos ? titleCase(cleanMarkup(venue)) : cleanMarkup(venue);
  const doi = bareDoi(firstValue(fields, 'DO'));
  if (doi) paper.doi = doi;
  const url = firstWebLink((fields.get('UR') ?? []).flatMap((value) => value.split(/\s+|;/)));
  if (url) paper.url = url;
  else if (doi) paper.url = doiUrl(doi);
  const keywords: string[] = [];
  for (const keyword of fields.get('KW') ?? []) {
    if (keyword.includes(';')) splitKeywords(keyword.replace(/\n/g, ';'), keywords);
    else for (const part of keyword.split('\n')) addKeyword(keywords, part);
  }
  if (keywords.length > 0) paper.authorKeywords = keywords;
  const ids: PaperSourceIds = {};
  if (wos) ids.wos = wos;
  else if (accession && /^\d{1,9}$/.test(accession) && /pubmed|medline|^nlm$/i.test(firstValue(fields, 'DB', 'DP') ?? ''))
    ids.pmid = accession;
  // PubMed Central's RIS gives its PMC id in AN and the PubMed id in a note: "U1  - 23690738[pmid]".
  if (!ids.pmid)
    for (const tag of ['U1', 'U2', 'U3', 'U4', 'U5', 'N1']) {
      const pmid = allValues(fields, tag)
        .map((value) => /^(\d{1,9})\s*\[pmid\]$/i.exec(value.trim())?.[1])
        .find(Boolean);
      if (pmid) {
        ids.pmid = pmid;
        break;
      }
    }
  // Embase writes the MEDLINE record's PubMed id in C5 when the paper is in MEDLINE too.
  const c5 = firstValue(fields, 'C5');
  if (!ids.pmid && c5 && /^\d{1,9}$/.test(c5) && allValues(fields, 'DB').some((db) => /^medline$/i.test(db.trim())))
    ids.pmid = c5;
  // L2 holds more links to the record (Citavi and Lens list the arXiv and PubMed pages there).
  for (const link of [...(fields.get('UR') ?? []), ...(fields.get('L2') ?? [])]) sourceIdsFromUrl(link, ids);
  if (Object.keys(ids).length > 0) paper.sourceIds = ids;
  return paper;
}

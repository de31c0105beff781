import { doiUrl } from '../doiUrl';
import { personName } from '../personName';
import type { RawPaper } from '../RawPaper';
import type { PaperSourceIds } from '../../map';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { firstWebLink, sourceIdsFromUrl, wosAccession } from './sourceIdsFromUrl';
import { addKeyword, splitKeywords } from './splitKeywords';
import { contentStart, elementText, type XmlRecordFormat } from './XmlRecordReader';

/**
 * EndNote's XML export (File → Export → "XML"; Mendeley Desktop and Papers write it too):
 * `<xml><records><record>` a paper, read record by record by XmlRecordReader. Fields: `titles/title`,
 * `abstract`, `contributors/authors/author` ("Smith, John"), `dates/year` and `pub-dates/date`,
 * `periodical/full-title` (else `titles/secondary-title`), `electronic-resource-num` (the DOI),
 * `urls/related-urls/url` (the first web link; EndNote's "<Go to ISI>://" gives the WoS id),
 * `keywords/keyword`, `accession-num` (a WoS UT, "WOS:" or "ISI:", or a PubMed id). EndNote
 * wraps each value in `<style>` runs (several where part is in italics) and writes line breaks
 * as `&#xD;`: both become plain text.
 */
export const endnoteXmlFormat: XmlRecordFormat = {
  root: 'records',
  record: 'record',
  a: 'an EndNote XML export',
  the: 'the EndNote XML export',
  short: 'export',
  read: readRecord,
};

/**
 * A field's plain text: its `<style>` runs joined, entities decoded, markup cleaned; blanks made
 * one space (a title's and an abstract's are left to the collector, which does that to them).
 */
function text(xml: string | undefined, long?: 'title' | 'abstract'): string {
  if (xml === undefined) return '';
  const clean = cleanMarkup(unstyled(xml), { abstract: long === 'abstract' });
  return long || !/[\t\n\r\f]| {2}/.test(clean) ? clean : clean.replace(/\s+/g, ' ');
}

const STYLE_TAG = /<\/?style\b[^>]*>/g;
const STYLE_END = '</style>';

/** XML without its `<style>` tags: most values are one run, cut out of it without a pattern. */
function unstyled(xml: string): string {
  if (!xml.startsWith('<style')) return xml.includes('<style') ? xml.replace(STYLE_TAG, '') : xml;
  const open = xml.indexOf('>');
  const close = xml.indexOf(STYLE_END, open);
  if (close !== -1 && close + STYLE_END.length === xml.length) {
    const inner = xml.slice(open + 1, close);
    if (!inner.includes('<')) return inner;
  }
  return xml.replace(STYLE_TAG, '');
}

/** The texts of every `<name>` in `inner` (a list element's inner XML). */
function allTexts(inner: string | undefined, name: string): string[] {
  if (inner === undefined) return [];
  const out: string[] = [];
  const close = `</${name}>`;
  for (let from = contentStart(inner, name); from !== -1; ) {
    const end = inner.indexOf(close, from);
    if (end === -1) break;
    const value = text(inner.slice(from, end)).trim();
    if (value !== '') out.push(value);
    from = contentStart(inner, name, end);
  }
  return out;
}

/**
 * The record's child elements by name (the first of each), their inner XML: one pass over the
 * record, where looking each field up would read the whole record for every one it lacks.
 */
function childElements(record: string): Map<string, string> {
  const children = new Map<string, string>();
  let i = record.indexOf('<');
  while (i !== -1) {
    let nameEnd = i + 1;
    for (let c = record.charCodeAt(nameEnd); c > 0x20 && c !== 0x3e && c !== 0x2f; c = record.charCodeAt(++nameEnd));
    const tagEnd = record.indexOf('>', nameEnd);
    if (tagEnd === -1) break;
    const name = record.slice(i + 1, nameEnd);
    if (record.charCodeAt(tagEnd - 1) === 0x2f || name === '' || name[0] === '/' || name[0] === '!' || name[0] === '?') {
      i = record.indexOf('<', tagEnd);
      continue;
    }
    const close = record.indexOf(`</${name}>`, tagEnd);
    if (close === -1) break;
    if (!children.has(name)) children.set(name, record.slice(tagEnd + 1, close));
    i = record.indexOf('<', close + name.length + 3);
  }
  return children;
}

function readRecord(record: string, line: number): RawPaper {
  const fields = childElements(record);
  const titles = fields.get('titles') ?? '';
  const paper: RawPaper = {
    line,
    title: text(elementText(titles, 'title'), 'title').trim(),
    abstract: text(fields.get('abstract'), 'abstract').trim(),
  };
  const authors = allTexts(elementText(fields.get('contributors') ?? '', 'authors'), 'author').map((name) =>
    personName(name.split(',')),
  );
  if (authors.length > 0) paper.authors = authors;
  const dates = fields.get('dates') ?? '';
  const year = isoDate(text(elementText(dates, 'year')));
  if (year) {
    paper.year = Number(year.slice(0, 4));
    // "Mar 15", "2019/03/15", "Spring": as precise as it says, when it is of the same year.
    const published = text(elementText(dates, 'date')).trim();
    const precise = /^\d{4}/.test(published) ? isoDate(published) : isoDate(`${paper.year} ${published}`);
    if (precise && precise.length > 4 && precise.startsWith(year.slice(0, 4))) paper.date = precise;
  }
  const venue =
    text(elementText(fields.get('periodical') ?? '', 'full-title')).trim() || text(elementText(titles, 'secondary-title')).trim();
  if (venue) paper.venue = venue;
  const doi = bareDoi(text(fields.get('electronic-resource-num')).trim());
  if (doi) paper.doi = doi;
  const urls = allTexts(elementText(fields.get('urls') ?? '', 'related-urls'), 'url');
  const url = firstWebLink(urls) ?? (doi ? doiUrl(doi) : undefined);
  if (url) paper.url = url;
  const keywords: string[] = [];
  for (const keyword of allTexts(fields.get('keywords'), 'keyword')) {
    // One keyword a tag, or several in one, as Mendeley and some databases write them.
    if (keyword.includes(';')) splitKeywords(keyword, keywords);
    else addKeyword(keywords, keyword);
  }
  if (keywords.length > 0) paper.authorKeywords = keywords;
  const ids: PaperSourceIds = {};
  const accession = text(fields.get('accession-num')).trim();
  const wos = wosAccession(accession);
  if (wos) ids.wos = wos;
  else if (
    /^\d{1,9}$/.test(accession) &&
    /pubmed|medline|nlm/i.test(text(fields.get('remote-database-provider')) + text(fields.get('remote-database-name')))
  )
    ids.pmid = accession;
  for (const url of urls) sourceIdsFromUrl(url, ids);
  if (Object.keys(ids).length > 0) paper.sourceIds = ids;
  return paper;
}

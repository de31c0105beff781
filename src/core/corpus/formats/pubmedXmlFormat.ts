import type { RawPaper } from '../RawPaper';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { identifyPubmedRecord } from './pubmedRecordId';
import { addKeyword } from './splitKeywords';
import { elementText, startTagAt, tagsOf, type XmlRecordFormat } from './XmlRecordReader';

/**
 * PubMed's XML (E-utilities `efetch … retmode=xml`, the format ASReview and Biopython read):
 * `<PubmedArticleSet>` with a `<PubmedArticle>` a paper, read record by record by XmlRecordReader.
 * Fields: `PMID`, `ArticleTitle` (a translated title without its brackets), `Abstract/AbstractText`
 * (a structured abstract's sections joined, each after its `Label`; not `OtherAbstract`, nor the
 * `CopyrightInformation`), `AuthorList/Author` (`ForeName` `LastName`, or `CollectiveName`),
 * `Journal/Title`, `JournalIssue/PubDate` (`Year` `Month` `Day`, or `MedlineDate` "1998 Dec-1999
 * Jan"), the DOI from `ELocationID` or `ArticleId` of type "doi", `KeywordList/Keyword` and
 * `MeshHeadingList/MeshHeading/DescriptorName`.
 */
export const pubmedXmlFormat: XmlRecordFormat = {
  root: 'PubmedArticleSet',
  record: 'PubmedArticle',
  a: 'a PubMed XML file',
  the: 'the PubMed XML file',
  short: 'file',
  read: readArticle,
};

/** An element's attributes (the start tag's text after its name) and inner XML. */
interface Element {
  attributes: string;
  inner: string;
}

/**
 * Every element `name` in `xml`, in order, found by string search (tag names are written plainly
 * in efetch's output). An empty element (`<AbstractText Label="X"/>`) has no inner XML.
 */
function elements(xml: string, name: string): Element[] {
  const { close } = tagsOf(name);
  const found: Element[] = [];
  for (let at = startTagAt(xml, name); at !== -1; ) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd === -1) break;
    if (xml.charCodeAt(tagEnd - 1) === 0x2f) {
      found.push({ attributes: xml.slice(at + 1 + name.length, tagEnd - 1), inner: '' });
      at = startTagAt(xml, name, tagEnd);
      continue;
    }
    const end = xml.indexOf(close, tagEnd + 1);
    if (end === -1) break;
    found.push({ attributes: xml.slice(at + 1 + name.length, tagEnd), inner: xml.slice(tagEnd + 1, end) });
    at = startTagAt(xml, name, end + close.length);
  }
  return found;
}

/**
 * Plain text of an element's inner XML: inline markup (`<i>`, `<sup>`) dropped, entities decoded,
 * blanks made one. Most values have none of these: two searches spare them the patterns.
 */
function plain(xml: string | undefined): string {
  const text = markupless(xml);
  return BLANKS.test(text) ? text.replace(/\s+/g, ' ') : text;
}
const BLANKS = /\s\s|[\t\n\r\f]/;

/** A title's or an abstract's text: markup dropped, entities decoded; its blanks are left to the collector. */
function markupless(xml: string | undefined): string {
  if (xml === undefined) return '';
  return (xml.includes('<') || xml.includes('&') ? cleanMarkup(xml) : xml).trim();
}

/** The value of attribute `name` ("EIdType", "IdType", "Label") in a start tag's attribute text. */
function attribute(attributes: string, name: string): string | undefined {
  const at = attributes.indexOf(` ${name}="`);
  if (at === -1) return undefined;
  const from = at + name.length + 3;
  const end = attributes.indexOf('"', from);
  return end === -1 ? undefined : attributes.slice(from, end);
}

/** A PubDate's parts as isoDate reads them: "2019 Mar 2", or "2019-05-03" where the month is a number. */
function pubDate(year: string, month: string, day: string): string {
  if (!/^\d+$/.test(month)) return [year, month, day].filter(Boolean).join(' ');
  const two = (n: string): string => n.padStart(2, '0');
  return day ? `${year}-${two(month)}-${two(day)}` : `${year}-${two(month)}`;
}

function readArticle(record: string, line: number): RawPaper {
  // The cited and related articles after the citation have PMIDs and titles of their own.
  const citationEnd = record.indexOf('</MedlineCitation>');
  const citation = citationEnd === -1 ? record : record.slice(0, citationEnd);
  let title = markupless(elementText(citation, 'ArticleTitle'));
  // A title translated into English is given in brackets: "[Treatment of ...]."
  const translated = /^\[(.*)\](\.?)$/.exec(title);
  if (translated) title = `${translated[1]}${translated[2]}`;
  const sections: string[] = [];
  for (const { attributes, inner } of elements(elementText(citation, 'Abstract') ?? '', 'AbstractText')) {
    const label = attribute(attributes, 'Label');
    const text = markupless(inner);
    if (text !== '') sections.push(label && label !== 'UNLABELLED' ? `${label}: ${text}` : text);
  }
  const paper: RawPaper = { line, title, abstract: cleanMarkup(sections.join(' '), { abstract: true }) };

  const authors: string[] = [];
  for (const { inner } of elements(elementText(citation, 'AuthorList') ?? '', 'Author')) {
    const last = plain(elementText(inner, 'LastName'));
    const name = last
      ? [plain(elementText(inner, 'ForeName')), last].filter(Boolean).join(' ')
      : plain(elementText(inner, 'CollectiveName'));
    if (name) authors.push(name);
  }
  if (authors.length > 0) paper.authors = authors;

  const journal = elementText(citation, 'Journal') ?? '';
  const venue = plain(elementText(journal, 'Title'));
  if (venue) paper.venue = venue;
  const published = elementText(journal, 'PubDate') ?? '';
  const date = isoDate(
    pubDate(
      plain(elementText(published, 'Year')),
      plain(elementText(published, 'Month')),
      plain(elementText(published, 'Day')),
    ) ||
      // "1998 Dec-1999 Jan", "2000 Spring": its first year and month.
      plain(elementText(published, 'MedlineDate')).split('-')[0],
  );
  if (date) {
    paper.year = Number(date.slice(0, 4));
    if (date.length > 4) paper.date = date;
  }

  const pmid = plain(elementText(citation, 'PMID'));
  let doi: string | undefined;
  for (const { attributes, inner } of elements(citation, 'ELocationID'))
    if (attribute(attributes, 'EIdType') === 'doi') doi ??= plain(inner);
  if (doi === undefined)
    for (const { attributes, inner } of elements(elementText(record, 'ArticleIdList', citationEnd) ?? '', 'ArticleId'))
      if (attribute(attributes, 'IdType') === 'doi') doi ??= plain(inner);
  if (doi) paper.doi = doi;
  identifyPubmedRecord(paper, pmid);

  const keywords: string[] = [];
  for (const { inner } of elements(elementText(citation, 'KeywordList') ?? '', 'Keyword')) addKeyword(keywords, plain(inner));
  for (const { inner } of elements(elementText(citation, 'MeshHeadingList') ?? '', 'DescriptorName'))
    addKeyword(keywords, plain(inner));
  if (keywords.length > 0) paper.authorKeywords = keywords;
  return paper;
}

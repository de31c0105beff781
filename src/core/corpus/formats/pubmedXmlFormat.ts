import type { RawPaper } from '../RawPaper';
import { cleanMarkup } from './cleanMarkup';
import { isoDate } from './isoDate';
import { identifyPubmedRecord } from './pubmedRecordId';
import { addKeyword } from './splitKeywords';
import { contentStart, elementText, startTagAt, tagsOf, type XmlRecordFormat } from './XmlRecordReader';

/**
 * PubMed's XML (E-utilities `efetch … retmode=xml`, the format ASReview and Biopython read):
 * `<PubmedArticleSet>` with a `<PubmedArticle>` a paper (or a `<PubmedBookArticle>`: readBook), read
 * record by record by XmlRecordReader.
 * Fields: `PMID`, `ArticleTitle` (a translated title without its brackets), `Abstract/AbstractText`
 * (a structured abstract's sections joined, each after its `Label`; not `OtherAbstract`, nor the
 * `CopyrightInformation`), `AuthorList/Author` (`ForeName` `LastName` `Suffix`, or `CollectiveName`),
 * `Journal/Title`, `JournalIssue/PubDate` (`Year` `Month` `Day`, or `MedlineDate` "1998 Dec-1999
 * Jan"), the DOI from `ELocationID` or `ArticleId` of type "doi", `KeywordList/Keyword` and
 * `MeshHeadingList/MeshHeading/DescriptorName`.
 */
export const pubmedXmlFormat: XmlRecordFormat = {
  root: 'PubmedArticleSet',
  // A set of books has its own root in NLM's DTD, and a file of one record may be that record
  // alone (saved from a record's XML view; JabRef's test files).
  otherRoots: ['PubmedBookArticleSet', 'PubmedArticle', 'PubmedBookArticle'],
  record: 'PubmedArticle',
  // NCBI Bookshelf's chapters and books (StatPearls, GeneReviews) come in the same set.
  otherRecords: ['PubmedBookArticle'],
  a: 'a PubMed XML file',
  the: 'the PubMed XML file',
  short: 'file',
  read: (record, line) =>
    record.startsWith('<BookDocument', record.indexOf('<')) ? readBook(record, line) : readArticle(record, line),
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
  const paper: RawPaper = { line, title, abstract: abstractOf(citation) };
  addAuthors(paper, elementText(citation, 'AuthorList'));
  const journal = elementText(citation, 'Journal') ?? '';
  const venue = plain(elementText(journal, 'Title'));
  if (venue) paper.venue = venue;
  addDate(paper, elementText(journal, 'PubDate'));

  let doi: string | undefined;
  for (const { attributes, inner } of elements(citation, 'ELocationID'))
    if (attribute(attributes, 'EIdType') === 'doi') doi ??= plain(inner);
  doi ??= idListDoi(elementText(record, 'ArticleIdList', citationEnd));
  if (doi) paper.doi = doi;
  identifyPubmedRecord(paper, plain(elementText(citation, 'PMID')));

  const keywords = keywordsOf(citation);
  for (const { inner } of elements(elementText(citation, 'MeshHeadingList') ?? '', 'DescriptorName'))
    addKeyword(keywords, plain(inner));
  if (keywords.length > 0) paper.authorKeywords = keywords;
  return paper;
}

/**
 * A `PubmedBookArticle`: a chapter of a book on NCBI Bookshelf (`ArticleTitle`, its authors after
 * the `Book`; the book's title is the venue) or a whole book (`BookTitle`; its publisher is the
 * venue). The date is the book's `PubDate`.
 */
function readBook(record: string, line: number): RawPaper {
  const documentEnd = record.indexOf('</BookDocument>');
  const document = documentEnd === -1 ? record : record.slice(0, documentEnd);
  const bookStart = contentStart(document, 'Book');
  const bookEnd = bookStart === -1 ? -1 : document.indexOf('</Book>', bookStart);
  const book = bookEnd === -1 ? '' : document.slice(bookStart, bookEnd);
  // What follows the book's own element belongs to the chapter (or to the book, when it is whole).
  const own = bookEnd === -1 ? document : document.slice(bookEnd);
  const bookTitle = markupless(elementText(book, 'BookTitle'));
  const chapter = markupless(elementText(own, 'ArticleTitle'));
  const paper: RawPaper = { line, title: chapter || bookTitle, abstract: abstractOf(own) };
  // A chapter's authors, else the book's (not its editors).
  const bookAuthors = elements(book, 'AuthorList').find(({ attributes }) => attribute(attributes, 'Type') !== 'editors');
  addAuthors(paper, elementText(own, 'AuthorList') ?? bookAuthors?.inner);
  const venue = chapter ? bookTitle : plain(elementText(book, 'PublisherName'));
  if (venue) paper.venue = venue;
  addDate(paper, elementText(book, 'PubDate'));
  const doi = idListDoi(elementText(document, 'ArticleIdList'));
  if (doi) paper.doi = doi;
  identifyPubmedRecord(paper, plain(elementText(document, 'PMID')));
  const keywords = keywordsOf(own);
  if (keywords.length > 0) paper.authorKeywords = keywords;
  return paper;
}

/** The `AbstractText` sections of the first `Abstract` in `xml`, each after its `Label`; not `CopyrightInformation`. */
function abstractOf(xml: string): string {
  const sections: string[] = [];
  for (const { attributes, inner } of elements(elementText(xml, 'Abstract') ?? '', 'AbstractText')) {
    const label = attribute(attributes, 'Label');
    const text = markupless(inner);
    if (text !== '') sections.push(label && label !== 'UNLABELLED' ? `${label}: ${text}` : text);
  }
  return cleanMarkup(sections.join(' '), { abstract: true });
}

/** The names of an `AuthorList`'s `Author`s: `ForeName LastName Suffix` ("F W Gibb Jr"), or a `CollectiveName`. */
function addAuthors(paper: RawPaper, authorList: string | undefined): void {
  const authors: string[] = [];
  for (const { inner } of elements(authorList ?? '', 'Author')) {
    const last = plain(elementText(inner, 'LastName'));
    const name = last
      ? [plain(elementText(inner, 'ForeName')), last, plain(elementText(inner, 'Suffix'))].filter(Boolean).join(' ')
      : plain(elementText(inner, 'CollectiveName'));
    if (name) authors.push(name);
  }
  if (authors.length > 0) paper.authors = authors;
}

/** The year and date of a `PubDate`: `Year` `Month` `Day`, or `MedlineDate`. */
function addDate(paper: RawPaper, published = ''): void {
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
}

/** The DOI among an `ArticleIdList`'s `ArticleId`s. */
function idListDoi(idList: string | undefined): string | undefined {
  for (const { attributes, inner } of elements(idList ?? '', 'ArticleId'))
    if (attribute(attributes, 'IdType') === 'doi') return plain(inner);
  return undefined;
}

/** The `Keyword`s of the first `KeywordList`. */
function keywordsOf(xml: string): string[] {
  const keywords: string[] = [];
  for (const { inner } of elements(elementText(xml, 'KeywordList') ?? '', 'Keyword')) addKeyword(keywords, plain(inner));
  return keywords;
}

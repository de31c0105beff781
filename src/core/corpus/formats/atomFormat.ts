import { CorpusError } from '../CorpusError';
import { doiUrl } from '../doiUrl';
import type { RawPaper } from '../RawPaper';
import { arxivId } from './arxivId';
import { bareDoi } from './bareDoi';
import { cleanMarkup, decodeEntities } from './cleanMarkup';
import { isoDate } from './isoDate';
import { addKeyword } from './splitKeywords';
import { elementText, type XmlRecordFormat } from './XmlRecordReader';

/**
 * The arXiv API's Atom feed (export.arxiv.org/api/query): one `<entry>` a paper with `<id>`
 * (the abs link), `<title>`, `<summary>`, `<published>`, `<author><name>`, `<category term>`,
 * `<arxiv:doi>` and `<arxiv:journal_ref>`, read entry by entry by XmlRecordReader. Titles and
 * abstracts are LaTeX as authors typed them, cleaned to plain text.
 */
export const atomFormat: XmlRecordFormat = {
  root: 'feed',
  record: 'entry',
  a: 'an Atom feed',
  the: 'the Atom feed',
  short: 'feed',
  read: readEntry,
};

function readEntry(entry: string, line: number, file: string): RawPaper {
  const id = elementText(entry, 'id') ?? '';
  if (/\/api\/errors/.test(id)) {
    throw new CorpusError(
      file,
      line,
      `the arXiv API answered with an error: ${cleanMarkup(elementText(entry, 'summary') ?? '')}`,
    );
  }
  const paper: RawPaper = {
    line,
    title: cleanMarkup(elementText(entry, 'title') ?? '', { latex: true }),
    abstract: cleanMarkup(elementText(entry, 'summary') ?? '', { latex: true, abstract: true }),
  };
  const authors = [...entry.matchAll(/<name>([\s\S]*?)<\/name>/g)].map((m) => cleanMarkup(m[1], { latex: true }));
  if (authors.length > 0) paper.authors = authors;
  const date = isoDate(elementText(entry, 'published') ?? elementText(entry, 'updated'));
  if (date) {
    paper.year = Number(date.slice(0, 4));
    if (date.length > 4) paper.date = date;
  }
  const arxiv = arxivId(id);
  if (arxiv) {
    paper.id = arxiv;
    paper.sourceIds = { arxiv };
    paper.url = `https://arxiv.org/abs/${arxiv}`;
  }
  const doi = bareDoi(elementText(entry, 'arxiv:doi'));
  if (doi) {
    paper.doi = doi;
    paper.url ??= doiUrl(doi);
  }
  paper.venue = cleanMarkup(elementText(entry, 'arxiv:journal_ref') ?? '') || 'arXiv';
  const categories: string[] = [];
  for (const m of entry.matchAll(/<category\b[^>]*\bterm="([^"]*)"/g)) addKeyword(categories, decodeEntities(m[1]));
  if (categories.length > 0) paper.authorKeywords = categories;
  return paper;
}

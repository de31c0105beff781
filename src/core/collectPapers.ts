import { CorpusError } from './CorpusError';
import { normalizeText } from './normalizeText';
import { paperId } from './paperId';
import type { RawPaper } from './RawPaper';
import type { CorpusWarning, Paper } from './types';

/**
 * The checks every format shares: normalise text, skip papers without a title or an abstract
 * (with a warning naming the line), give papers without an id one derived from the title, and
 * refuse duplicate ids, because every later stage and the map file key papers by id.
 */
export function collectPapers(records: RawPaper[], file: string, warnings: CorpusWarning[]): Paper[] {
  const papers: Paper[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const record of records) {
    const title = normalizeText(record.title);
    const abstract = normalizeText(record.abstract);
    if (title === '' || abstract === '') {
      const missing = title === '' && abstract === '' ? 'title and abstract' : title === '' ? 'title' : 'abstract';
      const which = title !== '' ? `paper "${shorten(title)}"` : record.id ? `paper "${record.id}"` : 'paper';
      warnings.push({ file, line: record.line, message: `${which} has an empty ${missing}; skipped` });
      continue;
    }
    const givenId = record.id?.trim();
    const id = givenId ? givenId : paperId(title);
    const seenOn = firstLineOfId.get(id);
    if (seenOn !== undefined) {
      throw new CorpusError(file, record.line, `duplicate id "${id}" (also on line ${seenOn})`);
    }
    firstLineOfId.set(id, record.line);

    const paper: Paper = { id, title, abstract, line: record.line };
    const authors = record.authors?.map(normalizeText).filter((name) => name !== '');
    if (authors && authors.length > 0) paper.authors = authors;
    if (record.year !== undefined) paper.year = record.year;
    const url = record.url?.trim();
    if (url) paper.url = url;
    papers.push(paper);
  }
  if (papers.length === 0) throw new CorpusError(file, undefined, 'no papers with both a title and an abstract');
  return papers;
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}

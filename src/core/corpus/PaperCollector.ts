import { CorpusError } from './CorpusError';
import { normalizeText } from './normalizeText';
import { paperId } from './paperId';
import type { RawPaper } from './RawPaper';
import type { CorpusWarning, Paper } from '../map';
import { findControlCharacter, showControlCharacters } from '../util';

/**
 * The checks every format shares, paper by paper as the format readers find them: normalise text,
 * skip papers without a title or an abstract (with a warning naming the line), give papers without
 * an id one derived from the title, and refuse duplicate ids and ids holding control characters,
 * because every later stage and the map file key papers by id.
 */
export class PaperCollector {
  readonly papers: Paper[] = [];
  readonly warnings: CorpusWarning[] = [];
  private readonly firstLineOfId = new Map<string, number>();

  constructor(private readonly file: string) {}

  /** Throws CorpusError for a duplicate id. */
  add(record: RawPaper): void {
    const { file } = this;
    const title = normalizeText(record.title);
    const abstract = normalizeText(record.abstract);
    if (title === '' || abstract === '') {
      const missing = title === '' && abstract === '' ? 'title and abstract' : title === '' ? 'title' : 'abstract';
      const which = title !== '' ? `paper "${shorten(title)}"` : record.id ? `paper "${record.id}"` : 'paper';
      this.warnings.push({ file, line: record.line, message: `${which} has an empty ${missing}; skipped` });
      return;
    }
    const givenId = record.id?.trim();
    const id = givenId ? givenId : paperId(title);
    // GEXF and GraphML cannot hold most control characters, so "p1\u0001" and "p1\u0002" would
    // become one node there; an id is a key, so it is refused rather than silently changed.
    const control = findControlCharacter(id);
    if (control !== null) {
      throw new CorpusError(
        file,
        record.line,
        `id "${showControlCharacters(id)}" holds the control character ${control}; ids must be printable text`,
      );
    }
    const seenOn = this.firstLineOfId.get(id);
    if (seenOn !== undefined) {
      throw new CorpusError(file, record.line, `duplicate id "${id}" (also on line ${seenOn})`);
    }
    this.firstLineOfId.set(id, record.line);

    const paper: Paper = { id, title, abstract, line: record.line };
    const authors = record.authors?.map(normalizeText).filter((name) => name !== '');
    if (authors && authors.length > 0) paper.authors = authors;
    if (record.year !== undefined) paper.year = record.year;
    const url = record.url?.trim();
    if (url) paper.url = url;
    this.papers.push(paper);
  }

  /** The papers; throws CorpusError when there are none. */
  finish(): Paper[] {
    if (this.papers.length === 0) throw new CorpusError(this.file, undefined, 'no papers with both a title and an abstract');
    return this.papers;
  }
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}

import { CorpusError } from '../CorpusError';
import { doiUrl } from '../doiUrl';
import type { CorpusReader, RawPaper, RawPaperSink } from '../RawPaper';
import { arxivId } from './arxivId';
import { bareDoi } from './bareDoi';
import { cleanMarkup, decodeEntities } from './cleanMarkup';
import { isoDate } from './isoDate';
import { addKeyword } from './splitKeywords';

const ENTRY_END = '</entry>';

/**
 * The arXiv API's Atom feed (export.arxiv.org/api/query): one `<entry>` a paper with `<id>`
 * (the abs link), `<title>`, `<summary>`, `<published>`, `<author><name>`, `<category term>`,
 * `<arxiv:doi>` and `<arxiv:journal_ref>`. Read entry by entry as the text arrives: the text
 * before an entry is dropped once passed, so only the entry being read is held. Titles and
 * abstracts are LaTeX as authors typed them, cleaned to plain text. Not a general XML parser:
 * the API writes a fixed, flat shape, and regular expressions over one entry read it exactly.
 */
export class AtomReader implements CorpusReader {
  private buffer = '';
  /** File line of the buffer's first character. */
  private bufferLine = 1;
  /** Where to look for the end of the current entry again (its text so far has none). */
  private searchFrom = 0;
  private sawFeed = false;
  private records = 0;

  constructor(
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {}

  push(text: string): void {
    this.buffer += text;
    this.drain();
  }

  end(): void {
    this.drain();
    const start = this.buffer.indexOf('<entry');
    const cutShort = start === -1 ? undefined : this.lineAt(start);
    if (start !== -1) {
      this.sink.warning({
        file: this.file,
        line: this.lineAt(start),
        message: 'the file ends inside this <entry> (no </entry>): the feed looks cut short; entry skipped',
      });
      this.sink.skip?.('truncated record');
    }
    if (!this.sawFeed) throw new CorpusError(this.file, undefined, 'not an Atom feed (no <feed> element)');
    if (this.records === 0 && cutShort !== undefined && this.sawFeed) {
      throw new CorpusError(
        this.file,
        cutShort,
        'the file ends inside its only <entry> (no </entry>): the feed looks cut short; no papers',
      );
    }
    if (this.records === 0) throw new CorpusError(this.file, undefined, 'the Atom feed has no <entry> elements (no papers)');
  }

  private drain(): void {
    for (;;) {
      const buffer = this.buffer;
      const start = buffer.indexOf('<entry');
      if (!this.sawFeed && /<feed[\s>]/.test(start === -1 ? buffer : buffer.slice(0, start))) this.sawFeed = true;
      if (start === -1) {
        // Keep a tail that may be the start of "<entry" cut by the chunk boundary.
        this.discard(Math.max(0, buffer.length - 8));
        return;
      }
      if (!this.sawFeed)
        throw new CorpusError(this.file, this.lineAt(start), 'an <entry> before any <feed> element: not an Atom feed');
      const end = buffer.indexOf(ENTRY_END, Math.max(start, this.searchFrom));
      if (end === -1) {
        this.discard(start);
        this.searchFrom = Math.max(0, this.buffer.length - ENTRY_END.length);
        return;
      }
      const line = this.lineAt(start);
      this.readEntry(buffer.slice(start, end), line);
      this.discard(end + ENTRY_END.length);
      this.searchFrom = 0;
    }
  }

  /** Drops the buffer's first `count` characters, keeping its line count. */
  private discard(count: number): void {
    if (count <= 0) return;
    this.bufferLine = this.lineAt(count);
    this.buffer = this.buffer.slice(count);
  }

  private lineAt(offset: number): number {
    let line = this.bufferLine;
    for (let i = this.buffer.indexOf('\n'); i !== -1 && i < offset; i = this.buffer.indexOf('\n', i + 1)) line++;
    return line;
  }

  private readEntry(entry: string, line: number): void {
    const id = elementText(entry, 'id') ?? '';
    if (/\/api\/errors/.test(id)) {
      throw new CorpusError(
        this.file,
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
    this.records++;
    this.sink.paper(paper);
  }
}

/** The text inside the first `<name ...>...</name>` of an entry (CDATA unwrapped), or undefined. */
function elementText(entry: string, name: string): string | undefined {
  const open = new RegExp(`<${name}(?:\\s[^>]*)?>`).exec(entry);
  if (!open) return undefined;
  const from = open.index + open[0].length;
  const close = entry.indexOf(`</${name}>`, from);
  if (close === -1) return undefined;
  return entry.slice(from, close).replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
}

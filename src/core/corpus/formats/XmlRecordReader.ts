import { CorpusError } from '../CorpusError';
import type { CorpusReader, RawPaper, RawPaperSink } from '../RawPaper';

/** An XML export whose papers are sibling elements of one kind: the arXiv API's Atom feed, EndNote's XML. */
export interface XmlRecordFormat {
  /** The element that says the file is of this format ("feed"), seen before the first record. */
  root: string;
  /** The element of one paper ("entry"). */
  record: string;
  /** How messages name the file: "an Atom feed" / "the Atom feed", and "feed" in "the feed looks cut short". */
  a: string;
  the: string;
  short: string;
  /** The paper of one record's text (from its start tag to its end tag, both left out); may throw CorpusError. */
  read(record: string, line: number, file: string): RawPaper;
}

const HEAD_LENGTH = 4096;

/**
 * What an XML file of a kind not read is, and what to save instead, from its first characters:
 * Zotero's RDF. Empty for anything else.
 */
function otherXml(head: string): string {
  if (/<rdf:RDF[\s>]/.test(head) && /zotero/i.test(head))
    return ': it is Zotero RDF, which is not read; export the collection as RIS, BibTeX or CSL JSON instead';
  return '';
}

/**
 * Papers from an XML export read record by record as the text arrives: the text before a record
 * is dropped once passed, so only the record being read is held. Not a general XML parser: the
 * formats write a fixed, flat shape, and regular expressions over one record read it exactly.
 * A record the file ends inside is skipped with a warning (the export was cut short); a file
 * without the root element, or without a record, is refused.
 */
export class XmlRecordReader implements CorpusReader {
  private buffer = '';
  /**
   * Line breaks counted up to `scanned` (an offset into the buffer; its line is `scannedLine`, the
   * buffer's first character's after a discard),
   * and the next one after it: -1 when the buffer has none, -2 when not looked for yet. EndNote
   * writes its whole export on one line: a search for the next break from the start of the
   * buffer at every record read the rest of the buffer each time.
   */
  private scanned = 0;
  private scannedLine = 1;
  private nextBreak = -2;
  /** Where to look for the end of the current record again (its text so far has none). */
  private searchFrom = 0;
  private sawRoot = false;
  /** The file's first characters, to name an XML export of another kind when the root is missing. */
  private head = '';
  private records = 0;
  private readonly endTag: string;

  constructor(
    private readonly format: XmlRecordFormat,
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    this.endTag = `</${format.record}>`;
  }

  push(text: string): void {
    if (this.head.length < HEAD_LENGTH) this.head += text.slice(0, HEAD_LENGTH - this.head.length);
    this.buffer += text;
    if (this.nextBreak === -1) this.nextBreak = -2;
    this.drain();
  }

  end(): void {
    this.drain();
    const { format, file, sink } = this;
    const start = startTagAt(this.buffer, format.record);
    const cutShort = start === -1 ? undefined : this.lineAt(start);
    if (cutShort !== undefined) {
      sink.warning({
        file,
        line: cutShort,
        message: `the file ends inside this <${format.record}> (no ${this.endTag}): the ${format.short} looks cut short; ${format.record} skipped`,
      });
      sink.skip?.('truncated record');
    }
    if (!this.sawRoot)
      throw new CorpusError(file, undefined, `not ${format.a} (no <${format.root}> element)${otherXml(this.head)}`);
    if (this.records === 0 && cutShort !== undefined) {
      throw new CorpusError(
        file,
        cutShort,
        `the file ends inside its only <${format.record}> (no ${this.endTag}): the ${format.short} looks cut short; no papers`,
      );
    }
    if (this.records === 0)
      throw new CorpusError(file, undefined, `${format.the} has no <${format.record}> elements (no papers)`);
  }

  private drain(): void {
    const { format } = this;
    for (;;) {
      const buffer = this.buffer;
      const start = startTagAt(buffer, format.record);
      if (!this.sawRoot) {
        const root = startTagAt(buffer, format.root);
        this.sawRoot = root !== -1 && (start === -1 || root < start);
      }
      if (start === -1) {
        // Keep a tail that may be the start of a record's tag cut by the chunk boundary.
        this.discard(Math.max(0, buffer.length - format.record.length - 2));
        return;
      }
      if (!this.sawRoot)
        throw new CorpusError(
          this.file,
          this.lineAt(start),
          `an <${format.record}> before any <${format.root}> element: not ${format.a}`,
        );
      const end = buffer.indexOf(this.endTag, Math.max(start, this.searchFrom));
      if (end === -1) {
        this.discard(start);
        this.searchFrom = Math.max(0, this.buffer.length - this.endTag.length);
        return;
      }
      const line = this.lineAt(start);
      const open = buffer.indexOf('>', start) + 1;
      const paper = format.read(buffer.slice(open, end), line, this.file);
      this.records++;
      this.sink.paper(paper);
      this.discard(end + this.endTag.length);
      this.searchFrom = 0;
    }
  }

  /** Drops the buffer's first `count` characters, keeping its line count. */
  private discard(count: number): void {
    if (count <= 0) return;
    this.scannedLine = this.lineAt(count);
    this.buffer = this.buffer.slice(count);
    this.scanned = 0;
    if (this.nextBreak >= 0) this.nextBreak -= count;
  }

  /**
   * The file line of the buffer's character at `offset`. Offsets asked never go back between
   * discards (a record's start, then its end), so the count goes on from where it stopped.
   */
  private lineAt(offset: number): number {
    for (;;) {
      if (this.nextBreak === -2) this.nextBreak = this.buffer.indexOf('\n', this.scanned);
      if (this.nextBreak === -1 || this.nextBreak >= offset) return this.scannedLine;
      this.scannedLine++;
      this.scanned = this.nextBreak + 1;
      this.nextBreak = -2;
    }
  }
}

/**
 * The offset of the next `<name>` or `<name ...>` start tag in `text` from `from`, or -1. A string
 * search, not a pattern: the exports read here write tags plainly, and a search for a missing
 * element reads the whole record.
 */
export function startTagAt(text: string, name: string, from = 0): number {
  const open = `<${name}`;
  for (let at = text.indexOf(open, from); at !== -1; at = text.indexOf(open, at + 1)) {
    const next = text.charCodeAt(at + open.length);
    if (next === 0x3e || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) return at;
  }
  return -1;
}

/** Where the content of the first `<name>` element of `text` from `from` begins (an empty `<name/>` has none), or -1. */
export function contentStart(text: string, name: string, from = 0): number {
  for (let at = startTagAt(text, name, from); at !== -1; at = startTagAt(text, name, at + 1)) {
    const end = text.indexOf('>', at);
    if (end === -1) return -1;
    if (text.charCodeAt(end - 1) !== 0x2f) return end + 1;
  }
  return -1;
}

/** The text inside the first `<name ...>...</name>` of a record (CDATA unwrapped), or undefined. */
export function elementText(record: string, name: string): string | undefined {
  const from = contentStart(record, name);
  if (from === -1) return undefined;
  const close = record.indexOf(`</${name}>`, from);
  if (close === -1) return undefined;
  const inner = record.slice(from, close);
  return inner.includes('<![CDATA[') ? inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1') : inner;
}

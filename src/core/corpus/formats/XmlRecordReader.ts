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
 * PubMed's XML (efetch's default), Zotero's RDF. Empty for anything else.
 */
function otherXml(head: string): string {
  if (/<(?:!DOCTYPE\s+)?PubmedArticleSet[\s>]/.test(head))
    return ': it is PubMed XML, which is not read; save from PubMed with Format "PubMed", or fetch with efetch rettype=medline&retmode=text';
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
  /** File line of the buffer's first character. */
  private bufferLine = 1;
  /**
   * Line breaks counted up to `scanned` (an offset into the buffer; its line is `scannedLine`),
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
  private readonly rootStart: RegExp;
  private readonly end_: string;

  constructor(
    private readonly format: XmlRecordFormat,
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    this.rootStart = new RegExp(`<${format.root}[\\s>]`);
    this.end_ = `</${format.record}>`;
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
        message: `the file ends inside this <${format.record}> (no ${this.end_}): the ${format.short} looks cut short; ${format.record} skipped`,
      });
      sink.skip?.('truncated record');
    }
    if (!this.sawRoot)
      throw new CorpusError(file, undefined, `not ${format.a} (no <${format.root}> element)${otherXml(this.head)}`);
    if (this.records === 0 && cutShort !== undefined) {
      throw new CorpusError(
        file,
        cutShort,
        `the file ends inside its only <${format.record}> (no ${this.end_}): the ${format.short} looks cut short; no papers`,
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
      if (!this.sawRoot && this.rootStart.test(start === -1 ? buffer : buffer.slice(0, start))) this.sawRoot = true;
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
      const end = buffer.indexOf(this.end_, Math.max(start, this.searchFrom));
      if (end === -1) {
        this.discard(start);
        this.searchFrom = Math.max(0, this.buffer.length - this.end_.length);
        return;
      }
      const line = this.lineAt(start);
      const open = buffer.indexOf('>', start) + 1;
      const paper = format.read(buffer.slice(open, end), line, this.file);
      this.records++;
      this.sink.paper(paper);
      this.discard(end + this.end_.length);
      this.searchFrom = 0;
    }
  }

  /** Drops the buffer's first `count` characters, keeping its line count. */
  private discard(count: number): void {
    if (count <= 0) return;
    this.bufferLine = this.lineAt(count);
    this.buffer = this.buffer.slice(count);
    this.scanned = 0;
    this.scannedLine = this.bufferLine;
    if (this.nextBreak >= 0) this.nextBreak -= count;
  }

  /** The file line of the buffer's character at `offset`. */
  private lineAt(offset: number): number {
    if (offset < this.scanned) {
      // Asked behind what was counted (not done by drain): counted again from the buffer's start.
      this.scanned = 0;
      this.scannedLine = this.bufferLine;
      this.nextBreak = -2;
    }
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
 * Where the first `<name>` or `<name ...>` start tag is in `text` from `from`, and where its text
 * begins; undefined when there is none. A string search, not a pattern: the exports read here
 * write tags plainly, and a search for a missing element reads the whole record.
 */
function startTag(text: string, name: string, from = 0): { at: number; inner: number } | undefined {
  const open = `<${name}`;
  for (let at = text.indexOf(open, from); at !== -1; at = text.indexOf(open, at + 1)) {
    const next = text.charCodeAt(at + open.length);
    // ">", "/" (an empty element), or a blank before attributes.
    if (next === 0x3e) return { at, inner: at + open.length + 1 };
    if (next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) {
      const end = text.indexOf('>', at);
      if (end === -1) return undefined;
      if (text.charCodeAt(end - 1) === 0x2f) continue;
      return { at, inner: end + 1 };
    }
  }
  return undefined;
}

/** The offset of the next `<name>` or `<name ...>` start tag in `text` from `from`, or -1. */
export function startTagAt(text: string, name: string, from = 0): number {
  const open = `<${name}`;
  for (let at = text.indexOf(open, from); at !== -1; at = text.indexOf(open, at + 1)) {
    const next = text.charCodeAt(at + open.length);
    if (next === 0x3e || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) return at;
  }
  return -1;
}

/** The text inside the first `<name ...>...</name>` of a record (CDATA unwrapped), or undefined. */
export function elementText(record: string, name: string): string | undefined {
  const open = startTag(record, name);
  if (!open) return undefined;
  const close = record.indexOf(`</${name}>`, open.inner);
  if (close === -1) return undefined;
  const inner = record.slice(open.inner, close);
  return inner.includes('<![CDATA[') ? inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1') : inner;
}

import { CorpusError } from '../CorpusError';
import type { CorpusReader, RawPaper, RawPaperSink } from '../RawPaper';

/** An XML export whose papers are sibling elements of one kind: the arXiv API's Atom feed, EndNote's XML. */
export interface XmlRecordFormat {
  /** The element that says the file is of this format ("feed"), seen before the first record. */
  root: string;
  /**
   * Other elements that say so too: other roots (PubMed's `PubmedBookArticleSet`), or a record
   * element, when a file of one record may hold it alone (`PubmedArticle`).
   */
  otherRoots?: readonly string[];
  /** The element of one paper ("entry"). */
  record: string;
  /**
   * Other elements that are a paper too, read by `read` as well (PubMed's `PubmedBookArticle`
   * beside `PubmedArticle`); messages name `record`.
   */
  otherRecords?: readonly string[];
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
 *
 * Each piece of text is read where it stands: records inside it are cut out of it, and only a
 * record that a piece's end cuts is joined from its parts (`carry` and the start of the next
 * piece). Joining the rest of a piece to each new piece made V8 copy the whole piece into a flat
 * string at the first search: 1.4 ms a 1 MB piece of two-byte text, a tenth of reading PubMed XML.
 */
export class XmlRecordReader implements CorpusReader {
  /**
   * Text of earlier pieces still to be read: a record's start tag and what followed it (`inRecord`),
   * or a short tail that may hold the start of a tag the piece's end cut.
   */
  private carry = '';
  private inRecord = false;
  /** The line of carry's first character, and carry's last characters (where an end tag may start). */
  private carryLine = 1;
  private carryTail = '';
  /**
   * The text being read and the line of its first character; line breaks in it are counted up to
   * `scanned` (its line `scannedLine`), and the next one after it is `nextBreak` (-1: none, -2:
   * not looked for). EndNote writes its whole export on one line: counting goes on from where it
   * stopped instead of from the start at every record.
   */
  private text = '';
  private scanned = 0;
  private scannedLine = 1;
  private nextBreak = -2;
  private sawRoot = false;
  /** The file's first characters, to name an XML export of another kind when the root is missing. */
  private head = '';
  private records = 0;
  /** The record elements' names, and the end tag of the record being read. */
  private readonly names: readonly string[];
  /** The elements that say the file is of the format. */
  private readonly roots: readonly string[];
  private endTag: string;
  private openName: string;
  /**
   * Where the next start tag of each record element is in the text being read, at or after
   * `nextFrom[k]` (-1: none; looked for again only once passed, so a kind the file lacks is
   * searched for once a text, not once a record).
   */
  private readonly nextStart: number[];
  private readonly nextFrom: number[];
  /** Characters kept after a piece without a record start: enough to hold a cut record or root tag. */
  private readonly tailLength: number;

  constructor(
    private readonly format: XmlRecordFormat,
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    this.names = [format.record, ...(format.otherRecords ?? [])];
    this.roots = [format.root, ...(format.otherRoots ?? [])];
    this.endTag = tagsOf(format.record).close;
    this.openName = format.record;
    this.nextStart = this.names.map(() => -1);
    this.nextFrom = this.names.map(() => Number.POSITIVE_INFINITY);
    this.tailLength = Math.max(...this.roots.map((name) => name.length), ...this.names.map((name) => name.length)) + 2;
  }

  push(text: string): void {
    if (this.head.length < HEAD_LENGTH) this.head += text.slice(0, HEAD_LENGTH - this.head.length);
    if (text === '') return;
    const line = this.lineAfterText();
    if (!this.inRecord) {
      // Between records (a short tail, or nothing): the tail goes on with this piece.
      const carried = this.carry;
      this.carry = '';
      this.read(carried === '' ? text : carried + text, carried === '' ? line : this.carryLine, 0);
      return;
    }
    const end = this.recordEnd(text);
    this.startText(text, line);
    if (end === -1) {
      // The record goes on past this piece too.
      this.carry += text;
      // Of this piece alone where it is long enough: a slice of the joined text would copy it all.
      const keep = this.endTag.length - 1;
      this.carryTail = text.length >= keep ? text.slice(-keep) : (this.carryTail + text).slice(-keep);
      return;
    }
    const record = this.carry + text.slice(0, end);
    this.carry = '';
    this.carryTail = '';
    this.inRecord = false;
    this.emit(record, 0, record.length - this.endTag.length, this.carryLine);
    this.drain(end);
  }

  end(): void {
    const { format, file, sink } = this;
    // A tail left between records is read like a piece; a record still open was cut short.
    if (!this.inRecord && this.carry !== '') {
      const carried = this.carry;
      this.carry = '';
      this.read(carried, this.carryLine, 0);
    }
    const cutShort = this.inRecord ? this.carryLine : undefined;
    if (cutShort !== undefined) {
      sink.warning({
        file,
        line: cutShort,
        message: `the file ends inside this <${this.openName}> (no ${this.endTag}): the ${format.short} looks cut short; ${this.openName} skipped`,
      });
      sink.skip?.('truncated record');
    }
    if (!this.sawRoot)
      throw new CorpusError(file, undefined, `not ${format.a} (no <${format.root}> element)${otherXml(this.head)}`);
    if (this.records === 0 && cutShort !== undefined) {
      throw new CorpusError(
        file,
        cutShort,
        `the file ends inside its only <${this.openName}> (no ${this.endTag}): the ${format.short} looks cut short; no papers`,
      );
    }
    if (this.records === 0)
      throw new CorpusError(file, undefined, `${format.the} has no <${format.record}> elements (no papers)`);
  }

  /** Reads `text` (its first character on `line`) from `from`. */
  private read(text: string, line: number, from: number): void {
    this.startText(text, line);
    this.drain(from);
  }

  /** Where the open record ends in `text` (after its end tag, which may start in carry), or -1. */
  private recordEnd(text: string): number {
    const { endTag, carryTail } = this;
    const bridge = carryTail + text.slice(0, endTag.length - 1);
    const across = bridge.indexOf(endTag);
    if (across !== -1 && across < carryTail.length) return across + endTag.length - carryTail.length;
    const at = text.indexOf(endTag);
    return at === -1 ? -1 : at + endTag.length;
  }

  /** The records of the text being read from `from` on; what a record or the text's end cuts is carried. */
  private drain(from: number): void {
    const { format, text } = this;
    for (let at = from; ; ) {
      const start = this.recordStart(at);
      if (!this.sawRoot) {
        // A root before the record, or the record itself where it may stand alone.
        for (const name of this.roots) {
          const root = startTagAt(text, name, at);
          if (root !== -1 && (start === -1 || root <= start)) this.sawRoot = true;
        }
      }
      if (start === -1) {
        // Keep a tail that may be the start of a tag cut by the piece's end.
        const tail = Math.max(at, text.length - this.tailLength);
        this.carry = text.slice(tail);
        this.carryLine = this.lineAt(tail);
        return;
      }
      if (!this.sawRoot)
        throw new CorpusError(
          this.file,
          this.lineAt(start),
          `<${this.openName}> before any <${format.root}> element: not ${format.a}`,
        );
      const end = text.indexOf(this.endTag, start);
      const line = this.lineAt(start);
      if (end === -1) {
        this.carry = text.slice(start);
        this.carryTail = this.carry.slice(-(this.endTag.length - 1));
        this.carryLine = line;
        this.inRecord = true;
        return;
      }
      this.emit(text, start, end, line);
      at = end + this.endTag.length;
    }
  }

  /**
   * The offset of the next record start tag at or after `at` in the text being read, or -1; sets
   * endTag to its end tag.
   */
  private recordStart(at: number): number {
    const { names, nextStart, nextFrom, text } = this;
    let first = -1;
    for (let k = 0; k < names.length; k++) {
      // Found before for a place at or before this one, and not passed yet: still the next one.
      if (!(nextFrom[k] <= at && (nextStart[k] === -1 || nextStart[k] >= at))) {
        nextStart[k] = startTagAt(text, names[k], at);
        nextFrom[k] = at;
      }
      if (nextStart[k] !== -1 && (first === -1 || nextStart[k] < nextStart[first])) first = k;
    }
    if (first === -1) return -1;
    this.openName = names[first];
    this.endTag = tagsOf(names[first]).close;
    return nextStart[first];
  }

  /** Reads the record whose start tag is at `start` in `text` and whose end tag is at `end`. */
  private emit(text: string, start: number, end: number, line: number): void {
    const open = text.indexOf('>', start) + 1;
    const paper = this.format.read(text.slice(open, end), line, this.file);
    this.records++;
    this.sink.paper(paper);
  }

  /** Makes `text`, whose first character is on `line`, the text being read. */
  private startText(text: string, line: number): void {
    this.text = text;
    this.nextFrom.fill(Number.POSITIVE_INFINITY);
    this.scanned = 0;
    this.scannedLine = line;
    this.nextBreak = -2;
  }

  /** The line just after the text read last (its line breaks all counted). */
  private lineAfterText(): number {
    return this.lineAt(this.text.length);
  }

  /**
   * The file line of the text's character at `offset`. Offsets asked never go back within a
   * text (a record's start, then the next), so the count goes on from where it stopped.
   */
  private lineAt(offset: number): number {
    for (;;) {
      if (this.nextBreak === -2) this.nextBreak = this.text.indexOf('\n', this.scanned);
      if (this.nextBreak === -1 || this.nextBreak >= offset) return this.scannedLine;
      this.scannedLine++;
      this.scanned = this.nextBreak + 1;
      this.nextBreak = -2;
    }
  }
}

/** `<name` and `</name>` of each element name looked for, made once: a record looks up a dozen. */
const TAGS = new Map<string, { open: string; close: string }>();
export function tagsOf(name: string): { open: string; close: string } {
  let tags = TAGS.get(name);
  if (tags === undefined) TAGS.set(name, (tags = { open: `<${name}`, close: `</${name}>` }));
  return tags;
}

/**
 * The offset of the next `<name>` or `<name ...>` start tag in `text` from `from`, or -1. A string
 * search, not a pattern: the exports read here write tags plainly, and a search for a missing
 * element reads the whole record.
 */
export function startTagAt(text: string, name: string, from = 0): number {
  const open = tagsOf(name).open;
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

/** The text inside the first `<name ...>...</name>` of a record from `at` on (CDATA unwrapped), or undefined. */
export function elementText(record: string, name: string, at = 0): string | undefined {
  const from = contentStart(record, name, Math.max(0, at));
  if (from === -1) return undefined;
  const close = record.indexOf(tagsOf(name).close, from);
  if (close === -1) return undefined;
  const inner = record.slice(from, close);
  return inner.includes('<![CDATA[') ? inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1') : inner;
}

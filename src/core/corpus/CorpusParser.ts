import { CorpusError } from './CorpusError';
import { CsvReader } from './readers/CsvReader';
import { chooseFormat, startSettles } from './chooseFormat';
import { detectFormat } from './detectFormat';
import { JsonDocumentReader } from './readers/JsonDocumentReader';
import { JsonLinesReader } from './readers/JsonLinesReader';
import { PaperCollector } from './PaperCollector';
import type { PaperRegistry } from './PaperRegistry';
import { parseBibtex } from './readers/parseBibtex';
import type { CorpusReader, RawPaper, RawPaperSink } from './RawPaper';
import { TrendingReader } from './readers/TrendingReader';
import type { CorpusFormat, CorpusWarning, ParsedCorpus } from '../map';
import { WholeTextReader } from './readers/WholeTextReader';
import { atomFormat } from './formats/atomFormat';
import { endnoteXmlFormat } from './formats/endnoteXmlFormat';
import { pubmedXmlFormat } from './formats/pubmedXmlFormat';
import { medlineFormat } from './formats/medlineFormat';
import { PubMedTextReader } from './formats/PubMedTextReader';
import { ScopusTextReader } from './formats/ScopusTextReader';
import type { ReaderKind } from './formats/ReaderKind';
import type { LegacyEncoding } from './textEncoding';
import { referFormat } from './formats/referFormat';
import { refworksFormat } from './formats/refworksFormat';
import { risFormat } from './formats/risFormat';
import { TaggedRecordReader } from './formats/TaggedRecordReader';
import { WosTabReader } from './formats/WosTabReader';
import { XmlRecordReader } from './formats/XmlRecordReader';
import { wosFormat } from './formats/wosFormat';

export interface CorpusParserOptions {
  /** Name shown in messages (and used to pick the format); no folders needed. */
  fileName: string;
  /** Overrides the format the file name suggests. */
  format?: CorpusFormat;
  /**
   * Papers already read from other files of the same build (`--input a.ris --input b.csv`): a
   * paper they hold (same DOI, or same title and year) is merged, and ids stay unique across files.
   */
  registry?: PaperRegistry;
  /**
   * The file is one of several built into one map: every record skipped is then no error here,
   * `end` gives no papers and combineCorpora decides (the other files may have papers).
   */
  oneOfSeveral?: boolean;
  /** The text was decoded from this encoding, the file not being UTF-8 (decodeCorpusBytes): see decodedFrom. */
  encoding?: LegacyEncoding;
}

/** How much of the text is checked for binary content; the NUL count covers it all. */
const BINARY_SAMPLE = 65_536;
/**
 * A file with NULs in at least this share of its characters is binary. Text scraped from PDFs
 * carries a few NULs; they are dropped with a warning naming their lines (see NUL_LINES_NAMED).
 */
const BINARY_NUL_SHARE = 0.01;
/** Lines with NULs named one warning each; the rest are counted in one more warning. */
const NUL_LINES_NAMED = 10;
/** Least text gathered before the format is decided again: fewer joins of the start. */
const MIN_DECIDE = 1 << 16;

/**
 * Papers from the text of a corpus file fed in pieces (`push` as the file is read, then `end`),
 * so the command line never holds a large corpus as one string: JSON Lines, trending text and CSV
 * are parsed as their lines arrive; JSON and BibTeX are parsed whole at the end. The caller
 * decodes the bytes (TextDecoder, not fatal, in stream mode) so this runs the same in Node and in
 * a browser. `end` throws CorpusError for what makes the file unusable (naming file, line and
 * problem) and returns warnings for papers or lines it skipped. Checks that look at the whole
 * file come first whatever their place in it (empty, binary, unknown format), then the first
 * format error, then the first duplicate id: the same error as for the file parsed at once.
 */
export class CorpusParser {
  private readonly file: string;
  private started = false;
  /** Text before the format is decided. */
  private head: string[] = [];
  private headLength = 0;
  private nextDecideAt = 0;
  /**
   * The head's first piece (the text joined when this was set) settles the format until non-blank
   * text follows a line break, or at the end: see startSettles.
   */
  private settled = false;
  /** A line break came after `settled` was set. */
  private breakSeen = false;
  private format?: ReaderKind | 'unknown';
  private reader?: CorpusReader;
  private readError?: CorpusError;
  private readonly extraWarnings: CorpusWarning[] = [];
  private readonly readerWarnings: CorpusWarning[] = [];
  private readonly collector: PaperCollector;
  private collectError?: CorpusError;
  /** Records a reader left out whole, by reason (see RawPaperSink.skip). */
  private readonly readerSkips: Record<string, number> = {};

  // Whole-file checks, kept up as the text passes.
  private bodyLength = 0;
  private sawText = false;
  private sawNul = false;
  private nulCount = 0;
  /** Lines (1-based) holding NULs, the first NUL_LINES_NAMED + 1 of them, and how many lines in all. */
  private readonly nulLines: number[] = [];
  private nulLineCount = 0;
  /** Line breaks seen so far, to name the line of a NUL. */
  private newlines = 0;
  private lastNulLine = 0;
  /** The first 200 characters, to tell UTF-16 text from other binary files. */
  private start = '';
  private suspicious = 0;
  private replacements = 0;
  private replacementLine?: number;
  /** The encoding the text was decoded from when it is not UTF-8 (see decodedFrom), and the line of its first character past ASCII. */
  private legacy?: LegacyEncoding;
  private legacyLine?: number;
  private legacySample = '';
  /** The end of the last piece, for the word of that character when it starts a piece. */
  private lastTail = '';
  private linesBefore = 1;

  constructor(private readonly options: CorpusParserOptions) {
    this.file = options.fileName;
    this.collector = new PaperCollector(this.file, options.registry);
    if (options.encoding) this.decodedFrom(options.encoding);
  }

  /**
   * Says the text comes from a file that is not UTF-8, read as `encoding` (see textEncoding.ts):
   * `end` warns, naming the line of its first character past ASCII. Called before the piece that
   * holds that character is pushed.
   */
  decodedFrom(encoding: LegacyEncoding): void {
    this.legacy = encoding;
  }

  /**
   * The next piece of the file's text. `known.noNul` says the piece holds no NUL (U+0000), as a
   * caller that decoded it from UTF-8 knows when its bytes have no zero byte (one memchr); the
   * search for NULs is then left out. It is the one search here that is slow on a two-byte
   * string (V8 cannot hand it to memchr: every other byte of UTF-16 text is zero), and a piece is
   * two-byte as soon as it holds one character past Latin-1 (a dash, "≤", a Greek letter), as
   * real abstracts do: 0.75 ms a MB against 0.01 ms for a one-byte piece.
   */
  push(text: string, known: { noNul?: boolean } = {}): void {
    if (text === '') return;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text === '') return;
    }
    const noNul = known.noNul === true;
    this.check(text, noNul);
    if (!noNul && this.nulCount > 0 && text.includes('\u0000')) text = text.replace(/\u0000/g, '');
    if (this.format === undefined) {
      this.head.push(text);
      this.headLength += text.length;
      if (this.settled) {
        if (!this.goesOn(text)) return;
        this.settled = false;
        this.decide(false);
      } else if (this.headLength >= this.nextDecideAt) this.decide(false);
      return;
    }
    this.feed(text);
  }

  end(): ParsedCorpus {
    if (this.format === undefined) this.decide(true);
    if (this.reader && !this.readError) {
      try {
        this.reader.end();
      } catch (error) {
        this.failRead(error);
      }
    }
    const file = this.file;
    if (!this.sawText) throw new CorpusError(file, undefined, 'empty file');
    // UTF-16 text decoded as UTF-8 has a NUL after every ASCII letter.
    const utf16 = this.sawNul && /^(?:\uFFFD\uFFFD)?(?:[\u0001-\u007f]\u0000|\u0000[\u0001-\u007f]){4}/.test(this.start);
    if (utf16 || this.nulCount >= this.bodyLength * BINARY_NUL_SHARE) {
      throw new CorpusError(
        file,
        undefined,
        utf16
          ? 'binary file, not a text corpus (it looks like UTF-16 text: save it as UTF-8)'
          : `binary file, not a text corpus${binaryHint(this.start)}`,
      );
    }
    // A binary file decoded as text holds many replacement and control characters (bytes that are
    // not UTF-8). A text file in another 8-bit encoding has only a few, so it passes with a warning.
    const sampled = Math.min(this.bodyLength, BINARY_SAMPLE);
    if (this.suspicious > 0 && this.suspicious >= sampled * 0.1)
      throw new CorpusError(file, undefined, `binary file, not a text corpus${binaryHint(this.start)}`);
    if (this.format === 'unknown') {
      throw new CorpusError(
        file,
        undefined,
        'unknown corpus format: expected trending-papers text (.txt), JSON Lines (.jsonl), JSON (.json), CSV (.csv), ' +
          'BibTeX (.bib), RIS (.ris), Web of Science (savedrecs.txt), Scopus plain text (.txt), PubMed MEDLINE (.nbib), Abstract (text) or XML, EndNote or RefWorks tagged (.enw, .txt), EndNote XML (.xml) or an arXiv Atom feed (.atom)',
      );
    }
    const warnings = [...this.extraWarnings, ...this.nulWarnings(), ...this.readerWarnings];
    if (this.legacy) {
      warnings.push({
        file,
        ...(this.legacyLine !== undefined ? { line: this.legacyLine } : {}),
        message:
          `not UTF-8: read as Windows-1252, the encoding Excel's "CSV (Comma delimited)" and older Windows tools save Western text in` +
          `${this.legacySample ? ` (first at "${this.legacySample}")` : ''}; if letters look wrong, save the file as UTF-8`,
      });
    }
    if (this.readError) throw withWarnings(this.readError, warnings);
    if (this.replacements > 0) {
      warnings.push({
        file,
        line: this.replacementLine,
        message: `${this.replacements} character(s) could not be decoded as UTF-8 and show as "\uFFFD"; save the file as UTF-8`,
      });
    }
    if (this.collectError) throw withWarnings(this.collectError, [...warnings, ...this.collector.warnings]);
    // finish adds the summary of merged duplicates to the collector's warnings.
    let papers;
    try {
      papers = this.collector.finish(!this.options.oneOfSeveral);
    } catch (error) {
      throw error instanceof CorpusError ? withWarnings(error, [...warnings, ...this.collector.warnings]) : error;
    }
    warnings.push(...this.collector.warnings);
    const tally = this.collector.tally;
    for (const [reason, count] of Object.entries(this.readerSkips)) {
      tally.skipped[reason] = (tally.skipped[reason] ?? 0) + count;
      tally.records += count;
    }
    return { papers, warnings, tally };
  }

  /** One warning per line that held NULs (they were dropped), the first few lines by name. */
  private nulWarnings(): CorpusWarning[] {
    const file = this.file;
    const named = this.nulLines.slice(0, this.nulLineCount > NUL_LINES_NAMED + 1 ? NUL_LINES_NAMED : NUL_LINES_NAMED + 1);
    const out: CorpusWarning[] = named.map((line) => ({
      file,
      line,
      message: 'NUL character(s) dropped (text copied from PDFs often has them)',
    }));
    const rest = this.nulLineCount - named.length;
    if (rest > 0) out.push({ file, message: `NUL characters dropped on ${rest} more lines` });
    return out;
  }

  /** The whole-file checks on the next piece of text (after any byte-order mark). */
  private check(text: string, noNul: boolean): void {
    if (!this.sawText && /\S/.test(text)) this.sawText = true;
    if (this.legacy && this.legacyLine === undefined) this.findLegacy(text);
    else if (this.legacyLine === undefined) this.lastTail = text.length > 20 ? text.slice(-20) : text;
    // Line breaks are counted in every piece, so that a NUL's line can be named.
    const newlinesBefore = this.newlines;
    let from = 0;
    for (let i = noNul ? -1 : text.indexOf('\u0000'); i !== -1; i = text.indexOf('\u0000', i + 1)) {
      this.sawNul = true;
      this.nulCount++;
      for (let j = text.indexOf('\n', from); j !== -1 && j < i; j = text.indexOf('\n', j + 1)) {
        this.newlines++;
        from = j + 1;
      }
      const line = this.newlines + 1;
      if (line !== this.lastNulLine) {
        this.lastNulLine = line;
        this.nulLineCount++;
        if (this.nulLines.length <= NUL_LINES_NAMED) this.nulLines.push(line);
      }
      from = Math.max(from, i + 1);
    }
    for (let j = text.indexOf('\n', from); j !== -1; j = text.indexOf('\n', j + 1)) this.newlines++;
    const offset = this.bodyLength;
    if (offset < 200) this.start += text.slice(0, 200 - offset);
    if (offset < BINARY_SAMPLE) {
      const length = Math.min(text.length, BINARY_SAMPLE - offset);
      let suspicious = 0;
      for (let i = 0; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) suspicious++;
      }
      this.suspicious += suspicious;
    }
    this.bodyLength += text.length;
    const first = text.indexOf('\uFFFD');
    if (this.replacementLine === undefined) {
      // Without a U+FFFD, the piece's line breaks were just counted (no second pass over it).
      let lines = this.newlines - newlinesBefore;
      if (first !== -1) {
        lines = 0;
        for (let i = text.indexOf('\n'); i !== -1 && i < first; i = text.indexOf('\n', i + 1)) lines++;
      }
      this.linesBefore += lines;
      if (first !== -1) this.replacementLine = this.linesBefore;
    }
    for (let i = first; i !== -1; i = text.indexOf('\uFFFD', i + 1)) this.replacements++;
  }

  /** The line and word of the first character past ASCII of a file read from a legacy encoding. */
  private findLegacy(text: string): void {
    const at = text.search(/[^\u0000-\u007f]/);
    if (at === -1) return;
    let line = this.newlines + 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
    this.legacyLine = line;
    const before = /[^\s"]{0,20}$/.exec((at < 20 ? this.lastTail : '') + text.slice(Math.max(0, at - 20), at))?.[0] ?? '';
    const after = /^[^\s"]{0,20}/.exec(text.slice(at, at + 20))?.[0] ?? '';
    this.legacySample = before + after;
  }

  private feed(text: string): void {
    if (!this.reader || this.readError) return;
    try {
      this.reader.push(text);
    } catch (error) {
      this.failRead(error);
    }
  }

  private failRead(error: unknown): void {
    if (!(error instanceof CorpusError)) throw error;
    this.readError = error;
  }

  /** Whether `text` holds a non-blank character after a line break (counting earlier pieces' breaks). */
  private goesOn(text: string): boolean {
    let from = 0;
    if (!this.breakSeen) {
      from = text.indexOf('\n');
      if (from === -1) return false;
      this.breakSeen = true;
    }
    const more = /\S/g;
    more.lastIndex = from;
    return more.test(text);
  }

  /** Picks the format once the start of the text settles it (`ended`: all text is in). */
  private decide(ended: boolean): void {
    // While the start settles it, that start, joined when the wait began, is all chooseFormat
    // reads: a long one-line document is not joined again at its end.
    const whole = !this.settled;
    const head = whole ? (this.head.length === 1 ? this.head[0] : this.head.join('')) : this.head[0];
    if (whole) this.head = [head];
    // Deciding again only once the text has doubled keeps a long undecided start linear.
    this.nextDecideAt = Math.max(MIN_DECIDE, 2 * head.length);
    const explicit = this.options.format;
    const named = detectFormat(this.file);
    const choice = chooseFormat(head, explicit, named, ended);
    if (choice === undefined) {
      this.settled = startSettles(head, explicit, named);
      this.breakSeen = false;
      return;
    }
    const pieces = this.head;
    this.head = [];
    if (choice === 'unknown') {
      this.format = 'unknown';
      return;
    }
    this.format = choice.format;
    if (choice.warning) this.extraWarnings.push({ file: this.file, message: choice.warning });
    this.reader = this.createReader(choice.format);
    for (const piece of pieces) this.feed(piece);
  }

  private createReader(format: ReaderKind): CorpusReader {
    const file = this.file;
    const sink: RawPaperSink = {
      paper: (record: RawPaper) => {
        if (this.collectError) return;
        try {
          this.collector.add(record);
        } catch (error) {
          if (!(error instanceof CorpusError)) throw error;
          this.collectError = error;
        }
      },
      warning: (warning) => this.readerWarnings.push(warning),
      skip: (reason) => {
        this.readerSkips[reason] = (this.readerSkips[reason] ?? 0) + 1;
      },
    };
    switch (format) {
      case 'trending':
        return new TrendingReader(file, sink);
      case 'jsonl':
        return new JsonLinesReader(file, sink);
      case 'csv':
        return new CsvReader(file, sink);
      case 'json':
        return new JsonDocumentReader(file, sink);
      case 'bibtex':
        return new WholeTextReader(parseBibtex, file, sink);
      case 'ris':
        return new TaggedRecordReader(risFormat, file, sink);
      case 'wos':
        return new TaggedRecordReader(wosFormat, file, sink);
      case 'pubmed':
        return new TaggedRecordReader(medlineFormat, file, sink);
      case 'refworks':
        return new TaggedRecordReader(refworksFormat, file, sink);
      case 'endnote':
        return new TaggedRecordReader(referFormat, file, sink);
      case 'pubmed-text':
        return new PubMedTextReader(file, sink);
      case 'wos-tab':
        return new WosTabReader(file, sink);
      case 'atom':
        return new XmlRecordReader(atomFormat, file, sink);
      case 'endnote-xml':
        return new XmlRecordReader(endnoteXmlFormat, file, sink);
      case 'pubmed-xml':
        return new XmlRecordReader(pubmedXmlFormat, file, sink);
      case 'scopus-text':
        return new ScopusTextReader(file, sink);
    }
  }
}

/**
 * What a binary file researchers often pick instead of an export is, from its first characters
 * as decoded: the databases offer Excel besides CSV, and a folder of papers holds PDFs.
 */
function binaryHint(start: string): string {
  // "PK\3\4": a ZIP archive, as an .xlsx (or .docx) file is.
  if (start.startsWith('PK\u0003\u0004'))
    return (
      ' (a ZIP archive: an Excel workbook is one, so save the sheet as "CSV UTF-8" and open that; ' +
      'a download of exports in a ZIP, unzip it and open the files inside)'
    );
  // D0 CF 11 E0 A1 B1 1A E1, an old Office file (.xls, .doc), decoded as UTF-8.
  if (start.startsWith('\uFFFD\uFFFD\u0011\u0871\u001a')) {
    return ' (an old Office file, as an Excel .xls workbook is: save the sheet as "CSV UTF-8" and open that)';
  }
  if (start.startsWith('%PDF-')) return ' (a PDF: export the papers from a reference manager or database, as RIS, BibTeX or CSV)';
  return '';
}

/** `error` carrying the warnings collected before it (see CorpusError.warnings). */
function withWarnings(error: CorpusError, warnings: CorpusWarning[]): CorpusError {
  error.warnings = warnings;
  return error;
}

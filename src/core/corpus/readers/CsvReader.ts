import Papa from 'papaparse';
import { CorpusError } from '../CorpusError';
import { corpusField, type CorpusField } from '../corpusField';
import type { CorpusReader, RawPaperSink } from '../RawPaper';
import { rawPaperFromFields } from '../rawPaperFromFields';
import { DIMENSIONS_PREAMBLE } from '../formats/sniffExport';

/** Delimiters tried on the header row, in order: Excel in some locales writes ";", exports "\t". */
const DELIMITERS = [',', '\t', ';', '|'];

/** Text handed to papaparse at once, at least: fewer, larger parses of the unfinished row. */
const MIN_PARSE = 1 << 16;

/**
 * CSV (RFC 4180, via papaparse) with a header row naming at least a title and an abstract
 * column; see corpusField for the accepted names. Records may span lines inside quotes; each
 * paper's line is the file line where its record starts. Read as the text arrives, the way
 * papaparse's own streamers do: each parse leaves its unfinished last row for the next.
 */
export class CsvReader implements CorpusReader {
  /** Text not parsed yet: the unfinished row of the last parse, then what arrived since. */
  private pieces: string[] = [];
  private pendingLength = 0;
  /** Length of the unfinished row left by the last parse: it is parsed again with what follows. */
  private carried = 0;
  private started = false;
  /** The last piece ended with "\r": a "\n" starting the next one belongs to it. */
  private afterCr = false;
  private header?: { delimiter: string; columns: Columns };
  private parser?: Papa.Parser;
  /** Offset in the whole (line-break normalised) text where the pending text starts. */
  private base = 0;
  private rowStart = 0;
  private line = 1;
  private countedTo = 0;
  private headerSeen = false;
  private fatal?: CorpusError;

  constructor(
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {}

  push(text: string): void {
    if (text === '') return;
    if (!this.started) {
      this.started = true;
      // papaparse drops a byte-order mark at the start of its input.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // papaparse guesses one line ending for the whole file; mixed endings would glue rows together.
    if (this.afterCr && text.charCodeAt(0) === 0x0a) text = text.slice(1);
    this.afterCr = text.charCodeAt(text.length - 1) === 0x0d;
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    this.pieces.push(text);
    this.pendingLength += text.length;
    // An unfinished row is parsed again each time: wait until as much new text has come, so a
    // row that never ends (an unclosed quote) costs linear time, not quadratic.
    if (this.pendingLength - this.carried >= Math.max(MIN_PARSE, this.carried)) this.parse(false);
  }

  end(): void {
    this.parse(true);
    if (this.fatal) throw this.fatal;
  }

  private parse(last: boolean): void {
    if (this.fatal) return;
    const source = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
    this.pieces = [source];
    if (!this.header && this.line === 1 && DIMENSIONS_PREAMBLE.test(source)) {
      // Dimensions writes a line about the export above the header: the rows start on line 2.
      const end = source.indexOf('\n');
      if (end === -1 && !last) {
        this.carried = source.length;
        return;
      }
      this.line = 2;
      const rest = end === -1 ? '' : source.slice(end + 1);
      this.pieces = [rest];
      this.pendingLength = rest.length;
      this.parse(last);
      return;
    }
    if (!this.header) {
      const header = readHeader(source, this.file, last);
      if (!header) {
        this.carried = source.length;
        return;
      }
      this.header = header;
      this.parser = new Papa.Parser({
        delimiter: header.delimiter,
        newline: '\n',
        step: (result) => this.step(result as unknown as Papa.ParseResult<string[]>),
      });
    }
    const base = this.base;
    const parsed = (this.parser as Papa.Parser).parse(source, base, !last) as Papa.ParseResult<string[]>;
    if (this.fatal) throw this.fatal;
    if (last) return;
    const cursor = parsed.meta.cursor;
    // Newlines before the unfinished row are counted now: its text is all that is kept.
    this.countLines(source, cursor);
    const rest = source.slice(cursor - base);
    this.pieces = rest === '' ? [] : [rest];
    this.pendingLength = this.carried = rest.length;
    this.base = cursor;
  }

  /** Advances the line count to `offset`, which lies in `source` (starting at `this.base`). */
  private countLines(source: string, offset: number): void {
    const base = this.base;
    for (let i = source.indexOf('\n', this.countedTo - base); i !== -1 && i + base < offset; i = source.indexOf('\n', i + 1)) {
      this.line++;
    }
    this.countedTo = offset;
  }

  private step(result: Papa.ParseResult<string[]>): void {
    const { file, sink } = this;
    const columns = (this.header as { columns: Columns }).columns;
    // Line numbers are counted incrementally from each row's start offset: linear in the file.
    this.countLines(this.pieces[0], this.rowStart);
    const recordLine = this.line;
    this.rowStart = result.meta.cursor;

    const error = result.errors[0];
    if (error) {
      this.fatal = new CorpusError(file, recordLine, csvProblem(error.code));
      (this.parser as Papa.Parser).abort();
      return;
    }
    if (!this.headerSeen) {
      this.headerSeen = true;
      return;
    }
    // Papa.Parser hands its step the rows parsed since the last step: always exactly one.
    const row = result.data[0];
    if (row.length === 1 && row[0].trim() === '') return; // blank line
    if (row.length !== columns.count) {
      sink.warning({
        file,
        line: recordLine,
        message: `row has ${row.length} fields but the header has ${columns.count}`,
      });
    }
    const fields: Partial<Record<CorpusField, unknown>> = {};
    for (const [field, index] of columns.byField) fields[field] = row[index];
    for (const [field, best, others] of columns.fallbacks) {
      if ((row[best] ?? '').trim() !== '') continue;
      const filled = others.find((index) => (row[index] ?? '').trim() !== '');
      if (filled !== undefined) fields[field] = row[filled];
    }
    sink.paper(rawPaperFromFields(fields, recordLine, (message) => sink.warning({ file, line: recordLine, message })));
  }
}

interface Columns {
  count: number;
  /** Per field, its best-named column. */
  byField: Map<CorpusField, number>;
  /**
   * Per field with several columns, its best column and the others, best first: read in a row
   * where the best one is empty. IEEE Xplore's "Mesh_Terms" outranks its "IEEE Terms" and is empty
   * for nearly every paper but medical ones.
   */
  fallbacks: [CorpusField, number, number[]][];
}

/**
 * The delimiter and columns from the header row, or undefined while the text so far may still
 * end inside the header row as some delimiter reads it (`last`: no more text is coming).
 */
function readHeader(source: string, file: string, last: boolean): { delimiter: string; columns: Columns } | undefined {
  let widest: string[] = [];
  for (const delimiter of DELIMITERS) {
    // As Papa.parse(source, { preview: 1 }) reads it; without `last`, only a row that has ended.
    const parsed = new Papa.Parser({ delimiter, newline: '\n', preview: 1 }).parse(source, 0, !last) as Papa.ParseResult<
      string[]
    >;
    if (!last && parsed.data.length === 0) return undefined;
    const header = parsed.data[0] ?? [];
    const columns = columnsOf(header);
    if (columns.byField.has('title') && columns.byField.has('abstract')) return { delimiter, columns };
    if (header.length > widest.length) widest = header;
  }
  const found = widest.map((name) => `"${name.trim()}"`).join(', ');
  // PubMed's CSV export ("PMID", "Title", "Citation", "First Author", ...) never has abstracts.
  const names = new Set(widest.map((name) => name.trim()));
  // Springer Link's search results ("Item Title", "Item DOI", ..., "Content Type") have none either.
  const hint =
    names.has('PMID') && names.has('Citation') && names.has('First Author')
      ? ' (PubMed\'s CSV export has no abstracts: save from PubMed with Format "PubMed" or "Abstract (text)" instead)'
      : names.has('Item Title') && names.has('Content Type')
        ? " (Springer Link's search-results CSV has no abstracts: export the same papers with their abstracts from a database, e.g. Scopus, Web of Science, Dimensions or OpenAlex)"
        : '';
  throw new CorpusError(
    file,
    1,
    `the header row needs a "title" and an "abstract" column; found ${widest.length === 0 ? 'no columns' : found}${hint}`,
  );
}

function columnsOf(header: string[]): Columns {
  const all = new Map<CorpusField, { index: number; rank: number }[]>();
  header.forEach((name, index) => {
    const match = corpusField(name);
    if (!match) return;
    const list = all.get(match.field) ?? [];
    list.push({ index, rank: match.rank });
    all.set(match.field, list);
  });
  const byField = new Map<CorpusField, number>();
  const fallbacks: [CorpusField, number, number[]][] = [];
  for (const [field, list] of all) {
    // Best name first; of columns with the same name, the first.
    list.sort((a, b) => a.rank - b.rank || a.index - b.index);
    byField.set(field, list[0].index);
    if (list.length > 1) fallbacks.push([field, list[0].index, list.slice(1).map((c) => c.index)]);
  }
  return { count: header.length, byField, fallbacks };
}

function csvProblem(code: string): string {
  if (code === 'MissingQuotes') return 'a quoted field is never closed (a " is missing)';
  if (code === 'InvalidQuotes') return 'malformed quotes: a quoted field must end with " right before a delimiter or line end';
  return `malformed CSV (${code})`;
}

import { CorpusError } from '../CorpusError';
import type { RawPaperSink } from '../RawPaper';
import { LineReader } from '../readers/LineReader';
import type { TaggedFields } from './TaggedRecordReader';
import { wosPaper } from './wosFormat';

/**
 * Web of Science "Tab delimited file" export: a header row of field tags ("PT", "AU", ... "TI",
 * ... "AB", ... "UT"), then one record a row. Read line by line rather than as CSV because Web
 * of Science does not quote cells: a title that starts with a quotation mark is text, and a CSV
 * parser would take it for an opening quote and run on into the next rows.
 */
export class WosTabReader extends LineReader {
  private header?: string[];

  constructor(
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    super(true);
  }

  override end(): void {
    super.end();
    if (!this.header) throw new CorpusError(this.file, undefined, 'no header row of Web of Science field tags');
  }

  protected readLine(raw: string, line: number): void {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') return;
    const cells = text.split('\t');
    if (!this.header) {
      const header = cells.map((cell) => cell.trim());
      if (!header.includes('TI')) {
        throw new CorpusError(
          this.file,
          line,
          'the header row of a Web of Science tab-delimited file needs a "TI" (title) column',
        );
      }
      this.header = header;
      return;
    }
    const header = this.header;
    // Rows end with a tab, so one empty cell past the header is normal.
    const count = cells.length > header.length && cells[cells.length - 1] === '' ? cells.length - 1 : cells.length;
    if (count !== header.length) {
      this.sink.warning({ file: this.file, line, message: `row has ${count} fields but the header has ${header.length}` });
    }
    const fields: TaggedFields = new Map();
    header.forEach((tag, index) => {
      const cell = cells[index];
      if (cell !== undefined && cell !== '' && !fields.has(tag)) fields.set(tag, [cell]);
    });
    this.sink.paper(wosPaper(fields, line));
  }
}

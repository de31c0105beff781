import { CorpusError } from '../CorpusError';
import { INVERTED_INDEX_KEY, parseOpenAlexLine, parseOpenAlexSpan } from '../formats/openAlexScan';
import { jsonSyntaxError } from './jsonSyntaxError';
import { LineReader } from './LineReader';
import type { RawPaperSink } from '../RawPaper';
import { rawPaperFromJson } from '../rawPaperFromJson';

/** How an OpenAlex work's line starts (compact JSON, `id` first). */
const OPENALEX_WORK = '{"id":"https://openalex.org/W';

/**
 * JSON Lines: one JSON object a line, blank lines ignored. A line that is not valid JSON, or not
 * an object, is an error naming that line: guessing past it could silently lose papers. The one
 * exception is a last line that is not valid JSON and has no line break after it, after at least
 * one good record: the file was cut short there (a download or an OpenAlex/arXiv dump stopped), so
 * that record is skipped with a warning and counted, as the tagged formats do with a record
 * missing its end. Read line by line as the text arrives, so a 100 MB corpus is never one string.
 */
export class JsonLinesReader extends LineReader {
  /** Lines read as records so far. */
  private records = 0;
  /** The first backslash at or after the last OpenAlex line read in `backslashText` (see parseOpenAlexSpan). */
  private backslashText = '';
  private backslashAt = -1;
  constructor(
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    super(false);
  }

  /**
   * An OpenAlex work's line (compact, as the API and snapshot write it) is read where it stands
   * in its piece (parseOpenAlexSpan), not cut out and copied; any other line as before. A line
   * joined from pieces ends its text: it is read as a flat copy (parseOpenAlexLine), so that the
   * scan never reads past a string's end.
   */
  protected override readSpan(text: string, start: number, end: number, line: number): void {
    if (
      end < text.length &&
      end - start > OPENALEX_WORK.length &&
      text.charCodeAt(end - 1) === 0x7d /* } */ &&
      text.startsWith(OPENALEX_WORK, start)
    ) {
      // No blank at either end (trim would change nothing), so the line is `content` below.
      if (text !== this.backslashText || this.backslashAt < start) {
        const at = text.indexOf('\\', start);
        this.backslashAt = at === -1 ? text.length : at;
        this.backslashText = text;
      }
      const work = parseOpenAlexSpan(text, start, end, text, this.backslashAt);
      if (work !== undefined) {
        this.records++;
        const { file, sink } = this;
        sink.paper(rawPaperFromJson(work, line, (message) => sink.warning({ file, line, message })));
        return;
      }
    }
    super.readSpan(text, start, end, line);
  }

  protected readLine(text: string, line: number): void {
    const { file, sink } = this;
    const content = text.trim();
    if (content === '') return;

    let value: unknown;
    try {
      // OpenAlex works: the fields read picked out, the rest skipped unbuilt (openAlexScan.ts).
      // A work's id opens it (API and snapshot); else the index key, found late in the line.
      const openAlex = content.startsWith(OPENALEX_WORK) || content.includes(INVERTED_INDEX_KEY);
      value = (openAlex ? parseOpenAlexLine(content) : undefined) ?? JSON.parse(content);
    } catch (error) {
      const { offset, reason } = jsonSyntaxError(error, content);
      // Cut short after at least one record: keep those. A file that is one bad line stays an error.
      if (this.atEnd && this.records > 0) {
        sink.warning({
          file,
          line,
          message: `the file ends inside this line (malformed JSON at column ${offset + 1}, no line break): the file looks cut short; record skipped`,
        });
        sink.skip?.('truncated record');
        return;
      }
      throw new CorpusError(file, line, `malformed JSON (column ${offset + 1}): ${reason}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
      throw new CorpusError(file, line, `expected a JSON object with "title" and "abstract", found ${found}`);
    }
    this.records++;
    sink.paper(rawPaperFromJson(value as Record<string, unknown>, line, (message) => sink.warning({ file, line, message })));
  }
}

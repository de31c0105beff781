import { CorpusError } from '../CorpusError';
import type { RawPaper, RawPaperSink } from '../RawPaper';
import { LineReader } from '../readers/LineReader';

/**
 * A record's fields: tag -> one entry per occurrence of the tag, continuation lines joined to
 * their entry with "\n" (so a format can tell Web of Science's one-author-a-line lists from a
 * wrapped abstract).
 */
export type TaggedFields = Map<string, string[]>;

/** What tells one line-tagged export format (RIS, Web of Science, MEDLINE) from another. */
export interface TaggedFormat {
  /** "RIS", for messages. */
  name: string;
  /** Tag and value of a tag line, or undefined for any other line (a continuation, or stray text). */
  tagLine(line: string): { tag: string; value: string } | undefined;
  /** True for an indented continuation of the previous tag's value. */
  isContinuation(line: string): boolean;
  /** The tag that opens a record ("TY", "PT", "PMID"). */
  startTag: string;
  /** The tag that closes a record ("ER"), or undefined when a blank line does (MEDLINE). */
  endTag?: string;
  /** Tags outside records that are part of the file (Web of Science's FN, VR and EF). */
  fileTags?: ReadonlySet<string>;
  /** Untagged lines outside records that are part of the file too (Ovid's "1." before a record). */
  fileLine?: RegExp;
  /** The paper in a record, cleaned. */
  toPaper(fields: TaggedFields, line: number): RawPaper;
}

/** Stray lines outside records reported one by one before they are only counted. */
const MAX_STRAY_WARNINGS = 3;

/**
 * Reads line-tagged exports ("TY  - JOUR", "PT J", "PMID- 123") as the text arrives, line by line,
 * any line ending. A record goes to the sink when its end tag (or, for MEDLINE, a blank line or the
 * next record) arrives. What is safe to keep is kept with a warning: a record whose end tag is
 * missing but whose successor clearly starts is read; stray lines between records are ignored.
 * What is not is skipped with a warning: a record the file ends inside (no end tag, so the export
 * was cut short) could have lost half its abstract. A file without a single record is refused.
 */
export class TaggedRecordReader extends LineReader {
  private fields?: TaggedFields;
  private recordLine = 0;
  private lastValues?: string[];
  private records = 0;
  private stray = 0;
  private ended = false;

  constructor(
    private readonly format: TaggedFormat,
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    super(true);
  }

  override end(): void {
    super.end();
    const { format, file, sink } = this;
    let cutShort: number | undefined;
    if (this.fields) {
      if (format.endTag === undefined) this.emit();
      else {
        cutShort = this.recordLine;
        sink.warning({
          file,
          line: this.recordLine,
          message: `the file ends inside the record starting here (no "${format.endTag}" line): the export looks cut short; record skipped`,
        });
        sink.skip?.('truncated record');
        this.fields = undefined;
      }
    }
    if (this.stray > MAX_STRAY_WARNINGS) {
      sink.warning({ file, message: `${this.stray - MAX_STRAY_WARNINGS} more line(s) outside ${format.name} records ignored` });
    }
    // The file's only record, cut short: say that, not "no records" (a user would look for the wrong fault).
    if (this.records === 0 && cutShort !== undefined) {
      throw new CorpusError(
        file,
        cutShort,
        `the file ends inside its only ${format.name} record (no "${format.endTag}" line): the export looks cut short; no papers`,
      );
    }
    if (this.records === 0) {
      throw new CorpusError(
        file,
        undefined,
        `no ${format.name} records found (a record starts with a "${format.startTag}" line)`,
      );
    }
  }

  protected readLine(raw: string, lineNumber: number): void {
    const { format } = this;
    if (this.ended) return;
    // Tabs and trailing spaces are noise some tools add. A blank line ends a record where no tag
    // does (MEDLINE, RefWorks, Refer); inside a record closed by a tag (RIS, Web of Science) it is
    // a paragraph break, and the untagged text after it goes on with the same field: Scopus writes
    // "N1  - Cited By :9", a blank line, "Export Date: 12 May 2022"; an abstract has paragraphs.
    const line = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === '') {
      if (format.endTag === undefined) {
        if (this.fields) this.emit();
        this.lastValues = undefined;
      }
      return;
    }
    const tagged = format.isContinuation(line) ? undefined : format.tagLine(line);
    if (tagged === undefined) {
      if (this.fields && this.lastValues) {
        const values = this.lastValues;
        values[values.length - 1] += `\n${line.trim()}`;
      } else if (!(this.fields === undefined && format.fileLine?.test(line))) this.strayLine(lineNumber, line);
      return;
    }
    const { tag, value } = tagged;
    if (tag === format.startTag) {
      if (this.fields) {
        if (format.endTag !== undefined) {
          this.sink.warning({
            file: this.file,
            line: this.recordLine,
            message: `record has no "${format.endTag}" line before the next record (line ${lineNumber}); read up to there`,
          });
        }
        this.emit();
      }
      this.fields = new Map();
      this.recordLine = lineNumber;
    } else if (tag === format.endTag) {
      if (this.fields) this.emit();
      else this.strayLine(lineNumber, line);
      return;
    } else if (!this.fields) {
      if (format.fileTags?.has(tag)) {
        if (tag === 'EF') this.ended = true;
        return;
      }
      this.strayLine(lineNumber, line);
      return;
    }
    const fields = this.fields;
    let values = fields.get(tag);
    if (!values) fields.set(tag, (values = []));
    values.push(value);
    this.lastValues = values;
  }

  private emit(): void {
    const fields = this.fields as TaggedFields;
    this.fields = undefined;
    this.lastValues = undefined;
    this.records++;
    this.sink.paper(this.format.toPaper(fields, this.recordLine));
  }

  private strayLine(line: number, text: string): void {
    this.stray++;
    if (this.stray > MAX_STRAY_WARNINGS) return;
    const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
    this.sink.warning({
      file: this.file,
      line,
      message: `line outside a ${this.format.name} record ("${shown}"); ignored (records start with "${this.format.startTag}")`,
    });
  }
}

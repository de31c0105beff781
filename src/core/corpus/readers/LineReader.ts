import type { CorpusReader } from '../RawPaper';
import { LineSplitter } from './LineSplitter';

/**
 * A corpus reader that reads its text line by line as it arrives: the pieces go to a
 * {@link LineSplitter} and each line to `readLine` with its 1-based line number.
 */
export abstract class LineReader implements CorpusReader {
  private readonly lines: LineSplitter;
  private lineNumber = 0;
  /** True while `end()` hands over the last line: one with no line break after it. */
  protected atEnd = false;

  /** `crBreaks`: "\r\n" and "\r" end a line too, not only "\n". */
  constructor(crBreaks: boolean) {
    this.lines = new LineSplitter(
      crBreaks,
      (text) => this.readLine(text, ++this.lineNumber),
      (text, start, end) => this.readSpan(text, start, end, ++this.lineNumber),
    );
  }

  push(text: string): void {
    this.lines.push(text);
  }

  end(): void {
    this.atEnd = true;
    this.lines.end();
  }

  /** One line, without its line break; `line` is its 1-based number in the file. */
  protected abstract readLine(text: string, line: number): void;

  /**
   * One line as it stands in `text`, from `start` to `end` (`text` may go on past it): a reader
   * that can read it there, without cutting it out, overrides this.
   */
  protected readSpan(text: string, start: number, end: number, line: number): void {
    this.readLine(start === 0 && end === text.length ? text : text.slice(start, end), line);
  }
}

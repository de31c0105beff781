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
    this.lines = new LineSplitter(crBreaks, (text) => this.readLine(text, ++this.lineNumber));
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
}

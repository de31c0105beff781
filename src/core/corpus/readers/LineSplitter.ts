/**
 * Cuts text that arrives in pieces into lines, as `text.split(...)` would cut the joined text:
 * every line is reported once, in order, without its line break, and the text after the last
 * break is a line too (possibly empty). A line spread over many pieces is joined once, when its
 * break arrives, so a huge line costs linear time. With `crBreaks`, "\r\n", "\r" and "\n" all
 * end a line ("\r\n" once, also when a piece ends between the two); otherwise only "\n" does.
 */
export class LineSplitter {
  private pieces: string[] = [];
  /** The last piece ended with "\r": a "\n" starting the next piece belongs to that break. */
  private afterCr = false;

  /**
   * `onSpan`, when given, is called instead of `onLine` with the line as a span of the text it
   * stands in (`text.slice(start, end)` is the line), so a reader that scans the line need not
   * cut it out: a line is then read where it stands, in the piece (a flat string), or in the
   * joined text of a line spread over pieces.
   */
  constructor(
    private readonly crBreaks: boolean,
    private readonly onLine: (line: string) => void,
    private readonly onSpan?: (text: string, start: number, end: number) => void,
  ) {}

  push(text: string): void {
    let start = 0;
    if (this.afterCr && text.length > 0) {
      this.afterCr = false;
      if (text.charCodeAt(0) === 0x0a) start = 1;
    }
    const length = text.length;
    // Next "\r" and "\n" at or after `start`, searched again only once passed: linear in the text.
    let cr = this.crBreaks ? text.indexOf('\r', start) : -1;
    let newline = text.indexOf('\n', start);
    while (start < length) {
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      if (newline !== -1 && newline < start) newline = text.indexOf('\n', start);
      const end = cr === -1 ? newline : newline === -1 ? cr : Math.min(cr, newline);
      if (end === -1) break;
      this.emit(text, start, end);
      start = end + 1;
      if (text.charCodeAt(end) === 0x0d) {
        if (end + 1 === length) this.afterCr = true;
        else if (text.charCodeAt(end + 1) === 0x0a) start++;
      }
    }
    if (start < length) this.pieces.push(start === 0 ? text : text.slice(start));
  }

  /** Reports the text after the last line break (an empty line when there is none). */
  end(): void {
    this.emit('', 0, 0);
  }

  private emit(text: string, start: number, end: number): void {
    const { onSpan } = this;
    if (this.pieces.length === 0) {
      if (onSpan) onSpan(text, start, end);
      else this.onLine(text.slice(start, end));
      return;
    }
    this.pieces.push(text.slice(start, end));
    const line = this.pieces.join('');
    this.pieces = [];
    if (onSpan) onSpan(line, 0, line.length);
    else this.onLine(line);
  }
}

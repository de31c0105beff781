/**
 * Turns character offsets into 1-based line numbers with one scan of the text and a binary search
 * per lookup, so parsers that work on offsets (JSON, CSV, BibTeX) can name real file lines without
 * counting newlines again for every record.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line of the character at `offset`. */
  lineAt(offset: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** 1-based column of the character at `offset` (in UTF-16 code units). */
  columnAt(offset: number): number {
    return offset - this.starts[this.lineAt(offset) - 1] + 1;
  }
}

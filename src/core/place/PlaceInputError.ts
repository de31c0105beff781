/**
 * A paper to place that cannot be read. The message starts with the file name and, when the
 * problem sits on one line, that line (`paper.txt:2: …`), as the corpus stage's errors do.
 */
export class PlaceInputError extends Error {
  readonly file: string;
  readonly line?: number;

  constructor(file: string, line: number | undefined, problem: string) {
    super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'PlaceInputError';
    this.file = file;
    if (line !== undefined) this.line = line;
  }
}

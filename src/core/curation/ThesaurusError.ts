/**
 * A thesaurus file that cannot be read. Like CorpusError, the message starts with the file name
 * and, when the problem sits on one line, that line: `terms.txt:4: no tab between label and
 * replacement`, so a command line prints it as it is and an editor can jump to it.
 */
export class ThesaurusError extends Error {
  readonly file: string;
  readonly line?: number;
  /** The problem alone, without file and line. */
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string) {
    super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'ThesaurusError';
    this.file = file;
    if (line !== undefined) this.line = line;
    this.problem = problem;
  }
}

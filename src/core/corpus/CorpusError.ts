import type { CorpusWarning } from '../map';

/**
 * A corpus file that cannot be read as papers. The message always starts with the file name and,
 * when the problem sits on one line, that line: `corpus.csv:3: duplicate id "x" (also on line 1)`,
 * so a command line can print it as it is and an editor can jump to it.
 */
export class CorpusError extends Error {
  readonly file: string;
  readonly line?: number;
  /** The problem alone, without file and line. */
  readonly problem: string;
  /**
   * Warnings collected before the failure (papers skipped, entries lost): often the reason there
   * is nothing usable left, so a command line prints them before the error.
   */
  warnings: CorpusWarning[] = [];

  constructor(file: string, line: number | undefined, problem: string) {
    super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
    this.name = 'CorpusError';
    this.file = file;
    if (line !== undefined) this.line = line;
    this.problem = problem;
  }
}

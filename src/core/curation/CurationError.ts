import type { CurationProblem } from './resolveCuration';

/**
 * A curation that cannot be applied (from the app or a map file; a thesaurus file gets a
 * ThesaurusError with its line instead). The message names the first entry at fault:
 * `curation: synonyms[2]: merges go round in a circle: "a" → "b" → "a"`.
 */
export class CurationError extends Error {
  readonly problems: CurationProblem[];

  constructor(problems: CurationProblem[]) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`curation: ${first.list}[${first.index}]: ${first.message}${more}`);
    this.name = 'CurationError';
    this.problems = problems;
  }
}

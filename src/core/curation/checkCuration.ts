import { isEmptyCuration, type Curation } from './curation';
import { CurationError } from './CurationError';
import { resolveCuration } from './resolveCuration';

/**
 * The curation a build applies (undefined when there is nothing to apply); throws CurationError
 * listing its problems. Callers run it before reading a corpus, so a bad curation fails at once.
 */
export function checkCuration(curation: Curation | undefined): Curation | undefined {
  if (isEmptyCuration(curation)) return undefined;
  const problems = resolveCuration(curation as Curation).problems;
  if (problems.length > 0) throw new CurationError(problems);
  return curation;
}

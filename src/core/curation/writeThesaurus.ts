import type { Curation } from './curation';
import { CurationError } from './CurationError';
import { THESAURUS_HEADER } from './parseThesaurus';
import { resolveCuration } from './resolveCuration';
import { termKey } from '../keywords';

/** A tab or line break inside a term would split its row; as a space it keeps the same key. */
const cell = (term: string): string => term.replace(/[\t\r\n]+/g, ' ').trim();

/**
 * A curation as a VOSviewer thesaurus file (see parseThesaurus): the header, a row
 * `term<TAB>` for each removed term, then `from<TAB>to` for each merge, in the curation's order,
 * with "\n" line ends. A chain of merges is written to its end (a → b, b → c gives a → c and
 * b → c): VOSviewer replaces a label once, and the file must mean the same there as here.
 * Cluster names have no place in the format and are left out. Throws a CurationError for an
 * inconsistent curation.
 */
export function writeThesaurus(curation: Curation): string {
  const { merged, problems } = resolveCuration(curation);
  if (problems.length > 0) throw new CurationError(problems);
  const rows = [THESAURUS_HEADER.join('\t')];
  for (const term of curation.stopwords) rows.push(`${cell(term)}\t`);
  for (const { from, to } of curation.synonyms) rows.push(`${cell(from)}\t${cell(merged.get(termKey(from))?.term ?? to)}`);
  return `${rows.join('\n')}\n`;
}

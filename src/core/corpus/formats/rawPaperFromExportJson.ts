import type { RawPaper } from '../RawPaper';
import { arxivSnapshotPaper } from './arxivSnapshotPaper';
import { cslPaper } from './cslPaper';
import { openAlexPaper } from './openAlexPaper';

const has = (record: Record<string, unknown>, key: string): boolean => Object.hasOwn(record, key);

/**
 * The paper in a JSON record that a database or reference manager exported, recognised by the
 * keys only that source writes: OpenAlex works (`abstract_inverted_index`, or an openalex.org id),
 * the arXiv metadata snapshot (`update_date` or `authors_parsed` with `abstract`), CSL-JSON
 * (`issued`, `container-title`, or `author` as a list of {family, given}). Undefined for any
 * other record, which is then read by its key names as before.
 */
export function rawPaperFromExportJson(
  record: Record<string, unknown>,
  line: number,
  warn: (message: string) => void,
): RawPaper | undefined {
  if (
    has(record, 'abstract_inverted_index') ||
    (typeof record.id === 'string' && record.id.startsWith('https://openalex.org/W'))
  ) {
    return openAlexPaper(record, line, warn);
  }
  if (has(record, 'abstract') && (has(record, 'authors_parsed') || (has(record, 'update_date') && has(record, 'categories')))) {
    return arxivSnapshotPaper(record, line);
  }
  if (has(record, 'issued') || has(record, 'container-title') || (Array.isArray(record.author) && isCslName(record.author[0]))) {
    return cslPaper(record, line);
  }
  return undefined;
}

function isCslName(value: unknown): boolean {
  return value !== null && typeof value === 'object' && ('family' in value || 'literal' in value);
}

import type { CorpusWarning } from './types';

/**
 * A paper as a format parser found it, before the checks every format shares (empty fields, ids,
 * duplicates, normalisation) that collectPapers applies. Title and abstract may still be empty.
 */
export interface RawPaper {
  /** 1-based line where the record starts. */
  line: number;
  id?: string;
  title: string;
  abstract: string;
  authors?: string[];
  year?: number;
  url?: string;
}

/** What each format parser returns. */
export interface RawCorpus {
  records: RawPaper[];
  /** Things skipped while reading the format (stray lines, unreadable entries). */
  warnings: CorpusWarning[];
}

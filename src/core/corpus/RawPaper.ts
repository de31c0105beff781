import type { CorpusWarning, PaperMetadata } from '../map';

/**
 * A paper as a format parser found it, before the checks every format shares (empty fields, ids,
 * duplicates, normalisation) that PaperCollector applies. Title and abstract may still be empty.
 */
export interface RawPaper extends PaperMetadata {
  /** 1-based line where the record starts. */
  line: number;
  id?: string;
  title: string;
  abstract: string;
  authors?: string[];
  year?: number;
  url?: string;
  /**
   * The reader built `abstract` itself, exactly as PaperCollector's normalizeText and ownString
   * would leave it (NFC, single spaces, trimmed, a string of its own): it is taken as it is.
   * OpenAlex's abstracts rebuilt from an inverted index of ASCII words (openAlexScan.ts): the
   * two passes over each 1,000-character abstract were a tenth of that reader's time.
   */
  abstractNormalized?: true;
}

/** What each format parser returns. */
export interface RawCorpus {
  records: RawPaper[];
  /** Things skipped while reading the format (stray lines, unreadable entries). */
  warnings: CorpusWarning[];
}

/** Where a format reader sends what it finds, as it finds it. */
export interface RawPaperSink {
  paper(paper: RawPaper): void;
  /** Something skipped while reading the format (a stray line, an unreadable entry). */
  warning(warning: CorpusWarning): void;
  /**
   * A whole record left out (after its warning), counted under `reason` for the summary
   * ("malformed record", "truncated record"); optional for readers that never skip records.
   */
  skip?(reason: string): void;
}

/**
 * A format's parser fed text in pieces (any cut, even inside a line or a pair of surrogates is
 * not split by our decoders, but a line may be): papers go to the sink as soon as they are
 * complete. Throws CorpusError, from `push` or `end`, for what makes the file unusable.
 */
export interface CorpusReader {
  push(text: string): void;
  end(): void;
}

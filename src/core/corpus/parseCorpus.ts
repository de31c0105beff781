import { CorpusParser, type CorpusParserOptions } from './CorpusParser';
import type { ParsedCorpus } from '../map';

// Callers catch this one error type around parseCorpus; importing it from here is convenient.
export { CorpusError } from './CorpusError';
export { detectFormat } from './detectFormat';

export type ParseCorpusOptions = CorpusParserOptions;

/**
 * Papers from the whole text of a corpus file: CorpusParser fed the text in one piece. Throws
 * CorpusError for what makes the file unusable (naming file, line and problem); returns warnings
 * for papers or lines it skipped.
 */
export function parseCorpus(text: string, options: ParseCorpusOptions): ParsedCorpus {
  const parser = new CorpusParser(options);
  parser.push(text);
  return parser.end();
}

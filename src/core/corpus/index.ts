/**
 * @module core/corpus
 * Stage 1, reading a corpus. Takes the text of a file (trending page, JSON Lines, JSON, CSV,
 * BibTeX), streamed in chunks or whole; gives `Paper`s (id, title, abstract, optional metadata) and
 * warnings, or a `CorpusError` naming the file, the line and what is wrong. The readers live in
 * `readers/`.
 */
export { CorpusError } from './CorpusError';
export { CorpusParser } from './CorpusParser';
export { parseCorpus } from './parseCorpus';

/**
 * @module core/corpus
 * Stage 1, reading a corpus. Takes the text of a file (trending page, JSON Lines, JSON, CSV,
 * BibTeX, and the exports of RIS, Web of Science, Scopus, PubMed, OpenAlex, Crossref, arXiv and CSL-JSON),
 * streamed in chunks or whole; gives `Paper`s (id, title, abstract, optional metadata) and
 * warnings, or a `CorpusError` naming the file, the line and what is wrong. The readers live in
 * `readers/`, the export formats in `formats/`. Several files of one build share a PaperRegistry,
 * so a paper exported twice is kept once.
 */
export { combineCorpora, type CorpusPart } from './combineCorpora';
export { CorpusError } from './CorpusError';
export { CorpusParser } from './CorpusParser';
export { describeTally } from './describeTally';
export { parseCorpus } from './parseCorpus';
export { PaperRegistry } from './PaperRegistry';

/**
 * The reader a corpus file goes to. The format names users give (`CorpusFormat`) map onto these:
 * Scopus, Dimensions and Lens are CSV, OpenAlex and CSL-JSON are JSON or JSON Lines, arXiv is an
 * Atom feed or JSON Lines, Web of Science is its plain-text or its tab-delimited export.
 */
export type ReaderKind =
  | 'trending'
  | 'jsonl'
  | 'json'
  | 'csv'
  | 'bibtex'
  | 'ris'
  | 'wos'
  | 'wos-tab'
  | 'pubmed'
  | 'pubmed-text'
  | 'endnote'
  | 'refworks'
  | 'atom';

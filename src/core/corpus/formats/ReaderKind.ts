import type { CorpusFormat } from '../../map';

/**
 * The reader a corpus file goes to. The format names users give (`CorpusFormat`) map onto these:
 * Scopus is CSV or its plain text, Dimensions and Lens are CSV, OpenAlex and CSL-JSON are JSON or JSON Lines, arXiv is an
 * Atom feed or JSON Lines, Web of Science is its plain-text or its tab-delimited export, PubMed its
 * MEDLINE format, its "Abstract (text)" one or its XML, EndNote its tagged format or its XML. Every other
 * format name is its own reader.
 */
export type ReaderKind =
  | Exclude<CorpusFormat, 'scopus' | 'openalex' | 'csl-json' | 'arxiv'>
  | 'wos-tab'
  | 'pubmed-text'
  | 'atom'
  | 'endnote-xml'
  | 'pubmed-xml'
  | 'scopus-text';

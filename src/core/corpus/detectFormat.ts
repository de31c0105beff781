import type { CorpusFormat } from '../map';

const EXTENSIONS: Record<string, CorpusFormat> = {
  txt: 'trending',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  csv: 'csv',
  tsv: 'csv',
  bib: 'bibtex',
  ris: 'ris',
  enw: 'endnote',
  nbib: 'pubmed',
  medline: 'pubmed',
  ciw: 'wos',
  atom: 'arxiv',
  xml: 'arxiv',
};

/**
 * The corpus format a file name's extension stands for, or undefined when it is not one of ours.
 * A gzipped file's is that of the name it was gzipped from ("works.jsonl.gz": JSON Lines).
 */
export function detectFormat(fileName: string): CorpusFormat | undefined {
  const name = fileName.replace(/\.gz$/i, '');
  const dot = name.lastIndexOf('.');
  if (dot === -1) return undefined;
  return EXTENSIONS[name.slice(dot + 1).toLowerCase()];
}

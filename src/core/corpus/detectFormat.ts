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
  nbib: 'pubmed',
  medline: 'pubmed',
  ciw: 'wos',
  atom: 'arxiv',
  xml: 'arxiv',
};

/** The corpus format a file name's extension stands for, or undefined when it is not one of ours. */
export function detectFormat(fileName: string): CorpusFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot === -1) return undefined;
  return EXTENSIONS[fileName.slice(dot + 1).toLowerCase()];
}

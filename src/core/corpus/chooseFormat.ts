import type { CorpusFormat } from '../map';
import type { ReaderKind } from './formats/ReaderKind';
import { scopusExport, sniffExport } from './formats/sniffExport';

/** Characters of the start that decide a format by content (see sniffFormat). */
const SNIFF_LENGTH = 1000;
/** Characters from the first non-blank one that sniffExport is shown (it decides within them). */
const EXPORT_SNIFF_LENGTH = 8192;

/**
 * The reader for a file from its start (`head`): the format asked for, else the one its name
 * suggests, else what its content looks like; undefined while more text is needed to tell.
 */
export function chooseFormat(
  head: string,
  explicit: CorpusFormat | undefined,
  named: CorpusFormat | undefined,
  ended: boolean,
): { format: ReaderKind; warning?: string } | 'unknown' | undefined {
  const start = head.search(/\S/);
  // A blank file is refused as empty before its format matters.
  if (start === -1) return ended ? 'unknown' : undefined;
  const firstChar = head[start];
  let quiet = false;
  let format: ReaderKind | undefined;
  if (explicit !== undefined) {
    const resolved = readerFor(explicit, head, start, ended);
    if (resolved === undefined) return undefined;
    format = resolved;
    // OpenAlex and arXiv come as JSON or JSON Lines: either is what the user meant.
    quiet = explicit === 'openalex' || explicit === 'csl-json' || explicit === 'arxiv';
  } else {
    const exported = sniffExport(head.slice(start, start + EXPORT_SNIFF_LENGTH), ended);
    if (exported === 'more') return undefined;
    if (exported !== undefined) {
      const expected = named === undefined ? undefined : readerFor(named, head, start, true);
      const differs =
        expected !== undefined &&
        expected !== exported &&
        named !== 'trending' &&
        !(named === 'wos' && exported === 'wos-tab') &&
        // ".xml" says XML, not which: arXiv's feed, EndNote's export or PubMed's XML.
        !(expected === 'atom' && (exported === 'endnote-xml' || exported === 'pubmed-xml'));
      return differs
        ? { format: exported, warning: `the file's content is ${describeKind(exported)}; read as that` }
        : { format: exported };
    }
    if (named !== undefined) format = readerFor(named, head, start, ended);
    if (named !== undefined && format === undefined) return undefined;
  }
  if (format === undefined) {
    const sniffed = sniffFormat(head, start, ended);
    if (sniffed === undefined) return undefined;
    if (sniffed === 'unknown') return 'unknown';
    format = sniffed;
  }
  // A JSON array saved as .jsonl is common enough to read as what it is.
  if (format === 'jsonl' && firstChar === '[') {
    return quiet ? { format: 'json' } : { format: 'json', warning: 'the file is a JSON array, not JSON Lines; read as JSON' };
  }
  if (format === 'json' && firstChar === '{') {
    const lines = looksLikeJsonLines(head, start, ended);
    if (lines === undefined) return undefined;
    if (lines)
      return quiet
        ? { format: 'jsonl' }
        : { format: 'jsonl', warning: 'the file holds one JSON object a line; read as JSON Lines' };
  }
  return { format };
}

/** The reader for a format name: undefined while the first line, which decides it, is not in. */
function readerFor(format: CorpusFormat, head: string, start: number, ended: boolean): ReaderKind | undefined {
  switch (format) {
    case 'scopus': {
      // Its plain text and its BibTeX open with a "Scopus" line (see sniffExport), its CSV with a header.
      const end = head.indexOf('\n', start);
      if (head.slice(start, end === -1 ? start + 16 : end).trim() !== 'Scopus') return end === -1 && !ended ? undefined : 'csv';
      const kind = scopusExport(head.slice(end), ended || head.length - start >= EXPORT_SNIFF_LENGTH);
      return kind === 'more' ? undefined : (kind ?? 'scopus-text');
    }
    case 'openalex':
    case 'csl-json':
      return 'json';
    case 'arxiv':
      return head[start] === '<' ? 'atom' : 'jsonl';
    case 'endnote':
      return head[start] === '<' ? 'endnote-xml' : 'endnote';
    case 'pubmed':
      // MEDLINE ("PMID- 123"), the "Abstract (text)" format ("1. Nature. 2020 ...") or XML.
      if (head[start] === '<') return 'pubmed-xml';
      return /^\d+\. /.test(head.slice(start, start + 16)) ? 'pubmed-text' : 'pubmed';
    case 'wos': {
      const end = head.indexOf('\n', start);
      if (end === -1 && !ended) return undefined;
      return head.slice(start, end === -1 ? undefined : end).includes('\t') ? 'wos-tab' : 'wos';
    }
    default:
      return format;
  }
}

function describeKind(kind: ReaderKind): string {
  const names: Partial<Record<ReaderKind, string>> = {
    ris: 'RIS',
    wos: 'a Web of Science export',
    'wos-tab': 'a Web of Science tab-delimited export',
    pubmed: 'PubMed MEDLINE',
    'pubmed-text': 'PubMed "Abstract (text)"',
    endnote: 'EndNote tagged',
    'endnote-xml': 'EndNote XML',
    'pubmed-xml': 'PubMed XML',
    'scopus-text': 'a Scopus plain-text export',
    refworks: 'RefWorks tagged',
    atom: 'an Atom feed (arXiv)',
    csv: 'a Dimensions CSV export',
  };
  return names[kind] ?? kind;
}

/** A format for a file whose name says nothing (no or unknown extension), from its first characters. */
function sniffFormat(head: string, start: number, ended: boolean): ReaderKind | 'unknown' | undefined {
  const firstChar = head[start];
  if (firstChar === '[') return 'json';
  if (firstChar === '{') {
    const lines = looksLikeJsonLines(head, start, ended);
    return lines === undefined ? undefined : lines ? 'jsonl' : 'json';
  }
  if (firstChar === '@') return 'bibtex';
  const text = head.slice(start, start + SNIFF_LENGTH);
  // The first line within the first SNIFF_LENGTH characters settles it.
  if (!ended && text.length < SNIFF_LENGTH && !text.includes('\n')) return undefined;
  if (/^get trending papers/i.test(text)) return 'trending';
  const header = text.split('\n', 1)[0].toLowerCase();
  if (/title/.test(header) && /abstract/.test(header) && /[,;\t]/.test(header)) return 'csv';
  return 'unknown';
}

/**
 * For a `head` chooseFormat gave undefined for (not ended): whether it decides the format from
 * then on. True when it has no line break yet and
 * EXPORT_SNIFF_LENGTH characters from its first non-blank one (every content test looks at most
 * that far, or waits for the whole first line): chooseFormat then gives undefined for any longer
 * text as long as no non-blank character follows a line break, and at the end the answer for this
 * head alone. So the caller need not join a long one-line JSON document (an OpenAlex API
 * response of 200 MB) to ask again as it grows, nor at its end. Not for Web of Science, named
 * or asked for: its whole first line tells the plain export from the tab-delimited one.
 */
export function startSettles(head: string, explicit: CorpusFormat | undefined, named: CorpusFormat | undefined): boolean {
  if (explicit === 'wos' || named === 'wos' || head.includes('\n')) return false;
  const start = head.search(/\S/);
  return start !== -1 && head.length - start >= EXPORT_SNIFF_LENGTH;
}

/** True when the first non-blank line is a whole JSON value and more follows (undefined: not known yet). */
function looksLikeJsonLines(head: string, start: number, ended: boolean): boolean | undefined {
  const end = head.indexOf('\n', start);
  if (end === -1) return ended ? false : undefined;
  // Whether more follows first: a one-line document with a line break after it is not parsed here.
  const more = /\S/g;
  more.lastIndex = end;
  if (!more.test(head)) return ended ? false : undefined;
  try {
    JSON.parse(head.slice(start, end));
  } catch {
    return false;
  }
  return true;
}

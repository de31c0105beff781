import { collectPapers } from './collectPapers';
import { CorpusError } from './CorpusError';
import { parseBibtex } from './parseBibtex';
import { parseCsvCorpus } from './parseCsvCorpus';
import { parseJsonCorpus } from './parseJsonCorpus';
import { parseJsonLines } from './parseJsonLines';
import { parseTrending } from './parseTrending';
import type { RawCorpus } from './RawPaper';
import type { CorpusFormat, CorpusWarning, ParsedCorpus } from './types';

// Callers catch this one error type around parseCorpus; importing it from here is convenient.
export { CorpusError } from './CorpusError';

export interface ParseCorpusOptions {
  /** Name shown in messages (and used to pick the format); no folders needed. */
  fileName: string;
  /** Overrides the format the file name suggests. */
  format?: CorpusFormat;
}

const EXTENSIONS: Record<string, CorpusFormat> = {
  txt: 'trending',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  csv: 'csv',
  tsv: 'csv',
  bib: 'bibtex',
};

/** The corpus format a file name's extension stands for, or undefined when it is not one of ours. */
export function detectFormat(fileName: string): CorpusFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot === -1) return undefined;
  return EXTENSIONS[fileName.slice(dot + 1).toLowerCase()];
}

/** How much of the text is checked for binary content; the NUL check covers it all. */
const BINARY_SAMPLE = 65_536;

/**
 * Papers from the text of a corpus file. The caller decodes the bytes (TextDecoder, not fatal)
 * so this runs the same in Node and in a browser. Throws CorpusError for what makes the file
 * unusable (naming file, line and problem); returns warnings for papers or lines it skipped.
 */
export function parseCorpus(text: string, options: ParseCorpusOptions): ParsedCorpus {
  const file = options.fileName;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(body)) throw new CorpusError(file, undefined, 'empty file');
  checkNotBinary(body, file);

  let format = options.format ?? detectFormat(file) ?? sniffFormat(body);
  if (format === undefined) {
    throw new CorpusError(
      file,
      undefined,
      'unknown corpus format: name the file .txt (trending papers), .jsonl, .json, .csv or .bib',
    );
  }
  const firstChar = /\S/.exec(body)?.[0];
  const extraWarnings: CorpusWarning[] = [];
  // A JSON array saved as .jsonl is common enough to read as what it is.
  if (format === 'jsonl' && firstChar === '[') {
    format = 'json';
    extraWarnings.push({ file, message: 'the file is a JSON array, not JSON Lines; read as JSON' });
  } else if (format === 'json' && firstChar === '{' && looksLikeJsonLines(body)) {
    format = 'jsonl';
    extraWarnings.push({ file, message: 'the file holds one JSON object a line; read as JSON Lines' });
  }

  const raw = readFormat(format, body, file);
  const warnings = [...extraWarnings, ...raw.warnings];
  const replacements = countReplacements(body);
  if (replacements.count > 0) {
    warnings.push({
      file,
      line: replacements.firstLine,
      message: `${replacements.count} character(s) could not be decoded as UTF-8 and show as "\uFFFD"; save the file as UTF-8`,
    });
  }
  const papers = collectPapers(raw.records, file, warnings);
  return { papers, warnings };
}

function readFormat(format: CorpusFormat, text: string, file: string): RawCorpus {
  switch (format) {
    case 'trending':
      return parseTrending(text, file);
    case 'jsonl':
      return parseJsonLines(text, file);
    case 'json':
      return parseJsonCorpus(text, file);
    case 'csv':
      return parseCsvCorpus(text, file);
    case 'bibtex':
      return parseBibtex(text, file);
  }
}

/**
 * A binary file decoded as text holds NUL characters (anything UTF-16, most binaries) or many
 * replacement and control characters (bytes that are not UTF-8). A text file in another 8-bit
 * encoding has only a few replacement characters, so it passes here and gets a warning.
 */
function checkNotBinary(text: string, file: string): void {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    // UTF-16 text decoded as UTF-8 has a NUL after every ASCII letter.
    const sample = text.slice(0, 200);
    const utf16 = /^(?:\uFFFD\uFFFD)?(?:[\u0001-\u007f]\u0000|\u0000[\u0001-\u007f]){4}/.test(sample);
    throw new CorpusError(
      file,
      undefined,
      utf16 ? 'binary file, not a text corpus (it looks like UTF-16 text: save it as UTF-8)' : 'binary file, not a text corpus',
    );
  }
  const length = Math.min(text.length, BINARY_SAMPLE);
  let suspicious = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) suspicious++;
  }
  if (suspicious > 0 && suspicious >= length * 0.1) throw new CorpusError(file, undefined, 'binary file, not a text corpus');
}

function countReplacements(text: string): { count: number; firstLine?: number } {
  let first = text.indexOf('\uFFFD');
  if (first === -1) return { count: 0 };
  let count = 0;
  for (let i = first; i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < first; i = text.indexOf('\n', i + 1)) line++;
  first = line;
  return { count, firstLine: first };
}

/** A format for a file whose name says nothing (no or unknown extension), from its first characters. */
function sniffFormat(text: string): CorpusFormat | undefined {
  const start = text.trimStart().slice(0, 1000);
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return looksLikeJsonLines(text) ? 'jsonl' : 'json';
  if (start.startsWith('@')) return 'bibtex';
  if (/^get trending papers/i.test(start)) return 'trending';
  const header = start.split('\n', 1)[0].toLowerCase();
  if (/title/.test(header) && /abstract/.test(header) && /[,;\t]/.test(header)) return 'csv';
  return undefined;
}

/** True when the first non-blank line is a whole JSON value and more follows. */
function looksLikeJsonLines(text: string): boolean {
  const start = text.search(/\S/);
  const end = text.indexOf('\n', start);
  if (end === -1 || !/\S/.test(text.slice(end))) return false;
  try {
    JSON.parse(text.slice(start, end));
    return true;
  } catch {
    return false;
  }
}

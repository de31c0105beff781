import { cleanLatex } from './cleanLatex';
import { CorpusError } from '../CorpusError';
import { doiUrl } from '../doiUrl';
import { LineIndex } from './LineIndex';
import { personName } from '../personName';
import type { RawCorpus, RawPaper } from '../RawPaper';
import type { CorpusWarning, PaperSourceIds } from '../../map';
import { unreadableDate, yearOf } from '../yearOf';
import { bareDoi } from '../formats/bareDoi';
import { cleanMarkup } from '../formats/cleanMarkup';
import { isoDate } from '../formats/isoDate';
import { sourceIdsFromUrl } from '../formats/sourceIdsFromUrl';
import { splitKeywords } from '../formats/splitKeywords';
import { titleCase } from '../formats/titleCase';

/**
 * What reference managers and databases put in BibTeX beside title, abstract, authors and year:
 * a precise date (BibLaTeX's `date`, else `year` and `month`), the venue (`journal`, BibLaTeX's
 * `journaltitle`, `booktitle`), the DOI, keywords (Zotero's and Mendeley's `keywords`; Scopus's
 * `author_keywords` before its index `keywords`; Web of Science's `keywords` and `keywords-plus`),
 * and the database ids: Web of Science's `unique-id`, a PubMed id, an arXiv `eprint`, and those a
 * link gives (a Scopus record link's EID).
 */
function addMetadata(record: RawPaper, fields: Map<string, string>): void {
  const text = (name: string): string | undefined => {
    const value = fields.get(name);
    if (value === undefined) return undefined;
    const clean = cleanLatex(value).trim();
    return clean === '' ? undefined : clean;
  };
  const month = text('month');
  const date =
    isoDate(text('date')) ??
    (record.year !== undefined && month
      ? isoDate(/^\d+$/.test(month) ? `${record.year}-${month}` : `${month} ${record.year}`)
      : undefined);
  if (date && date.length > 4 && Number(date.slice(0, 4)) === record.year) record.date = date;
  const wos = /^(?:WOS|ISI):(\d{15})$/.exec(text('unique-id') ?? '');
  const venue = text('journal') ?? text('journaltitle') ?? text('booktitle');
  if (venue) record.venue = wos ? titleCase(venue) : venue;
  const doi = bareDoi(fields.has('doi') ? verbatim(fields.get('doi') ?? '') : undefined);
  if (doi) record.doi = doi;
  const keywords: string[] = [];
  for (const name of ['author_keywords', 'keywords', 'keywords-plus']) {
    const value = text(name);
    if (value) splitKeywords(value, keywords);
  }
  if (keywords.length > 0) record.authorKeywords = keywords;
  const ids: PaperSourceIds = {};
  if (wos) ids.wos = `WOS:${wos[1]}`;
  const pmid = text('pmid') ?? text('pubmed-id') ?? text('pubmed_id');
  if (pmid && /^\d{1,9}$/.test(pmid)) ids.pmid = pmid;
  const eprint = text('eprint');
  if (eprint && /^arxiv$/i.test(text('archiveprefix') ?? text('eprinttype') ?? '')) ids.arxiv = eprint.replace(/^arXiv:/i, '');
  const url = fields.get('url');
  if (url !== undefined) sourceIdsFromUrl(verbatim(url), ids);
  if (Object.keys(ids).length > 0) record.sourceIds = ids;
}

/** BibTeX's predefined month macros, so `month = jan` is not an unknown macro. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * An entry's start at the beginning of a line: where reading resumes after a broken entry. An
 * unbalanced brace makes the broken entry's value run into the next entries; resuming after the
 * error instead (at the end of what was read as the value) lost them without a word.
 */
const ENTRY_START = /^[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/gm;

/** A syntax error inside one entry; the entry is skipped and reading resumes after it. */
class EntryError extends Error {
  constructor(
    readonly offset: number,
    message: string,
    /** True when the file ended inside the entry: nothing after it can be trusted. */
    readonly atEnd = false,
  ) {
    super(message);
  }
}

/**
 * BibTeX as Zotero, Google Scholar and JabRef export it. Written here rather than taken from npm
 * because the grammar is small and the packages found either pull in a large dependency tree or
 * do not run in a browser. Entries need `title` and `abstract`; `author`, `year` (or `date`),
 * `url` (or `doi`), the entry key (as id) and the metadata addMetadata reads are kept. @string macros and # concatenation are
 * expanded; @comment and @preamble are skipped; text outside entries is a comment, as in BibTeX.
 */
export function parseBibtex(text: string, file: string): RawCorpus {
  return new BibtexReader(text, file).read();
}

class BibtexReader {
  private readonly records: RawPaper[] = [];
  private readonly warnings: CorpusWarning[] = [];
  private readonly macros = new Map<string, string>(MONTHS.map((month, index) => [month, String(index + 1)]));
  private readonly lines: LineIndex;
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.lines = new LineIndex(text);
  }

  read(): RawCorpus {
    const { text } = this;
    for (;;) {
      const at = text.indexOf('@', this.i);
      if (at === -1) break;
      this.i = at + 1;
      const typeMatch = /\s*([A-Za-z][\w-]*)\s*([{(])/y;
      typeMatch.lastIndex = this.i;
      const match = typeMatch.exec(text);
      if (!match) continue; // An "@" in comment text between entries.
      const type = match[1].toLowerCase();
      const close = match[2] === '{' ? '}' : ')';
      this.i = typeMatch.lastIndex;
      const records = this.records.length;
      try {
        if (type === 'comment' || type === 'preamble') this.i = this.balancedEnd(this.i, close) + 1;
        else if (type === 'string') this.readString(close);
        else this.readEntry(at, close);
        // Read without an error, but across the start of another entry: a brace was left open.
        // (An @comment may hold entries on purpose.)
        const next = type === 'comment' ? -1 : this.nextEntryStart(at);
        if (next !== -1 && next < this.i) {
          this.records.length = records;
          throw new EntryError(
            next,
            `it runs into the entry on line ${this.lines.lineAt(next)} (a closing brace is probably missing)`,
          );
        }
      } catch (error) {
        if (!(error instanceof EntryError)) throw error;
        const entryLine = this.lines.lineAt(at);
        const next = this.nextEntryStart(at);
        if (error.atEnd && next === -1) {
          throw new CorpusError(
            this.file,
            entryLine,
            `@${type} entry never ends: ${error.message} (a closing brace is probably missing)`,
          );
        }
        this.warnings.push({
          file: this.file,
          line: this.lines.lineAt(Math.min(error.offset, text.length - 1)),
          message: `skipped the @${type} entry starting on line ${entryLine}: ${error.message}`,
        });
        // Resume at the next entry that starts inside the broken one, else after the error.
        const after = Math.max(error.offset, at + 1);
        this.i = next !== -1 && next < after ? next : after;
      }
    }
    return { records: this.records, warnings: this.warnings };
  }

  /** Offset of the first entry start (ENTRY_START) on a line after the one at `at`; -1 if none. */
  private nextEntryStart(at: number): number {
    const lineEnd = this.text.indexOf('\n', at);
    if (lineEnd === -1) return -1;
    ENTRY_START.lastIndex = lineEnd + 1;
    const match = ENTRY_START.exec(this.text);
    return match ? match.index + match[0].indexOf('@') : -1;
  }

  private readEntry(at: number, close: string): void {
    const { text } = this;
    this.skipSpace();
    const keyStart = this.i;
    while (this.i < text.length && !/[\s,{}()=]/.test(text[this.i])) this.i++;
    const key = text.slice(keyStart, this.i);
    this.skipSpace();
    if (text[this.i] === '=') throw new EntryError(keyStart, 'the entry has no citation key');
    const fields = new Map<string, string>();
    for (;;) {
      this.skipSpace();
      if (this.i >= text.length) throw new EntryError(this.i, 'the file ends inside it', true);
      const c = text[this.i];
      if (c === close) {
        this.i++;
        break;
      }
      if (c === ',') {
        this.i++;
        continue;
      }
      const nameStart = this.i;
      while (this.i < text.length && /[^\s=,{}()"#]/.test(text[this.i])) this.i++;
      const name = text.slice(nameStart, this.i).toLowerCase();
      if (name === '') throw new EntryError(this.i, `unexpected "${text[this.i]}" where a field name should be`);
      this.skipSpace();
      if (text[this.i] !== '=') throw new EntryError(this.i, `expected "=" after the field name "${name}"`);
      this.i++;
      const value = this.readValue();
      if (!fields.has(name)) fields.set(name, value);
    }
    this.addRecord(at, key, fields);
  }

  private addRecord(at: number, key: string, fields: Map<string, string>): void {
    const record: RawPaper = {
      line: this.lines.lineAt(at),
      // Databases' BibTeX carries what their other exports do: tags and entities (Zotero keeps a
      // web page's), Scopus's "© 2020 Elsevier" tail; cleanMarkup cleans the LaTeX too.
      title: cleanMarkup(fields.get('title') ?? '', { latex: true }),
      abstract: cleanMarkup(fields.get('abstract') ?? '', { latex: true, abstract: true }),
    };
    if (key !== '') record.id = key;
    const authors = splitBibtexAuthors(fields.get('author') ?? '');
    if (authors.length > 0) record.authors = authors;
    const year = yearOf(fields.get('year')) ?? yearOf(fields.get('date'));
    if (year !== undefined) record.year = year;
    else {
      const why = unreadableDate('year', fields.get('year')) ?? unreadableDate('date', fields.get('date'));
      if (why) this.warnings.push({ file: this.file, line: record.line, message: `@${key || 'entry'}: ${why}` });
    }
    const url = fields.get('url');
    const doi = fields.get('doi');
    if (url !== undefined && verbatim(url) !== '') record.url = verbatim(url);
    else if (doi !== undefined) {
      const link = doiUrl(verbatim(doi));
      if (link) record.url = link;
    }
    addMetadata(record, fields);
    this.records.push(record);
  }

  /** @string{name = value}: defines a macro for later values. */
  private readString(close: string): void {
    const { text } = this;
    this.skipSpace();
    const nameStart = this.i;
    while (this.i < text.length && /[^\s=,{}()"#]/.test(text[this.i])) this.i++;
    const name = text.slice(nameStart, this.i).toLowerCase();
    this.skipSpace();
    if (name === '' || text[this.i] !== '=') throw new EntryError(this.i, 'expected "name = value" in @string');
    this.i++;
    const value = this.readValue();
    this.skipSpace();
    if (text[this.i] !== close) throw new EntryError(this.i, `expected "${close}" to end @string`);
    this.i++;
    this.macros.set(name, value);
  }

  /** A value: pieces in braces, quotes, numbers or macro names, joined with "#". */
  private readValue(): string {
    const { text } = this;
    const pieces: string[] = [];
    for (;;) {
      this.skipSpace();
      const c = text[this.i];
      if (c === undefined) throw new EntryError(this.i, 'the file ends inside it', true);
      if (c === '{') {
        const end = this.balancedEnd(this.i + 1, '}');
        pieces.push(text.slice(this.i + 1, end));
        this.i = end + 1;
      } else if (c === '"') {
        const end = this.balancedEnd(this.i + 1, '"');
        pieces.push(text.slice(this.i + 1, end));
        this.i = end + 1;
      } else {
        const start = this.i;
        while (this.i < text.length && /[^\s,{}()"#=]/.test(text[this.i])) this.i++;
        const word = text.slice(start, this.i);
        if (word === '') throw new EntryError(start, `unexpected "${c}" where a value should be`);
        if (/^\d+$/.test(word)) pieces.push(word);
        else {
          const macro = this.macros.get(word.toLowerCase());
          if (macro === undefined) {
            this.warnings.push({ file: this.file, line: this.lines.lineAt(start), message: `unknown @string macro "${word}"` });
          }
          pieces.push(macro ?? word);
        }
      }
      this.skipSpace();
      if (text[this.i] !== '#') return pieces.join('');
      this.i++;
    }
  }

  /**
   * Offset of the `close` character that ends a value or body starting at `from`, at brace depth
   * 0. Braces are counted as BibTeX counts them, escaped or not.
   */
  private balancedEnd(from: number, close: string): number {
    const { text } = this;
    let depth = 0;
    for (let j = from; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x7b) depth++;
      else if (c === 0x7d) {
        if (depth === 0) {
          if (close === '}') return j;
          throw new EntryError(j, 'a "}" closes a brace that was never opened');
        }
        depth--;
      } else if (depth === 0 && text[j] === close) return j;
    }
    throw new EntryError(text.length, 'the file ends inside a field value', true);
  }

  private skipSpace(): void {
    const { text } = this;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      this.i++;
    }
  }
}

/**
 * "Curie, Marie and {Barnes and Noble, Inc.} and others": split on "and" outside braces, then
 * "Last, First" -> "First Last"; "others" (BibTeX's et al.) is not a name.
 */
const AND = /\s+and\s+/iy;

function splitBibtexAuthors(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  let parts: string[] = [];
  let partStart = 0;
  const finish = (end: number) => {
    parts.push(value.slice(partStart, end));
    const cleaned = parts.map(cleanLatex);
    const name = cleaned.length > 1 ? personName(cleaned) : cleaned[0];
    if (name !== '' && name !== 'others') names.push(name);
    parts = [];
  };
  for (let j = 0; j < value.length; j++) {
    const c = value[j];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && c === ',') {
      parts.push(value.slice(partStart, j));
      partStart = j + 1;
    } else if (depth === 0 && j > start && /\s/.test(c)) {
      AND.lastIndex = j;
      if (AND.test(value)) {
        finish(j);
        j = AND.lastIndex - 1;
        start = partStart = AND.lastIndex;
      }
    }
  }
  finish(value.length);
  return names;
}

/** A URL or DOI field: braces dropped and "\_"-style escapes undone, but no other LaTeX. */
function verbatim(value: string): string {
  return value
    .replace(/[{}]/g, '')
    .replace(/\\([_%&#$~])/g, '$1')
    .trim();
}

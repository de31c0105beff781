import Papa from 'papaparse';
import { CorpusError } from './CorpusError';
import { corpusField, type CorpusField } from './corpusField';
import type { RawCorpus, RawPaper } from './RawPaper';
import { rawPaperFromFields } from './rawPaperFromFields';
import type { CorpusWarning } from './types';

/** Delimiters tried on the header row, in order: Excel in some locales writes ";", exports "\t". */
const DELIMITERS = [',', '\t', ';', '|'];

/**
 * CSV (RFC 4180, via papaparse) with a header row naming at least a title and an abstract
 * column; see corpusField for the accepted names. Records may span lines inside quotes; each
 * paper's line is the file line where its record starts.
 */
export function parseCsvCorpus(text: string, file: string): RawCorpus {
  // papaparse guesses one line ending for the whole file; mixed endings would glue rows together.
  const source = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const { delimiter, columns } = readHeader(source, file);

  const records: RawPaper[] = [];
  const warnings: CorpusWarning[] = [];
  let rowStart = 0;
  let line = 1;
  let countedTo = 0;
  let headerSeen = false;
  let fatal: CorpusError | undefined;

  Papa.parse<string[]>(source, {
    delimiter,
    newline: '\n',
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      // Line numbers are counted incrementally from each row's start offset: linear in the file.
      for (let i = source.indexOf('\n', countedTo); i !== -1 && i < rowStart; i = source.indexOf('\n', i + 1)) line++;
      countedTo = rowStart;
      const recordLine = line;
      rowStart = result.meta.cursor;

      const error = result.errors[0];
      if (error) {
        fatal = new CorpusError(file, recordLine, csvProblem(error.code));
        parser.abort();
        return;
      }
      if (!headerSeen) {
        headerSeen = true;
        return;
      }
      const row = result.data;
      if (row.length === 1 && row[0].trim() === '') return; // blank line
      if (row.length !== columns.count) {
        warnings.push({
          file,
          line: recordLine,
          message: `row has ${row.length} fields but the header has ${columns.count}`,
        });
      }
      const fields: Partial<Record<CorpusField, unknown>> = {};
      for (const [field, index] of columns.byField) fields[field] = row[index];
      records.push(rawPaperFromFields(fields, recordLine, (message) => warnings.push({ file, line: recordLine, message })));
    },
  });
  if (fatal) throw fatal;
  return { records, warnings };
}

interface Columns {
  count: number;
  byField: Map<CorpusField, number>;
}

function readHeader(source: string, file: string): { delimiter: string; columns: Columns } {
  let widest: string[] = [];
  for (const delimiter of DELIMITERS) {
    const header = Papa.parse<string[]>(source, { delimiter, newline: '\n', preview: 1 }).data[0] ?? [];
    const columns = columnsOf(header);
    if (columns.byField.has('title') && columns.byField.has('abstract')) return { delimiter, columns };
    if (header.length > widest.length) widest = header;
  }
  const found = widest.map((name) => `"${name.trim()}"`).join(', ');
  throw new CorpusError(
    file,
    1,
    `the header row needs a "title" and an "abstract" column; found ${widest.length === 0 ? 'no columns' : found}`,
  );
}

function columnsOf(header: string[]): Columns {
  const byField = new Map<CorpusField, number>();
  const ranks = new Map<CorpusField, number>();
  header.forEach((name, index) => {
    const match = corpusField(name);
    if (!match) return;
    const best = ranks.get(match.field);
    if (best === undefined || match.rank < best) {
      ranks.set(match.field, match.rank);
      byField.set(match.field, index);
    }
  });
  return { count: header.length, byField };
}

function csvProblem(code: string): string {
  if (code === 'MissingQuotes') return 'a quoted field is never closed (a " is missing)';
  if (code === 'InvalidQuotes') return 'malformed quotes: a quoted field must end with " right before a delimiter or line end';
  return `malformed CSV (${code})`;
}

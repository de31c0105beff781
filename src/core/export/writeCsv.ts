import Papa from 'papaparse';
import { stripInvalidXmlChars } from './escapeXml';
import type { MapFile } from '../map';

export interface CsvExportOptions {
  /** Reproducibility stamp (see exportStamp), written in the first row's export_stamp cell. */
  stamp?: string;
}

export const CSV_COLUMNS = [
  'id',
  'title',
  'authors',
  'year',
  'url',
  'cluster',
  'cluster_label',
  'keywords',
  'export_stamp',
] as const;

/**
 * Writes the map's papers (pass a filtered map for the papers the filter keeps) as RFC 4180 CSV: a
 * header, one row per paper, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled (papaparse's unparse). Keywords read "term (0.42); term2 (0.31)", best
 * first. Cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading
 * apostrophe, so a hostile title cannot execute in Excel. Control characters are dropped.
 *
 * The stamp sits in a last column, filled in the first row only. A "#" comment line would break
 * Excel, pandas and R's read.csv, which read it as the header; a footer row would be read as a
 * paper; a column keeps every reader working and the file self-describing.
 */
/**
 * A cell a spreadsheet may run as a formula: one that starts with =, +, -, @, tab or CR, whatever
 * follows. papaparse's own pattern (`escapeFormulae: true`) is /^[=+\-@\t\r].*$/, which fails on
 * a cell holding a line break ("." stops there), so `=HYPERLINK(...)\n` went out bare.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function writeCsv(map: MapFile, options: CsvExportOptions = {}): string {
  const clusterLabel = new Map(map.clusters.map((c) => [c.id, c.label]));
  const rows = map.papers.map((p, i) =>
    [
      p.id,
      p.title,
      p.authors ? p.authors.join('; ') : '',
      p.year === undefined ? '' : String(p.year),
      p.url ?? '',
      String(p.cluster),
      clusterLabel.get(p.cluster) ?? '',
      p.keywords.map((k) => `${k.term} (${k.score.toFixed(2)})`).join('; '),
      i === 0 ? (options.stamp ?? '') : '',
    ].map(stripInvalidXmlChars),
  );
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, header: true },
  );
  return `${text}\r\n`;
}

import Papa from 'papaparse';
import { clusterNumber } from './clusterNumber';
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
  'map_keywords',
  'abstract',
  'export_stamp',
] as const;

/**
 * Writes the map's papers (pass a filtered map for the papers the filter keeps) as RFC 4180 CSV: a
 * byte-order mark, a header, one row per paper with its abstract (so the file also reads back as
 * a corpus), CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
 * doubled (papaparse's unparse). The map's keywords, in `map_keywords` (not "keywords", which a
 * corpus reader takes for author keywords), read "term (0.42); term2 (0.31)", best
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

/**
 * A UTF-8 byte-order mark first: Excel reads a CSV without one as the system's code page
 * (Windows-1252: "Müller" shows as "MÃ¼ller"), as Scopus's own CSV export knows. pandas, R's
 * readr and papaparse drop it.
 */
const BOM = '\uFEFF';

export function writeCsv(map: MapFile, options: CsvExportOptions = {}): string {
  const clusterLabel = new Map(map.clusters.map((c) => [c.id, c.label]));
  const rows = map.papers.map((p, i) =>
    [
      p.id,
      p.title,
      p.authors ? p.authors.join('; ') : '',
      p.year === undefined ? '' : String(p.year),
      p.url ?? '',
      String(clusterNumber(p.cluster)),
      clusterLabel.get(p.cluster) ?? '',
      p.keywords.map((k) => `${k.term} (${k.score.toFixed(2)})`).join('; '),
      p.abstract,
      i === 0 ? (options.stamp ?? '') : '',
    ].map(stripInvalidXmlChars),
  );
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, header: true },
  );
  return `${BOM}${text}\r\n`;
}

import type { Curation } from './curation';
import { resolveCuration } from './resolveCuration';
import { ThesaurusError } from './ThesaurusError';

/** The header VOSviewer writes and expects; compared ignoring case and spaces around the cells. */
export const THESAURUS_HEADER = ['label', 'replace by'] as const;

const HEADER_TEXT = `"${THESAURUS_HEADER.join('<TAB>')}"`;
const show = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * Reads a VOSviewer thesaurus file: tab-separated text, a header line `label<TAB>replace by`,
 * then one row a term. A row with an empty "replace by" removes its label from the map (a
 * stopword); a row with a replacement merges the label into it (a synonym). Blank lines are
 * skipped, cells are trimmed, and trailing empty cells (spreadsheets add them) are allowed.
 * Labels are matched by vocabulary key (termKey), so case and plural do not matter.
 *
 * Errors name the file and line (ThesaurusError): a missing or wrong header, a row without a tab
 * or with a third non-empty cell, an empty label, and the inconsistencies of resolveCuration
 * (a term merged into two terms, removed and merged, removed but a merge target, merges in a
 * circle), which also name the other line involved. Cluster names are not part of the format.
 */
export function parseThesaurus(text: string, fileName: string): Curation {
  return parseThesaurusRows(text, fileName).curation;
}

/** A thesaurus read, with the file's line of each entry (1-based), for messages about the entries. */
export interface ThesaurusRows {
  curation: Curation;
  lines: { stopwords: number[]; synonyms: number[] };
}

/** parseThesaurus, keeping where each removal and merge was written. */
export function parseThesaurusRows(text: string, fileName: string): ThesaurusRows {
  if (text.includes('\u0000')) throw new ThesaurusError(fileName, undefined, 'not a text file (it holds NUL bytes)');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const curation: Curation = { stopwords: [], synonyms: [], clusterNames: [] };
  const stopwordLines: number[] = [];
  const synonymLines: number[] = [];
  let header = false;

  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (!header) {
      if (
        cells.length !== 2 ||
        cells[0].toLowerCase() !== THESAURUS_HEADER[0] ||
        cells[1].toLowerCase().replace(/\s+/g, ' ') !== THESAURUS_HEADER[1]
      ) {
        throw new ThesaurusError(fileName, line, `expected the header ${HEADER_TEXT}, got ${show(raw)}`);
      }
      header = true;
      return;
    }
    if (cells.length < 2) {
      throw new ThesaurusError(
        fileName,
        line,
        `no tab between label and replacement in ${show(raw)} (an empty replacement removes the term)`,
      );
    }
    if (cells.slice(2).some((cell) => cell !== '')) {
      throw new ThesaurusError(fileName, line, `${cells.length} columns, a row has two: label<TAB>replacement`);
    }
    const [label, replacement] = cells;
    if (label === '') throw new ThesaurusError(fileName, line, 'empty label');
    if (replacement === '') {
      curation.stopwords.push(label);
      stopwordLines.push(line);
    } else {
      curation.synonyms.push({ from: label, to: replacement });
      synonymLines.push(line);
    }
  });
  if (!header) throw new ThesaurusError(fileName, undefined, `empty file (expected the header ${HEADER_TEXT})`);

  const lineOf = (list: string, index: number): number => (list === 'stopwords' ? stopwordLines : synonymLines)[index];
  const problems = resolveCuration(curation).problems.map((p) => ({ ...p, line: lineOf(p.list, p.index) }));
  if (problems.length > 0) {
    const first = problems.reduce((a, b) => (b.line < a.line ? b : a));
    const other = first.other ? ` (line ${lineOf(first.other.list, first.other.index)})` : '';
    throw new ThesaurusError(fileName, first.line, `${first.message}${other}`);
  }
  return { curation, lines: { stopwords: stopwordLines, synonyms: synonymLines } };
}

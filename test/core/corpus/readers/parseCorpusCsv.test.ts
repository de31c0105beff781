import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusError, parseCorpus } from '../../../../src/core/corpus/parseCorpus';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)), 'utf8');

describe('CSV', () => {
  const { papers, warnings } = parseCorpus(fixture('zotero.csv'), { fileName: 'zotero.csv' });

  it("reads Zotero's export: Key, Author, Publication Year, DOI/Url and Abstract Note columns", () => {
    expect(papers).toEqual([
      {
        id: 'ABCD1234',
        title: 'Radioactive Substances, Revisited',
        abstract: 'A first line of the abstract, with a second line inside the quotes, and "quoted words" too.',
        authors: ['Marie Curie', 'Pierre Curie'],
        year: 2021,
        url: 'https://doi.org/10.1000/abc',
        line: 2,
        // Zotero's Date, Publication Title and DOI columns are kept as metadata.
        date: '2021-03-04',
        doi: '10.1000/abc',
        venue: 'Journal of Things',
      },
      {
        id: 'IJKL9012',
        title: 'Computing Machinery and Intelligence',
        abstract: 'I propose to consider the question, "Can machines think?"',
        authors: ['Alan Turing'],
        year: 1950,
        url: 'https://example.org/p3',
        line: 6,
        date: '1950-10-01',
      },
    ]);
  });

  it('numbers records by their real file line, even after a record that spans lines', () => {
    expect(warnings).toEqual([
      { file: 'zotero.csv', line: 4, message: 'paper "A Paper With No Abstract" has an empty abstract; skipped' },
    ]);
  });

  it('gives the same lines with Windows line endings', () => {
    const crlf = parseCorpus(fixture('zotero.csv').replace(/\n/g, '\r\n'), { fileName: 'crlf.csv' });
    expect(crlf.papers.map((p) => p.line)).toEqual([2, 6]);
    expect(crlf.papers[0].abstract).toBe(papers[0].abstract);
  });

  it('finds the delimiter from the header row (semicolons from a spreadsheet)', () => {
    const result = parseCorpus(fixture('semicolon.csv'), { fileName: 'semicolon.csv' });
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]).toMatchObject({
      title: 'Semicolon Separated',
      abstract: 'Written by a spreadsheet in a comma-decimal locale, with commas, inside.',
      year: 2020,
    });
  });

  it('accepts any case of the column names', () => {
    const result = parseCorpus('TITLE,ABSTRACT,ID\nA,B,7\n', { fileName: 'upper.csv' });
    expect(result.papers[0]).toMatchObject({ id: '7', title: 'A', abstract: 'B', line: 2 });
  });

  it('names file, line 1 and the columns found when title or abstract is missing', () => {
    let error: unknown;
    try {
      parseCorpus(fixture('no-columns.csv'), { fileName: 'no-columns.csv' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).line).toBe(1);
    expect((error as CorpusError).message).toBe(
      'no-columns.csv:1: the header row needs a "title" and an "abstract" column; found "Name", "Summary Text", "Year"',
    );
  });

  it('names the line of a quoted field that is never closed', () => {
    expect(() => parseCorpus(fixture('unclosed.csv'), { fileName: 'unclosed.csv' })).toThrow(
      'unclosed.csv:2: a quoted field is never closed (a " is missing)',
    );
  });

  it('warns about a row with the wrong number of fields but keeps it', () => {
    const result = parseCorpus('title,abstract,year\nA,B\nC,D,2001\n', { fileName: 'short.csv' });
    expect(result.papers.map((p) => p.title)).toEqual(['A', 'C']);
    expect(result.warnings).toEqual([{ file: 'short.csv', line: 2, message: 'row has 2 fields but the header has 3' }]);
  });

  it('reports duplicate ids with both lines', () => {
    expect(() => parseCorpus('id,title,abstract\nx,A,B\n"y","C","multi\nline"\nx,E,F\n', { fileName: 'corpus.csv' })).toThrow(
      'corpus.csv:5: duplicate id "x" (also on line 2)',
    );
  });

  it('throws when every row lacks an abstract', () => {
    expect(() => parseCorpus('title,abstract\nA,\nB, \n', { fileName: 'empty.csv' })).toThrow(
      'empty.csv: no papers with both a title and an abstract',
    );
  });
});

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportStamp } from '../../../src/core/export/exportStamp';
import { parseCorpus } from '../../../src/core/corpus';
import { parseMapFile } from '../../../src/core/map';
import { CSV_COLUMNS, writeCsv } from '../../../src/core/export/writeCsv';

const FIXTURE = new URL('../../fixtures/export-small.map.json', import.meta.url);
const map = parseMapFile(readFileSync(FIXTURE, 'utf8'), 'export-small.map.json');
const stamp = exportStamp(map.meta, '9.9.9');

function rows(csv: string): Array<Record<string, string>> {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('writeCsv', () => {
  it('writes one RFC 4180 row per paper, with its abstract, that reads back field for field', () => {
    const csv = writeCsv(map, { stamp });
    const data = rows(csv);
    expect(Object.keys(data[0])).toEqual([...CSV_COLUMNS]);
    expect(data.map((r) => r.id)).toEqual(map.papers.map((p) => p.id));
    expect(data[0].title).toBe('<img src=x onerror=alert(1)> & "q"');
    expect(data[1].title).toBe('Message passing, revisited:\na "simple" baseline');
    expect(data[0].authors).toBe('Ann O\'Neil; Bo "B" Li');
    expect(data[0].year).toBe('2021');
    expect(data[0].url).toBe('https://example.org/p1?a=1&b=2');
    expect(data[4].cluster).toBe('2'); // cluster id 1, numbered from 1 (clusterNumber)
    expect(data[4].cluster_label).toBe('Protein "structure"');
    // Quotes doubled inside quoted fields; CRLF line ends.
    expect(csv).toContain('"<img src=x onerror=alert(1)> & ""q"""');
    // A byte-order mark first, so Excel reads UTF-8 ("蛋白质结构", "Müller") as such.
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(data.map((r) => r.abstract)).toEqual(map.papers.map((p) => p.abstract));
    expect(data[0].abstract.length).toBeGreaterThan(0);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back as a corpus: the same titles and abstracts, and the map keywords not taken for author keywords', () => {
    const { papers } = parseCorpus(writeCsv(map, { stamp }), { fileName: 'export.csv' });
    // As a reader gives text: blanks collapsed; a defused formula keeps its apostrophe.
    const plain = (text: string): string =>
      text
        .replace(/[\u0001\u000c]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    expect(papers.map((p) => p.title)).toEqual(map.papers.map((p) => plain(p.title.replace(/^=/, "'="))));
    expect(papers.map((p) => p.abstract)).toEqual(map.papers.map((p) => plain(p.abstract)));
    expect(papers.every((p) => p.authorKeywords === undefined)).toBe(true);
  });

  it('lists keywords with scores, best first', () => {
    const data = rows(writeCsv(map));
    expect(data[0].map_keywords).toBe('graph neural network (0.90); message passing (0.70); R&D <lab> "quoted" (0.50)');
    expect(data[4].map_keywords).toBe('protein folding (0.90); AlphaFold, v2 (0.70); 蛋白质结构 (0.50)');
  });

  it('puts the stamp in the first row only', () => {
    const data = rows(writeCsv(map, { stamp }));
    expect(data[0].export_stamp).toBe(stamp);
    expect(data.slice(1).every((r) => r.export_stamp === '')).toBe(true);
    expect(stamp).toContain('9.9.9');
    expect(stamp).toContain('seed=42');
    expect(stamp).toContain(map.meta.corpusHash);
  });

  it('defuses spreadsheet formulas and drops control characters', () => {
    const data = rows(writeCsv(map));
    expect(data[3].title).toBe('\'=HYPERLINK("http://evil") link prediction');
    expect(data[2].title).toBe('Node embeddings with control chars');
  });

  it('defuses a formula in every cell whatever follows it, line breaks included', () => {
    const starts = ['=', '@', '+', '-', '\t', '\r'];
    const hostile = starts.map((c, i) => ({
      ...map.papers[0],
      id: `${c}HYPERLINK("http://evil.example/", "open")\n${i}`,
      title: `${c}cmd|' /C calc'!A0\r\nmore`,
      url: `${c}1+1\n`,
      authors: [`${c}SUM(A1:A9)\nx`],
    }));
    const data = rows(writeCsv({ ...map, papers: hostile }));
    expect(data).toHaveLength(starts.length);
    for (const [i, row] of data.entries()) {
      for (const column of ['id', 'title', 'url', 'authors'] as const) {
        // The apostrophe comes first, then the cell as it was.
        expect(row[column].startsWith(`'${starts[i]}`), `${column} of row ${i}: ${JSON.stringify(row[column])}`).toBe(true);
      }
    }
    // A harmless cell with a line break is left alone.
    expect(rows(writeCsv(map))[1].title).toBe('Message passing, revisited:\na "simple" baseline');
  });

  it('writes only the papers of the map it is given', () => {
    const two = { ...map, papers: map.papers.slice(0, 2) };
    expect(rows(writeCsv(two)).map((r) => r.id)).toEqual(['p1', 'p2']);
  });
});

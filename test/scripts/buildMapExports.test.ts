import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';
import { runBuildMap } from '../../scripts/buildMap';
import { parseMapFile } from '../../src/core/map';
import { captureIo } from '../helpers/captureIo';
import { windows1252 } from '../helpers/windows1252';

/* Hand-written RIS, CSV and Web of Science text (not real exports), shaped as those tools write them. */
let dir: string;
beforeEach(() => {
  dir = tempDir('build-map-exports-');
});

function run(args: string[]) {
  const capture = captureIo();
  const code = runBuildMap(['--quiet', ...args], capture.io);
  return { code, err: capture.err() };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const PAPERS = [
  [
    'Sparse attention for long documents',
    'Sparse attention reduces the cost of long context transformers. Sparse attention keeps accuracy.',
    '10.1000/sparse',
  ],
  ['KV cache compression', 'KV cache compression lowers memory of long context inference with sparse attention.', '10.1000/kv'],
  [
    'Optimal transport for domain adaptation',
    'Optimal transport aligns source and target distributions for domain adaptation.',
    '10.1000/ot',
  ],
  [
    'Entropic optimal transport',
    'Entropic regularisation makes optimal transport fast; domain adaptation benefits.',
    '10.1000/eot',
  ],
];

const RIS = PAPERS.slice(0, 3)
  .map(
    ([title, abstract, doi]) => `TY  - JOUR\r\nTI  - ${title}\r\nAB  - ${abstract}\r\nPY  - 2024\r\nDO  - ${doi}\r\nER  - \r\n`,
  )
  .join('\r\n');

// Scopus CSV: the first row repeats the RIS file's first paper (same DOI, other spelling of the title).
const SCOPUS = [
  'Authors,Title,Year,Source title,DOI,Abstract,Author Keywords,EID',
  `"Doe J.","SPARSE ATTENTION FOR LONG DOCUMENTS.",2024,"J. Long Context","10.1000/SPARSE","${PAPERS[0][1]}","sparse attention",2-s2.0-1`,
  `"Roe R.","${PAPERS[3][0]}",2024,"J. Transport","${PAPERS[3][2]}","${PAPERS[3][1]} © 2024 Elsevier Ltd. All rights reserved.","optimal transport",2-s2.0-4`,
].join('\n');

describe('build:map with exports of reference managers and databases', () => {
  it('builds one map from several --input files, keeping a paper exported twice once', () => {
    const output = join(dir, 'out.json');
    const r = run(['--input', file('a.ris', RIS), '--input', file('b.csv', SCOPUS), '--output', output, '--min-df', '1']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('5 records read, 1 duplicate merged');
    expect(r.err).toContain(
      'b.csv:2: this record repeats a.ris line 1 (same DOI, or same title and year) and was merged into it',
    );
    const map = parseMapFile(readFileSync(output, 'utf8'), 'out.json');
    expect(map.meta.source).toBe('a.ris + b.csv');
    expect(map.papers.map((p) => p.title)).toEqual([...PAPERS.map(([title]) => title)]);
    // The RIS copy is kept and completed with what only the Scopus copy has.
    expect(map.papers[0]).toMatchObject({
      doi: '10.1000/sparse',
      venue: 'J. Long Context',
      authorKeywords: ['sparse attention'],
      sourceIds: { scopus: '2-s2.0-1' },
    });
    expect(map.papers[3].abstract).toBe(PAPERS[3][1]);
  });

  it('reads --format names of the new sources and lists them when one is wrong', () => {
    const nbib = PAPERS.map(([title, abstract], i) => `PMID- ${i + 1}\nTI  - ${title}\nAB  - ${abstract}\n`).join('\n');
    const ok = run(['--input', file('pubmed.txt', nbib), '--format', 'pubmed', '--output', join(dir, 'p.json'), '--min-df', '1']);
    expect(ok.code).toBe(0);
    const map = parseMapFile(readFileSync(join(dir, 'p.json'), 'utf8'), 'p.json');
    expect(map.papers[0]).toMatchObject({ id: '1', sourceIds: { pmid: '1' }, url: 'https://pubmed.ncbi.nlm.nih.gov/1/' });
    const bad = run(['--input', file('x.txt', nbib), '--format', 'medline', '--output', join(dir, 'q.json')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      '--format must be one of trending, jsonl, json, csv, bibtex, ris, wos, scopus, pubmed, openalex, arxiv, csl-json',
    );
  });

  it('reads a UTF-16 Web of Science tab-delimited export (the "Win" flavour) by its byte-order mark', () => {
    const rows = PAPERS.map(([title, abstract], i) => `J\t${title}\t${abstract}\t2024\tWOS:00000000000000${i}`);
    const text = `\uFEFFPT\tTI\tAB\tPY\tUT\r\n${rows.join('\r\n')}\r\n`;
    const output = join(dir, 'w.json');
    const r = run(['--input', file('savedrecs.txt', Buffer.from(text, 'utf16le')), '--output', output, '--min-df', '1']);
    expect(r.err).not.toContain('error');
    expect(r.code).toBe(0);
    expect(parseMapFile(readFileSync(output, 'utf8'), 'w.json').papers.map((p) => p.id)).toEqual(
      PAPERS.map((_, i) => `WOS:00000000000000${i}`),
    );
  });

  it('reads a Scopus CSV saved again by Excel (Windows-1252, not UTF-8) with its accents, and says how it read it', () => {
    const rows = PAPERS.map(
      ([title, abstract], i) => `"M\u00fcller, T.","${title} \u2013 na\u00efve \u201cview\u201d","${abstract}",202${i}`,
    );
    // A first row that ends 30 bytes before the 1 MB the command line reads at a time: the first
    // accent comes with the next chunk, and the encoding is decided across the two.
    const before = 'Authors,Title,Abstract,Year\r\n"Filler, A.","Filler paper","';
    const after = '",2020\r\n';
    const words = 'graph neural networks learn from data '.repeat(30_000).slice(0, (1 << 20) - 30 - before.length - after.length);
    const long = `${before}${words}${after}${rows.join('\r\n')}\r\n`;
    const output = join(dir, 'excel.json');
    const r = run([
      '--input',
      file('scopus.csv', windows1252(long)),
      '--output',
      output,
      '--min-df',
      '1',
      '--max-keywords',
      '400',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'warning: scopus.csv:3: not UTF-8: read as Windows-1252, the encoding Excel\'s "CSV (Comma delimited)" and older Windows tools save Western text in (first at "M\u00fcller,")',
    );
    expect(r.err).not.toContain('\uFFFD');
    const map = parseMapFile(readFileSync(output, 'utf8'), 'excel.json');
    expect(map.papers[1].title).toBe(`${PAPERS[0][0]} \u2013 na\u00efve \u201cview\u201d`);
    expect(map.papers[1].authors).toEqual(['T. M\u00fcller']);
  });

  it('drops a NUL that comes among the bytes held back to decide the encoding, with its warning', () => {
    // The first byte past ASCII 30 bytes before the first 1 MB chunk's end: the bytes from it are
    // held for the next chunk, and a NUL among them must still be found.
    const before = 'title,abstract\r\n"Filler paper","';
    const after = '"\r\n';
    const words = 'graph neural networks learn from data '.repeat(30_000).slice(0, (1 << 20) - 30 - before.length - after.length);
    const rows = '"Caf\u00e9\u0000 networks","Graph neural networks on caf\u00e9 networks."\r\n';
    const output = join(dir, 'nul.json');
    const r = run([
      '--input',
      file('nul.csv', Buffer.from(`${before}${words}${after}${rows}`, 'utf8')),
      '--output',
      output,
      '--min-df',
      '1',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('warning: nul.csv:3: NUL character(s) dropped');
    const map = parseMapFile(readFileSync(output, 'utf8'), 'nul.json');
    expect(map.papers.map((p) => p.title)).toContain('Caf\u00e9 networks');
  });

  it('names the file and line of a record cut short, and says in the summary why it was skipped', () => {
    const cut = `${RIS}\r\nTY  - JOUR\r\nTI  - ${PAPERS[3][0]}\r\nAB  - ${PAPERS[3][1]}`;
    const r = run(['--input', file('cut.ris', cut), '--output', join(dir, 'c.json'), '--min-df', '1']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: cut\.ris:\d+: the file ends inside the record/);
    expect(r.err).toContain('4 records read, 1 skipped (1 truncated record)');
  });

  // A real Lens.org CSV export: massimoaria/bibliometrix tests/testthat/fixtures/lens_sample.csv
  // @d0591ed6 (GPL-3), header and rows 1-3 (test/fixtures/real/SOURCES.md).
  it('builds a map from a real Lens CSV export, saved under a .txt name, keeping its ids and metadata', () => {
    const real = fileURLToPath(new URL('../fixtures/real/lens-bibliometrix.csv', import.meta.url));
    const output = join(dir, 'lens.json');
    const r = run(['--input', file('lens-export.txt', readFileSync(real)), '--output', output, '--min-df', '1']);
    expect(r.err).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.err).toContain(': 3 papers, ');
    const map = parseMapFile(readFileSync(output, 'utf8'), 'lens.json');
    expect(map.meta.source).toBe('lens-export.txt');
    expect(map.papers.map((p) => p.id)).toEqual(['000-360-106-493-122', '000-367-630-842-001', '000-371-385-074-628']);
    expect(map.papers[0]).toMatchObject({
      year: 2020,
      venue: 'Environment systems & decisions',
      doi: '10.1007/s10669-020-09792-x',
      sourceIds: { pmid: '33251087' },
    });
    expect(map.papers[2].abstract.startsWith('Worldwide scientific publications')).toBe(true);
    expect(map.keywords.length).toBeGreaterThan(0);
    expect(map.clusters.length).toBeGreaterThan(0);
  });
});

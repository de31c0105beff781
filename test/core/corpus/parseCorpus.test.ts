import { describe, expect, it } from 'vitest';
import { CorpusError as CorpusErrorFromItsFile } from '../../../src/core/corpus/CorpusError';
import { hashText } from '../../../src/core/util';
import { paperId } from '../../../src/core/corpus/paperId';
import { CorpusError, detectFormat, parseCorpus } from '../../../src/core/corpus/parseCorpus';
import { cpuTime } from '../../helpers/cpuTime';

/** As the CLI and the browser do: bytes decoded with a non-fatal TextDecoder. */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

function corpusError(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected a CorpusError');
}

describe('detectFormat', () => {
  it.each([
    ['trending-papers.txt', 'trending'],
    ['corpus.jsonl', 'jsonl'],
    ['corpus.ndjson', 'jsonl'],
    ['corpus.json', 'json'],
    ['Zotero Export.CSV', 'csv'],
    ['data/refs.bib', 'bibtex'],
    ['notes.md', undefined],
    ['no-extension', undefined],
    // Gzipped: the name it was gzipped from.
    ['works.jsonl.gz', 'jsonl'],
    ['savedrecs.RIS.GZ', 'ris'],
    ['part_000.gz', undefined],
    ['corpus.gz.txt', 'trending'],
  ])('%s -> %s', (name, format) => {
    expect(detectFormat(name)).toBe(format);
  });
});

describe('CorpusError', () => {
  it('reads "file:line: problem", or "file: problem" without a line', () => {
    const withLine = new CorpusError('corpus.csv', 3, 'duplicate id "x" (also on line 1)');
    expect(withLine.message).toBe('corpus.csv:3: duplicate id "x" (also on line 1)');
    expect(withLine).toMatchObject({ file: 'corpus.csv', line: 3, problem: 'duplicate id "x" (also on line 1)' });
    expect(new CorpusError('a.bib', undefined, 'empty file').message).toBe('a.bib: empty file');
    expect(withLine).toBeInstanceOf(Error);
    expect(CorpusErrorFromItsFile).toBe(CorpusError);
  });
});

describe('parseCorpus: files that are not corpora', () => {
  it('refuses an empty file', () => {
    const error = corpusError(() => parseCorpus('', { fileName: 'empty.jsonl' }));
    expect(error.message).toBe('empty.jsonl: empty file');
    expect(error.line).toBeUndefined();
  });

  it('refuses a file of whitespace only (and a lone byte-order mark)', () => {
    expect(() => parseCorpus(' \n\t\r\n  \n', { fileName: 'blank.csv' })).toThrow('blank.csv: empty file');
    expect(() => parseCorpus(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])), { fileName: 'bom.txt' })).toThrow(
      'bom.txt: empty file',
    );
  });

  it("says a tagged export of a kind it does not read is one (Copac, Inspec's own), naming its first field", () => {
    // Copac's layout ("TI- ", "AU- ", one field a line) and Inspec's ("TI ~ "), as JabRef's importer tests have them.
    const copac = ['', 'TI- Parsing natural language', 'AU- Doe, Jane', 'PU- Oxford : Clarendon', 'PY- 1992', ''].join('\n');
    const error = corpusError(() => parseCorpus(copac, { fileName: 'copac.txt' }));
    expect(error.line).toBe(2);
    expect(error.message).toBe(
      'copac.txt:2: reads as a tagged export of a kind not read here (4 of its 4 lines are fields such as ' +
        '"TI- Parsing natural language"); export the records as RIS, BibTeX or CSV instead (see "Input formats" in README.md)',
    );
    const inspec = ['Record.*INSPEC.*', '', 'TI ~ Parsing natural language', 'AU ~ Doe, Jane', 'AB ~ Abstract', ''].join('\n');
    expect(() => parseCorpus(inspec, { fileName: 'inspec.txt' })).toThrow('inspec.txt:3: reads as a tagged export');
    // Titles with no abstracts are said to be that, not a tagged export.
    expect(() => parseCorpus('Parsing natural language\n\nGraph neural networks\n', { fileName: 'titles.txt' })).toThrow(
      'titles.txt: no papers with both a title and an abstract',
    );
  });

  it('refuses a binary file (a PNG header) decoded as text', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    expect(() => parseCorpus(decode(png), { fileName: 'picture.txt' })).toThrow('picture.txt: binary file, not a text corpus');
  });

  it('says that an export was made without abstracts when none of its records has one', () => {
    const titles = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ title: `Paper ${i}` })).join('\n');
    expect(() => parseCorpus(titles(3), { fileName: 'scholar.jsonl' })).toThrow(
      'scholar.jsonl: no papers with both a title and an abstract (none of its 3 records has an abstract: export with them, ' +
        'e.g. Scopus\'s "Abstract & keywords", Web of Science\'s "Full Record", PubMed\'s format "PubMed"; Google Scholar exports none)',
    );
    // One record alone, or records skipped for other reasons too, say no more than before.
    expect(() => parseCorpus(titles(1), { fileName: 'one.jsonl' })).toThrow(
      /^one\.jsonl: no papers with both a title and an abstract$/,
    );
    const mixed = `${titles(2)}\n${JSON.stringify({ abstract: 'An abstract without a title.' })}`;
    expect(() => parseCorpus(mixed, { fileName: 'mixed.jsonl' })).toThrow(
      /^mixed\.jsonl: no papers with both a title and an abstract$/,
    );
  });

  it('says what a workbook or a PDF is and what to save instead', () => {
    // The first bytes of each, then binary content.
    const file = (head: number[]): string =>
      decode(new Uint8Array([...head, ...Array.from({ length: 2048 }, (_, i) => i % 256)]));
    expect(() => parseCorpus(file([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), { fileName: 'savedrecs.xlsx' })).toThrow(
      'savedrecs.xlsx: binary file, not a text corpus (a ZIP archive: an Excel workbook is one, so save the sheet as "CSV UTF-8" ' +
        'and open that; a download of exports in a ZIP, unzip it and open the files inside)',
    );
    expect(() => parseCorpus(file([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { fileName: 'scopus.xls' })).toThrow(
      'scopus.xls: binary file, not a text corpus (an old Office file, as an Excel .xls workbook is: save the sheet as "CSV UTF-8" and open that)',
    );
    expect(() => parseCorpus(file([...new TextEncoder().encode('%PDF-1.7\n%'), 0xe2, 0xe3]), { fileName: 'paper.pdf' })).toThrow(
      'paper.pdf: binary file, not a text corpus (a PDF: export the papers from a reference manager or database, as RIS, BibTeX or CSV)',
    );
  });

  it('refuses random bytes without NULs, by their replacement characters', () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = 1 + ((seed >>> 16) % 255);
    }
    expect(() => parseCorpus(decode(bytes), { fileName: 'noise.csv' })).toThrow('noise.csv: binary file, not a text corpus');
  });

  it('drops NULs inside a text file with a warning naming each line (text copied from PDFs has them)', () => {
    const long = 'A long enough abstract as real abstracts are. '.repeat(10);
    const text = `id,title,abstract\n1,Gra\u0000ph networks,${long}\n2,Other,${long}\n3,Third\u0000,Ab\u0000stract ${long}\n`;
    const { papers, warnings } = parseCorpus(text, { fileName: 'pdf.csv' });
    expect(papers.map((p) => [p.title, p.abstract.slice(0, 8)])).toEqual([
      ['Graph networks', 'A long e'],
      ['Other', 'A long e'],
      ['Third', 'Abstract'],
    ]);
    expect(warnings).toEqual([
      { file: 'pdf.csv', line: 2, message: 'NUL character(s) dropped (text copied from PDFs often has them)' },
      { file: 'pdf.csv', line: 4, message: 'NUL character(s) dropped (text copied from PDFs often has them)' },
    ]);
  });

  it('names the first ten lines with NULs and counts the rest', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `${i},Title ${i} with a long enough name to keep NULs rare,Abstract\u0000 ${i} of the paper ${'long enough to be a real one. '.repeat(4)}`,
    );
    const { papers, warnings } = parseCorpus(`id,title,abstract\n${rows.join('\n')}\n`, { fileName: 'many.csv' });
    expect(papers).toHaveLength(40);
    expect(warnings.map((w) => w.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, undefined]);
    expect(warnings[10].message).toBe('NUL characters dropped on 30 more lines');
  });

  it('still refuses a file with many NULs (one in a hundred characters or more) as binary', () => {
    const text = `id,title,abstract\n1,A title,${'An abstract\u0000 with NULs. '.repeat(50)}\n`;
    expect(() => parseCorpus(text, { fileName: 'nuls.csv' })).toThrow('nuls.csv: binary file, not a text corpus');
  });

  it('recognises UTF-16 text and says how to fix it', () => {
    const text = '{"title": "a", "abstract": "b"}\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + 2 * i] = text.charCodeAt(i);
    expect(() => parseCorpus(decode(utf16), { fileName: 'utf16.jsonl' })).toThrow(
      'utf16.jsonl: binary file, not a text corpus (it looks like UTF-16 text: save it as UTF-8)',
    );
  });

  it('reads a Latin-1 file with a warning about the characters it could not decode', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('title,abstract\nCaf'),
      0xe9,
      ...new TextEncoder().encode(',An abstract.\n'),
    ]);
    const result = parseCorpus(decode(latin1), { fileName: 'latin1.csv' });
    expect(result.papers[0].title).toBe('Caf\uFFFD');
    expect(result.warnings).toEqual([
      {
        file: 'latin1.csv',
        line: 2,
        message: '1 character(s) could not be decoded as UTF-8 and show as "\uFFFD"; save the file as UTF-8',
      },
    ]);
  });

  it('ignores a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('title,abstract\nA,B\n')]);
    // TextDecoder drops the mark unless told otherwise; a caller that kept it must not break the header.
    const kept = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(kept.charCodeAt(0)).toBe(0xfeff);
    expect(parseCorpus(kept, { fileName: 'bom.csv' }).papers[0].title).toBe('A');
  });
});

describe('parseCorpus: choosing the format', () => {
  it('lets the caller override the extension', () => {
    const text = '{"title": "T", "abstract": "A"}\n';
    expect(parseCorpus(text, { fileName: 'corpus.txt', format: 'jsonl' }).papers[0].title).toBe('T');
  });

  it('guesses from the content when the extension says nothing', () => {
    expect(
      parseCorpus('{"title": "T", "abstract": "A"}\n{"title": "U", "abstract": "B"}\n', { fileName: 'export' }).papers,
    ).toHaveLength(2);
    expect(parseCorpus('[{"title": "T", "abstract": "A"}]', { fileName: 'export.dat' }).papers).toHaveLength(1);
    expect(parseCorpus('@article{k, title={T}, abstract={A}}', { fileName: 'refs' }).papers[0].id).toBe('k');
    expect(parseCorpus('Title,Abstract\nT,A\n', { fileName: 'sheet' }).papers[0].title).toBe('T');
  });

  it('says which formats it knows when it cannot tell', () => {
    expect(() => parseCorpus('Some notes\nabout nothing in particular\n', { fileName: 'notes.md' })).toThrow(
      'notes.md: unknown corpus format: expected trending-papers text (.txt), JSON Lines (.jsonl), JSON (.json), CSV (.csv), ' +
        'BibTeX (.bib), RIS (.ris), Web of Science (savedrecs.txt), Scopus plain text (.txt), PubMed MEDLINE (.nbib), Abstract (text) or XML, EndNote or RefWorks tagged (.enw, .txt), EndNote XML (.xml) or an arXiv Atom feed (.atom)',
    );
  });
});

describe('ids', () => {
  it('hashText is 64-bit FNV-1a over UTF-8 bytes (published test vectors)', () => {
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
    expect(hashText('foobar')).toBe('85944171f73967e8');
  });

  it('hashText matches a BigInt reference on non-ASCII and astral text', () => {
    const reference = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return hash.toString(16).padStart(16, '0');
    };
    for (const text of ['é', '基于图神经网络', 'Ω≈ç√∫ 𝔽₂ 🧪', 'lone \ud800 surrogate', 'x'.repeat(3000)]) {
      expect(hashText(text)).toBe(reference(text));
    }
  });

  it('hashes 50 MB of text within 10x the CPU time of a plain loop over its characters', () => {
    const text = 'Abstracts with words and some accents: é ü. '.repeat(1_200_000);
    const loop = (t: string): number => {
      let h = 0;
      for (let i = 0; i < t.length; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
      return h;
    };
    // Measured about 3x on the shared 2-core machine; BigInt arithmetic was over 40x.
    const baseline = cpuTime(() => loop(text), 2);
    expect(cpuTime(() => hashText(text), 2)).toBeLessThan(10 * baseline);
  });

  it('paperId is a slug of at most 60 characters plus 6 hex digits of the hash', () => {
    expect(paperId('Muon is Scalable for LLM Training')).toBe(
      `muon-is-scalable-for-llm-training-${hashText('Muon is Scalable for LLM Training').slice(0, 6)}`,
    );
    const long = paperId('A Very Long Title That Goes On and On About Many Things Far Beyond Any Reasonable Length');
    expect(long).toMatch(/^a-very-long-title-that-goes-on-and-on-about-many-things-far-[0-9a-f]{6}$/);
    expect(long.length).toBeLessThanOrEqual(60 + 7);
    expect(paperId('Graph-based Methods')).not.toBe(paperId('Graph based Methods'));
    expect(paperId('基于图神经网络')).toMatch(/^paper-[0-9a-f]{6}$/);
  });
});

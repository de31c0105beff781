import { describe, expect, it } from 'vitest';
import { CorpusParser, PaperRegistry, parseCorpus } from '../../../../src/core/corpus';

/*
 * Damaged and awkward exports, written by hand (not taken from real files): what a user's file
 * may look like after a cut-short download, a re-save in another tool or a copy from a web page.
 */
const ris = (title: string, abstract: string, extra = ''): string =>
  `TY  - JOUR\nTI  - ${title}\nAB  - ${abstract}\n${extra}ER  - \n\n`;

describe('hostile RIS', () => {
  it('skips a record the file ends inside (no ER), says so, keeps the others and counts it', () => {
    const text = `${ris('One', 'First abstract.')}TY  - JOUR\nTI  - Two\nAB  - An abstract cut in the mid`;
    const { papers, warnings, tally } = parseCorpus(text, { fileName: 'cut.ris' });
    expect(papers.map((p) => p.title)).toEqual(['One']);
    expect(warnings).toEqual([
      {
        file: 'cut.ris',
        line: 6,
        message: 'the file ends inside the record starting here (no "ER" line): the export looks cut short; record skipped',
      },
    ]);
    expect(tally).toEqual({ records: 2, skipped: { 'truncated record': 1 }, duplicates: 0 });
  });

  it('keeps a record whose ER is missing when the next record plainly starts, with a warning', () => {
    const text = `TY  - JOUR\nTI  - One\nAB  - First.\n\nTY  - JOUR\nTI  - Two\nAB  - Second.\nER  - \n`;
    const { papers, warnings } = parseCorpus(text, { fileName: 'no-er.ris' });
    expect(papers.map((p) => [p.title, p.line])).toEqual([
      ['One', 1],
      ['Two', 5],
    ]);
    expect(warnings).toEqual([
      { file: 'no-er.ris', line: 1, message: 'record has no "ER" line before the next record (line 5); read up to there' },
    ]);
  });

  it('joins an abstract wrapped over several untagged lines', () => {
    const { papers } = parseCorpus('TY  - JOUR\nTI  - T\nAB  - A first line\nthat goes on\n  and on.\nER  -\n', {
      fileName: 'w.ris',
    });
    expect(papers[0].abstract).toBe('A first line that goes on and on.');
  });

  it('reads a BOM and CRLF line ends, cut anywhere, like the plain file', () => {
    const text = ris('One', 'First.') + ris('Two', 'Second.');
    const plain = parseCorpus(text, { fileName: 'a.ris' }).papers;
    const parser = new CorpusParser({ fileName: 'a.ris' });
    const crlf = `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    for (let i = 0; i < crlf.length; i += 3) parser.push(crlf.slice(i, i + 3));
    expect(parser.end().papers).toEqual(plain);
  });

  it('warns about a file in another encoding (Latin-1 bytes read as UTF-8) and still reads it', () => {
    const bytes = Buffer.from(ris('Caf\u00e9 studies', 'Na\u00efve abstract.'), 'latin1');
    const text = new TextDecoder('utf-8').decode(bytes);
    const { papers, warnings } = parseCorpus(text, { fileName: 'latin1.ris' });
    expect(papers[0].title).toBe('Caf\uFFFD studies');
    expect(warnings).toContainEqual({
      file: 'latin1.ris',
      line: 2,
      message: '2 character(s) could not be decoded as UTF-8 and show as "\uFFFD"; save the file as UTF-8',
    });
  });

  it('reads a 10 MB abstract intact, fed in 1 MB pieces', () => {
    const abstract = 'Graph neural networks learn molecular representations. '.repeat(190_000);
    expect(abstract.length).toBeGreaterThan(10_000_000);
    const text = ris('Huge', abstract) + ris('Small', 'A small one.');
    const parser = new CorpusParser({ fileName: 'huge.ris' });
    for (let i = 0; i < text.length; i += 1 << 20) parser.push(text.slice(i, i + (1 << 20)));
    const { papers } = parser.end();
    expect(papers.map((p) => p.title)).toEqual(['Huge', 'Small']);
    expect(papers[0].abstract).toBe(abstract.trim());
  });

  it('refuses an explicit --format ris file with no record, naming what a record starts with', () => {
    expect(() => parseCorpus('title,abstract\nA,B\n', { fileName: 'x.csv', format: 'ris' })).toThrow(
      'x.csv: no RIS records found (a record starts with a "TY" line)',
    );
  });

  it('reports a few stray lines outside records, then only counts them', () => {
    const stray = 'junk\n'.repeat(5);
    const { papers, warnings } = parseCorpus(`${ris('One', 'A.')}${stray}`, { fileName: 's.ris' });
    expect(papers).toHaveLength(1);
    expect(warnings.map((w) => w.line)).toEqual([6, 7, 8, undefined]);
    expect(warnings[3].message).toBe('2 more line(s) outside RIS records ignored');
  });
});

describe('hostile Web of Science, MEDLINE and Atom files', () => {
  it('skips a Web of Science record cut short before ER', () => {
    const text = 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI One\nAB First.\nER\n\nPT J\nTI Two\nAB Sec';
    const { papers, tally } = parseCorpus(text, { fileName: 'savedrecs.txt' });
    expect(papers.map((p) => p.title)).toEqual(['One']);
    expect(tally?.skipped).toEqual({ 'truncated record': 1 });
  });

  it('ignores what follows EF', () => {
    const text = 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI One\nAB First.\nER\nEF\nstray text\n';
    const { papers, warnings } = parseCorpus(text, { fileName: 'savedrecs.txt' });
    expect(papers).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('refuses a tab-delimited Web of Science file without a TI column, naming the line', () => {
    expect(() => parseCorpus('PT\tAU\tAB\nJ\tX\tY\n', { fileName: 'w.txt', format: 'wos' })).toThrow(
      'w.txt:1: the header row of a Web of Science tab-delimited file needs a "TI" (title) column',
    );
  });

  it('skips an abstract-less MEDLINE record with a warning naming its line', () => {
    const text = 'PMID- 1\nTI  - Only a title.\n\nPMID- 2\nTI  - Kept.\nAB  - Has one.\n';
    const { papers, warnings } = parseCorpus(text, { fileName: 'p.nbib' });
    expect(papers.map((p) => p.id)).toEqual(['2']);
    expect(warnings).toEqual([{ file: 'p.nbib', line: 1, message: 'paper "Only a title." has an empty abstract; skipped' }]);
  });

  it('skips an Atom entry cut short, keeps the complete one', () => {
    const text =
      '<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><id>http://arxiv.org/abs/2101.00001v1</id><title>A</title><summary>B.</summary></entry>\n<entry><id>http://arxiv.org/abs/2101.00002v1</id><title>C</title><summ';
    const { papers, warnings } = parseCorpus(text, { fileName: 'q.atom' });
    expect(papers.map((p) => p.id)).toEqual(['2101.00001']);
    expect(warnings[0]).toEqual({
      file: 'q.atom',
      line: 3,
      message: 'the file ends inside this <entry> (no </entry>): the feed looks cut short; entry skipped',
    });
  });

  it('refuses XML that is not an Atom feed, and a PubMed XML file without articles', () => {
    expect(() => parseCorpus('<?xml version="1.0"?>\n<library><item/></library>\n', { fileName: 'l.xml' })).toThrow(
      'l.xml: not an Atom feed (no <feed> element)',
    );
    expect(() => parseCorpus('<?xml version="1.0"?>\n<PubmedArticleSet></PubmedArticleSet>\n', { fileName: 'p.xml' })).toThrow(
      'p.xml: the PubMed XML file has no <PubmedArticle> elements (no papers)',
    );
  });
});

describe('duplicates across sources', () => {
  it('keeps a paper once when two files of one build share its DOI, completing it from the second', () => {
    const registry = new PaperRegistry();
    const first = parseCorpus(ris('Graph networks', 'From RIS.', 'DO  - 10.1000/ABC\nPY  - 2020\n'), {
      fileName: 'a.ris',
      registry,
    });
    const csv =
      'Title,Abstract,DOI,Year,Author Keywords,EID\n"Graph Networks.","From Scopus.",10.1000/abc,2020,"graphs; networks",2-s2.0-1\n"Other","Other abstract.",10.1000/other,2021,,2-s2.0-2\n';
    const second = parseCorpus(csv, { fileName: 'b.csv', registry });
    expect(first.papers).toHaveLength(1);
    expect(first.papers[0]).toMatchObject({
      abstract: 'From RIS.',
      authorKeywords: ['graphs', 'networks'],
      sourceIds: { scopus: '2-s2.0-1' },
    });
    expect(second.papers.map((p) => p.title)).toEqual(['Other']);
    expect(second.tally).toEqual({ records: 2, skipped: {}, duplicates: 1 });
    expect(second.warnings).toEqual([
      {
        file: 'b.csv',
        line: 2,
        message: 'this record repeats a.ris line 1 (same DOI, or same title and year) and was merged into it',
      },
    ]);
  });

  it('merges the same title and year without DOIs, but not one title in two years or under two DOIs', () => {
    const text =
      ris('Deep Learning: A Review', 'One.', 'PY  - 2019\n') +
      ris('deep learning — a review.', 'Two.', 'PY  - 2019\n') +
      ris('Deep learning: a review', 'Three.', 'PY  - 2021\nDO  - 10.1000/a\n') +
      ris('Deep learning: a review', 'Four.', 'PY  - 2021\nDO  - 10.1000/b\n');
    const { papers, tally } = parseCorpus(text, { fileName: 'd.ris' });
    expect(papers.map((p) => p.abstract)).toEqual(['One.', 'Three.', 'Four.']);
    // Two papers under one title get distinct ids rather than a refused file.
    expect(papers[2].id).toBe(`${papers[1].id}-2`);
    expect(tally?.duplicates).toBe(1);
  });
});

describe('the same records twice, with nothing (DOI, year) to tell them by', () => {
  it('two days of the trending page pasted one after the other: each paper once, the repeats counted', async () => {
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(new URL('../../../../data/trending-papers.txt', import.meta.url), 'utf8');
    const once = parseCorpus(page, { fileName: 'today.txt' });
    const twice = parseCorpus(`${page}\n${page}`, { fileName: 'two-days.txt' });
    expect(twice.papers).toEqual(once.papers);
    expect(twice.tally?.duplicates).toBe(once.papers.length);
    expect(twice.warnings.at(-1)?.message).toMatch(
      /^97 records repeat papers read before \(same DOI, same title and year, or the same title and abstract\) and were merged into them; the first is this one, which repeats line \d+$/,
    );
  });

  it('one record again: merged, saying why; the same id with other text is still refused', () => {
    const a = '{"title": "Sparse attention", "abstract": "Sparse attention saves memory."}';
    const merged = parseCorpus(`${a}\n${a}\n`, { fileName: 'twice.jsonl' });
    expect(merged.papers).toHaveLength(1);
    expect(merged.warnings).toEqual([
      {
        file: 'twice.jsonl',
        line: 2,
        message: 'this record repeats line 1 (the same title and abstract) and was merged into it',
      },
    ]);
    const other = '{"title": "Sparse attention", "abstract": "Another text entirely."}';
    expect(() => parseCorpus(`${a}\n${other}\n`, { fileName: 'clash.jsonl' })).toThrow(/clash\.jsonl:2: duplicate id/);
  });
});

describe('a placeholder where the abstract should be, in a plain corpus too', () => {
  it('skips "[No abstract available]", "N/A" and a dash as abstract-less; a corpus of them is refused, saying so', () => {
    const rows = ['[No abstract available]', 'N/A', '-', 'Real text about sparse attention and memory.'].map(
      (abstract, i) => `"Paper ${i}","${abstract}"`,
    );
    const { papers, tally } = parseCorpus(`title,abstract\n${rows.join('\n')}\n`, { fileName: 'sheet.csv' });
    expect(papers.map((p) => p.title)).toEqual(['Paper 3']);
    expect(tally?.skipped).toEqual({ 'no abstract': 3 });
    const none = Array.from({ length: 5 }, (_, i) =>
      JSON.stringify({ title: `Paper ${i}`, abstract: '[No abstract available]' }),
    );
    expect(() => parseCorpus(`${none.join('\n')}\n`, { fileName: 'none.jsonl' })).toThrow(
      /^none\.jsonl: no papers with both a title and an abstract.*none of its 5 records has an abstract/,
    );
    // A real abstract that only starts so is kept whole.
    const kept = parseCorpus('title,abstract\n"A","N/A values are imputed by the mean of each column."\n', { fileName: 'k.csv' });
    expect(kept.papers[0].abstract).toBe('N/A values are imputed by the mean of each column.');
  });
});

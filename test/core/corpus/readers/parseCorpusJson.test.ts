import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusError, parseCorpus } from '../../../../src/core/corpus/parseCorpus';
import { cpuTime } from '../../../helpers/cpuTime';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)), 'utf8');

function corpusError(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected a CorpusError');
}

describe('JSON Lines', () => {
  const { papers, warnings } = parseCorpus(fixture('papers.jsonl'), { fileName: 'papers.jsonl' });

  it('reads ids, authors, years and urls, converting numbers and author strings', () => {
    expect(papers[0]).toEqual({
      id: 'p1',
      title: 'Attention Is All You Need',
      abstract: 'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.',
      authors: ['Ashish Vaswani', 'Noam Shazeer'],
      year: 2017,
      url: 'https://arxiv.org/abs/1706.03762',
      line: 1,
      // The arXiv id in the link is kept for the link back.
      sourceIds: { arxiv: '1706.03762' },
    });
    expect(papers[1]).toMatchObject({
      id: '42',
      title: 'Deep Residual Learning',
      abstract: 'Deeper neural networks are more difficult to train. We present a residual learning framework.',
      authors: ['Kaiming He and Xiangyu Zhang', 'Shaoqing Ren'],
      year: 2016,
      line: 3,
    });
    expect(papers[2]).toMatchObject({ title: 'A Paper Without an Id', url: 'https://doi.org/10.1000/xyz123', line: 4 });
    expect(papers[2].id).toMatch(/^a-paper-without-an-id-[0-9a-f]{6}$/);
  });

  it('skips papers with an empty title or abstract, with a warning naming file, line and field', () => {
    expect(papers).toHaveLength(3);
    expect(warnings).toEqual([
      { file: 'papers.jsonl', line: 5, message: 'paper "p4" has an empty title; skipped' },
      { file: 'papers.jsonl', line: 6, message: 'paper "A title whose abstract is missing" has an empty abstract; skipped' },
    ]);
  });

  it('names the malformed line', () => {
    const error = corpusError(() => parseCorpus(fixture('malformed.jsonl'), { fileName: 'bad.jsonl' }));
    expect(error.file).toBe('bad.jsonl');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^bad\.jsonl:4: malformed JSON \(column \d+\): /);
  });

  it('skips, with a warning, a malformed last line with no line break after it (a file cut short), but not one with', () => {
    const good = '{"title": "One", "abstract": "First."}\n';
    const cut = `${good}{"title": "Two", "abstract": "Sec`;
    const { papers, warnings, tally } = parseCorpus(cut, { fileName: 'cut.jsonl' });
    expect(papers.map((p) => p.title)).toEqual(['One']);
    expect(warnings).toEqual([
      {
        file: 'cut.jsonl',
        line: 2,
        message:
          'the file ends inside this line (malformed JSON at column 34, no line break): the file looks cut short; record skipped',
      },
    ]);
    expect(tally?.skipped).toEqual({ 'truncated record': 1 });
    expect(() => parseCorpus(`${cut}\n`, { fileName: 'cut.jsonl' })).toThrow(/^cut\.jsonl:2: malformed JSON/);
  });

  it('refuses a line that is not an object', () => {
    const error = corpusError(() => parseCorpus('{"title": "a", "abstract": "b"}\n"just a string"\n', { fileName: 'x.jsonl' }));
    expect(error.message).toBe('x.jsonl:2: expected a JSON object with "title" and "abstract", found a string');
  });

  it('reports duplicate ids with both lines', () => {
    const text =
      '{"id":"abc","title":"One","abstract":"A."}\n{"id":"b","title":"Two","abstract":"B."}\n\n\n{"id":"abc","title":"Three","abstract":"C."}\n';
    expect(() => parseCorpus(text, { fileName: 'x.jsonl' })).toThrow('x.jsonl:5: duplicate id "abc" (also on line 1)');
  });

  it('treats two identical titles without ids as duplicate ids', () => {
    const text = '{"title":"Same Title","abstract":"A."}\n{"title":"Same  Title ","abstract":"B."}\n';
    expect(() => parseCorpus(text, { fileName: 'x.jsonl' })).toThrow(
      /^x\.jsonl:2: duplicate id "same-title-[0-9a-f]{6}" \(also on line 1\)$/,
    );
  });

  it('throws when no paper has both fields', () => {
    const text = '{"title":"","abstract":"A."}\n{"title":"T","abstract":"  "}\n';
    expect(() => parseCorpus(text, { fileName: 'none.jsonl' })).toThrow(
      'none.jsonl: no papers with both a title and an abstract',
    );
  });

  it('reads a JSON array named .jsonl as JSON, with a warning', () => {
    const result = parseCorpus(fixture('papers.json'), { fileName: 'array.jsonl' });
    expect(result.papers).toHaveLength(2);
    expect(result.warnings[0]).toEqual({
      file: 'array.jsonl',
      message: 'the file is a JSON array, not JSON Lines; read as JSON',
    });
  });

  it('keeps a 1 MB abstract intact and parses it quickly', () => {
    const sentence = 'Ein sehr langer Abstract mit Umlauten: äöü, und Zeichen wie "Anführungszeichen". ';
    const abstract = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).trim();
    const text = `${JSON.stringify({ id: 'long', title: 'Long', abstract })}\n${JSON.stringify({ id: 'short', title: 'Short', abstract: 'x' })}\n`;
    const result = parseCorpus(text, { fileName: 'long.jsonl' });
    // As fast as the same text as a thousand ordinary abstracts (ratio 10; a quadratic scan would be ~1000x).
    const ordinary = abstract
      .match(/.{1,1000}/gs)!
      .map((a, i) => JSON.stringify({ id: `p${i}`, title: `T${i}`, abstract: a }))
      .join('\n');
    const baseline = cpuTime(() => parseCorpus(ordinary, { fileName: 'ordinary.jsonl' }));
    expect(cpuTime(() => parseCorpus(text, { fileName: 'long.jsonl' }))).toBeLessThan(10 * baseline);
    expect(result.papers[0].abstract).toBe(abstract);
    expect(result.papers[0].abstract.length).toBeGreaterThanOrEqual(1_000_000);
  });

  it('parses 100,000 papers (about 100 MB) in linear time', () => {
    const filler = 'word '.repeat(190);
    const corpus = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        JSON.stringify({ id: `p${i}`, title: `Paper number ${i}`, abstract: `Abstract ${i}: ${filler}` }),
      ).join('\n');
    const small = corpus(10_000);
    const text = corpus(100_000);
    expect(text.length).toBeGreaterThan(95_000_000);
    // CPU time, not wall time, as a ratio to a tenth of the corpus parsed in the same test: ten
    // times the papers may cost ten times the work (30 with slack for collections), while a
    // quadratic step would cost a hundred times.
    const baseline = cpuTime(() => parseCorpus(small, { fileName: 'small.jsonl' }), 3);
    let result: ReturnType<typeof parseCorpus> | undefined;
    const big = cpuTime(() => {
      result = parseCorpus(text, { fileName: 'big.jsonl' });
    }, 1);
    expect(result?.papers).toHaveLength(100_000);
    expect(result?.papers[99_999]).toMatchObject({ id: 'p99999', line: 100_000 });
    expect(big).toBeLessThan(30 * baseline);
  });
});

describe('JSON documents', () => {
  it('reads an array of objects, with the line where each record starts', () => {
    const { papers, warnings } = parseCorpus(fixture('papers.json'), { fileName: 'papers.json' });
    expect(papers.map((p) => [p.id, p.line])).toEqual([
      ['a', 2],
      [papers[1].id, 7],
    ]);
    expect(papers[1].abstract).toBe('Second abstract with a "quoted [bracket" and a brace }.');
    expect(papers[1].authors).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(warnings).toEqual([{ file: 'papers.json', line: 12, message: 'paper "Third Paper" has an empty abstract; skipped' }]);
  });

  it('reads an object with a "papers" array', () => {
    const { papers } = parseCorpus(fixture('papers-object.json'), { fileName: 'wrapped.json' });
    expect(papers.map((p) => [p.id, p.line])).toEqual([
      ['x1', 5],
      ['x2', 6],
    ]);
  });

  it('names the line of a syntax error from the position in the engine message', () => {
    const error = corpusError(() => parseCorpus(fixture('missing-comma.json'), { fileName: 'm.json' }));
    expect(error.line).toBe(3);
    expect(error.message).toBe("m.json:3: malformed JSON (column 3): Expected ',' or ']' after array element");
  });

  it('names the line of a trailing comma, whose engine message has no position', () => {
    const error = corpusError(() => parseCorpus(fixture('trailing-comma.json'), { fileName: 't.json' }));
    expect(error.line).toBe(4);
    expect(error.message).toBe("t.json:4: malformed JSON (column 1): Unexpected token ']' (JSON allows no comma before it)");
  });

  it('says so when the text ends early', () => {
    const error = corpusError(() => parseCorpus('[\n{"title": "a",\n', { fileName: 'cut.json' }));
    expect(error.message).toMatch(
      /^cut\.json:3: malformed JSON .*; the file ends there, before the JSON does: it looks cut short$/,
    );
    // A mistake inside the text is not called a cut.
    const inside = corpusError(() => parseCorpus(fixture('missing-comma.json'), { fileName: 'm.json' }));
    expect(inside.message).not.toContain('cut short');
  });

  it('refuses JSON that is not an array of objects', () => {
    expect(() => parseCorpus('{"title": "a", "abstract": "b"}', { fileName: 'o.json' })).toThrow(
      'o.json: expected a JSON array of papers (or an object with a "papers" array), found an object without a list of papers ' +
        '("papers", or "results", "message"."items", "data" or "resultList"."result" as OpenAlex, Crossref, Semantic Scholar and Europe PMC write it)',
    );
    expect(() => parseCorpus('42', { fileName: 'n.json' })).toThrow('n.json: expected a JSON array of papers');
    expect(() => parseCorpus('[\n{"title": "a", "abstract": "b"},\n["x"]\n]', { fileName: 'a.json' })).toThrow(
      'a.json:3: paper 2 of the array is an array, not an object',
    );
  });

  it('reads one-object-a-line text named .json as JSON Lines, with a warning', () => {
    const result = parseCorpus(fixture('papers.jsonl'), { fileName: 'lines.json' });
    expect(result.papers).toHaveLength(3);
    expect(result.warnings[0].message).toBe('the file holds one JSON object a line; read as JSON Lines');
  });
});

describe('non-Latin text', () => {
  it('keeps Chinese, Arabic, Greek, accented and astral text byte for byte', () => {
    const text = fixture('non-latin.jsonl');
    const expected = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; title: string; abstract: string });
    const { papers } = parseCorpus(text, { fileName: 'non-latin.jsonl' });
    expect(papers).toHaveLength(expected.length);
    papers.forEach((paper, i) => {
      expect(paper.id).toBe(expected[i].id);
      expect(Buffer.from(paper.title, 'utf8').equals(Buffer.from(expected[i].title, 'utf8'))).toBe(true);
      expect(Buffer.from(paper.abstract, 'utf8').equals(Buffer.from(expected[i].abstract, 'utf8'))).toBe(true);
    });
  });

  it('normalises decomposed accents to NFC and nothing else', () => {
    const decomposed = 'Cafe\u0301 na\u0131\u0308ve';
    const { papers } = parseCorpus(JSON.stringify({ title: decomposed, abstract: 'x' }), { fileName: 'nfd.jsonl' });
    expect(papers[0].title).toBe(decomposed.normalize('NFC'));
    expect(papers[0].title).toBe('Café naı̈ve');
  });

  it('gives titles without ASCII letters a "paper-" id', () => {
    const { papers } = parseCorpus(fixture('non-latin.jsonl').replace(/"id": "[a-z]+", /g, ''), { fileName: 'n.jsonl' });
    expect(papers[0].id).toMatch(/^paper-[0-9a-f]{6}$/);
    expect(papers[2].id).toMatch(/^paper-[0-9a-f]{6}$/);
    expect(papers[3].id).toMatch(/^etude-de-l-oeuvre-de-godel-naivete-facade-senor-strasse-[0-9a-f]{6}$/);
    expect(new Set(papers.map((p) => p.id)).size).toBe(papers.length);
  });
});

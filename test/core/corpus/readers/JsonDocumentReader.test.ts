import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../../../src/core/corpus/CorpusError';
import { CorpusParser } from '../../../../src/core/corpus/CorpusParser';
import type { RawPaper } from '../../../../src/core/corpus/RawPaper';
import { JsonDocumentReader } from '../../../../src/core/corpus/readers/JsonDocumentReader';
import { parseJsonCorpus } from '../../../../src/core/corpus/readers/parseJsonCorpus';
import type { CorpusWarning } from '../../../../src/core/map';
import { withoutNormalizedMark } from '../../../helpers/rawPapers';

/*
 * JsonDocumentReader hands the paper of each OpenAlex work on as the work is read, not at the
 * document's end. What it gives must still be what JSON.parse of the whole text gives
 * (parseJsonCorpus with `openAlex: false`), or a CorpusError when the papers handed on could no
 * longer be what JSON.parse gives (a second list of works).
 */
const fixture = (path: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/${path}`, import.meta.url)), 'utf8');

/** Works from the real OpenAlex export, as many as asked, each with an id, DOI and title of its own. */
const real = fixture('exports/openalex.jsonl')
  .split('\n')
  .filter((line) => line.trim() !== '');
const works = (count: number, from = 0): string[] =>
  Array.from({ length: count }, (_, k) => {
    const n = from + k;
    return real[n % real.length]
      .replace(/openalex\.org\/W\d+/, `openalex.org/W${9000 + n}`)
      .replace(/"title":"/, `"doi":"https://doi.org/10.1/w${n}","title":"Work ${n}: `);
  });

/** A reader whose sink records what it is given, and when. */
function recordingReader() {
  const papers: RawPaper[] = [];
  const warnings: CorpusWarning[] = [];
  const reader = new JsonDocumentReader('works.json', {
    paper: (paper) => papers.push(paper),
    warning: (warning) => warnings.push(warning),
  });
  return { reader, papers, warnings };
}

/** What the reader gives for the text fed in pieces of `size`, and how many papers it gave before `end`. */
function readInPieces(text: string, size: number) {
  const { reader, papers, warnings } = recordingReader();
  for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
  const beforeEnd = papers.length;
  reader.end();
  return { records: papers.map(withoutNormalizedMark), warnings, beforeEnd };
}

function corpusError(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorpusError) return error;
    throw error;
  }
  throw new Error('expected a CorpusError');
}

const SIZES = [1, 37, 1000, 1 << 20];

describe('JsonDocumentReader: OpenAlex works handed on as they are read', () => {
  it('gives each paper before the document ends', () => {
    // 600 works, about 180 kB: only the works in the last 16 kB of the text so far wait for what follows.
    const list = works(600);
    const text = `{"meta":{"count":600},\n"results":[\n${list.join(',\n')}\n],"group_by":[]}`;
    const { reader, papers } = recordingReader();
    const half = text.indexOf(list[300]);
    for (let i = 0; i < half; i += 1000) reader.push(text.slice(i, Math.min(i + 1000, half)));
    // The first half's papers, in order, save those in its last 16 kB.
    expect(papers.length).toBeGreaterThan(100);
    expect(papers.map((p) => p.line)).toEqual(papers.map((_, k) => k + 3));
    reader.push(text.slice(half, text.length - 2));
    expect(papers.length).toBeGreaterThan(400);
    reader.push(text.slice(text.length - 2));
    reader.end();
    expect(papers.length).toBe(600);
    expect({ records: papers.map(withoutNormalizedMark), warnings: [] }).toEqual(
      parseJsonCorpus(text, 'works.json', { openAlex: false }),
    );
  });

  it("writes each work's abstract as the full path does, in pieces of every size, lines and warnings included", () => {
    // A document's ASCII abstracts are written as bytes and decoded once (IndexScratch.asciiText);
    // any other word makes them joined from strings. Either must give JSON.parse's abstract,
    // wherever the pieces cut the text: in a work read in place, in the window joined at a cut.
    const index = (body: string, n: number): string =>
      works(1, n)[0].replace(/"abstract_inverted_index":\{[^}]*\}/, `"abstract_inverted_index":{${body}}`);
    const bodies = [
      '"We":[0],"study":[1],"graphs":[2,4],"and":[3]',
      '"c":[7,2],"a":[0],"b":[5,1]',
      '"a":[0],"":[1],"b":[2]',
      '"":[0],"b":[1],"c":[3]',
      '"b":[0],"":[2]',
      '"Aa":[0],"BB":[1]',
      '"W\\u0065":[0],"x":[1]',
      '"say \\"hi\\"":[0],"x":[1]',
      '"a":[0],"b":[1],"\u00fcber":[2]',
      '"a":[0],"\u4e2d\u6587":[1]',
      '"a":[0],"b":[1],"a":[2]',
      '"a":[0],"b":[0]',
      `"w":[${Array.from({ length: 500 }, (_, k) => k).join(',')}]`,
      Array.from({ length: 3000 }, (_, k) => `"word${k}xxxxxxxxxxxxxxxxxxxx":[${k}]`).join(','),
    ];
    const list = bodies.map((body, n) => index(body, n));
    for (const [n, work] of list.entries()) expect(work, `work ${n}`).not.toBe(works(1, n)[0]);
    const text = `{"meta":{"count":${list.length}},\n"results":[\n${list.join(',\n')}\n],"group_by":[]}`;
    const expected = parseJsonCorpus(text, 'works.json', { openAlex: false });
    expect(expected.records).toHaveLength(list.length);
    expect(expected.records[1].abstract).toBe('a b c b c');
    expect(expected.records[3].abstract).toBe('b c');
    const sizes = [...Array.from({ length: 40 }, (_, k) => k + 1), 64, 333, 1000, 4096, 65_536, text.length];
    for (const size of sizes) {
      const got = readInPieces(text, size);
      expect({ records: got.records, warnings: got.warnings }, `pieces of ${size}`).toEqual(expected);
    }
  });

  it('gives what JSON.parse gives when the scan stops after papers were handed on', () => {
    const plain = '{"title":"A plain paper","abstract":"Not an OpenAlex work.","year":"1999"}';
    const withoutIndex = JSON.stringify({ ...JSON.parse(works(1, 400)[0]), abstract_inverted_index: undefined });
    const deep = works(1, 500)[0].replace('{"id"', `{"x":${'['.repeat(40)}1${']'.repeat(40)},"id"`);
    // 150 works (about 45 kB) first, so that some go on before the reader meets what stops the scan.
    const first = works(150);
    const documents: Record<string, string> = {
      'a plain paper among works': `[\n${[...first, plain, ...works(2, 150)].join(',\n')}\n]`,
      'a work without an inverted index': `{"results":[\n${[...first, withoutIndex, ...works(2, 150)].join(',\n')}\n]}`,
      'a work nested deeper than the scan goes': `{"results":[\n${[...first, deep, ...works(2, 150)].join(',\n')}\n]}`,
      '"papers" after the works, not a list': `{"results":[\n${first.join(',\n')}\n],"papers":null}`,
      'an empty "results", then the works': `{"results":[],\n"results":[\n${first.join(',\n')}\n]}`,
    };
    for (const [name, text] of Object.entries(documents)) {
      const expected = parseJsonCorpus(text, 'works.json', { openAlex: false });
      expect(expected.records.length, name).toBeGreaterThan(3);
      for (const size of SIZES) {
        const got = readInPieces(text, size);
        expect({ records: got.records, warnings: got.warnings }, `${name}, pieces of ${size}`).toEqual(expected);
        // The works before the one the scan stopped at went on as they were read.
        if (size < text.length) expect(got.beforeEnd, name).toBeGreaterThan(0);
      }
    }
  });

  it('gives the error JSON.parse gives, after papers were handed on', () => {
    const documents: Record<string, string> = {
      'cut short': `{"results":[\n${works(4).join(',\n')},\n{"id":"https://openalex.org/W1","title":"Cut`,
      'a bad character': `[\n${works(4).join(',\n')}\n,]`,
      'a number among works': `[\n${works(3).join(',\n')},\n3,\n${works(1, 3)}\n]`,
    };
    for (const [name, text] of Object.entries(documents)) {
      const expected = corpusError(() => parseJsonCorpus(text, 'works.json', { openAlex: false }));
      for (const size of SIZES) {
        const error = corpusError(() => readInPieces(text, size));
        expect([error.message, error.line], `${name}, pieces of ${size}`).toEqual([expected.message, expected.line]);
      }
    }
  });

  it('refuses a document in which JSON.parse keeps another list than the works handed on', () => {
    const first = works(2);
    const refused: Record<string, string> = {
      'a second "results"': `{"meta":{},\n"results":[\n${first.join(',\n')}\n],\n"results":[\n${works(1, 2)}\n]}`,
      'an empty second "results"': `{"meta":{},\n"results":[\n${first.join(',\n')}\n],\n"results":[]}`,
      '"papers" after the works': `{"meta":{},\n"results":[\n${first.join(',\n')}\n],\n"papers":[{"title":"T","abstract":"A"}]}`,
    };
    for (const [name, text] of Object.entries(refused)) {
      // JSON.parse reads it, as another list than the works of the first "results".
      const full = parseJsonCorpus(text, 'works.json', { openAlex: false });
      expect(
        full.records.map((r) => r.title),
        name,
      ).not.toEqual(['Work 0: The state of OA', 'Work 1: Open citations at scale']);
      for (const size of SIZES) {
        const error = corpusError(() => readInPieces(text, size));
        expect(error.line, name).toBe(3);
        expect(error.problem, name).toMatch(/^a second list of works: .* save the document with one list$/);
      }
      // The same through CorpusParser: an error naming the file and the line, never other papers.
      const parser = new CorpusParser({ fileName: 'works.json' });
      parser.push(text);
      expect(() => parser.end(), name).toThrow(/^works\.json:3: a second list of works/);
    }
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusParser } from '../../../src/core/corpus/CorpusParser';
import { chooseFormat, startSettles } from '../../../src/core/corpus/chooseFormat';
import { TextHash, hashText } from '../../../src/core/util';
import { LineSplitter } from '../../../src/core/corpus/readers/LineSplitter';
import { parseCorpus } from '../../../src/core/corpus/parseCorpus';
import type { CorpusFormat } from '../../../src/core/map';
import { cpuTime } from '../../helpers/cpuTime';
import { detectFormat as detectFormatOf } from '../../../src/core/corpus/detectFormat';

const FIXTURES = new URL('../../fixtures/corpus/', import.meta.url);

/** What parsing gives, errors included, as one comparable string. */
function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (error) {
    return `error: ${(error as Error).message} (line ${String((error as { line?: number }).line)})`;
  }
}

/** The text fed in pieces of the given sizes, in turn. */
function parseInPieces(text: string, fileName: string, sizes: number[], format?: CorpusFormat) {
  const parser = new CorpusParser({ fileName, format });
  for (let i = 0, k = 0; i < text.length; k++) {
    const size = sizes[k % sizes.length];
    parser.push(text.slice(i, i + size));
    i += size;
  }
  return parser.end();
}

const paper = (id: string, title = `Title ${id}`) =>
  JSON.stringify({ id, title, abstract: `Abstract of ${id}. It has two sentences.` });

/** A one-line JSON document of 100 kB: past MIN_DECIDE, so its format waits on its start (startSettles). */
const longDocument = `{"meta":{"count":40},"results":[${Array.from({ length: 40 }, (_, i) =>
  JSON.stringify({ id: `w${i}`, title: `Title ${i}`, abstract: `Abstract ${i}. ${'word '.repeat(500)}` }),
).join(',')}]}`;

/** Edge cases for cuts: line ends, quotes, checks on the whole file, formats told by content. */
const CASES: [string, string][] = [
  ['bad-line.jsonl', `${paper('a')}\n{bad json\n${paper('b')}\n`],
  ['nul-at-end.jsonl', `${paper('a')}\n{bad json\n\u0000`],
  ['dup-then-bad.jsonl', `${paper('a')}\n${paper('a')}\n${paper('b')}\n{oops}\n`],
  ['dup.jsonl', `${paper('a')}\r\n\r\n${paper('b')}\r\n${paper('a')}`],
  ['replacement.jsonl', `\uFEFF${paper('a')}\n${paper('b', 'Ti\uFFFDtle')}\n`],
  ['array.jsonl', `  \n [${paper('a')},${paper('b')}]`],
  ['lines.json', `${paper('a')}\n${paper('b')}\n`],
  ['one-object.json', paper('a')],
  ['no-extension-lines', ` \n${paper('a')}\n${paper('b')}`],
  ['no-extension-csv', `${'x'.repeat(1500)}\ntitle,abstract\n`],
  ['no-extension-tsv', 'id\ttitle\tabstract\n1\tA title\tAn abstract.\n'],
  ['whitespace.csv', '  \n\t '],
  ['binary.txt', '\u0001\u0002\u0003abc\u0004\u0005'.repeat(100)],
  ['nul-in-text.jsonl', `${paper('a', 'Ti\u0000tle')}\n${paper('b')}\n${paper('c', '\u0000T\u0000')}\n`.repeat(3)],
  ['unclosed.csv', 'id,title,abstract\n1,a,b\n1,c,d\n2,"e\n'],
  ['quotes.csv', 'title;abstract\r\n"a ""q"" b";"long\r\nabstract"\r\n\r\nT2;A2\rT3;A3\n"T4" ;"A4"\n'],
  [
    'trending.txt',
    'Get trending papers in your email inbox!\r\nSubscribeTitle one\r\nAbstract one. It is long enough. Really it is.\r\r' +
      'Title two\rTitle three\nShort abstract.\n\nOrphan. Abstract text here. More text.\n',
  ],
  ['long-one-line.json', longDocument],
  ['long-one-line-then-blank.json', `${longDocument}\n \n`],
  ['long-one-line-no-extension', longDocument],
  ['long-first-line.json', `${longDocument}\n${paper('z')}\n`],
  ['long-first-line-late.json', `${longDocument}\n${' '.repeat(70_000)}\n${paper('z')}`],
  ['long-one-line.ciw', `PT J ${'x'.repeat(70_000)}\tTI`],
  ['long-one-line.txt', `{${'x'.repeat(70_000)}`],
  ['long-one-line.xml', `<feed>${'x'.repeat(70_000)}`],
];

describe('CorpusParser: text in pieces gives what the whole text gives', () => {
  const fixtures = readdirSync(FIXTURES).map((name): [string, string] => [name, readFileSync(new URL(name, FIXTURES), 'utf8')]);

  it.each([...fixtures, ...CASES])('%s', (name, text) => {
    const whole = outcome(() => parseCorpus(text, { fileName: name }));
    for (const sizes of [[1], [2, 3, 5], [100, 1, 13], [4096]]) {
      expect(
        outcome(() => parseInPieces(text, name, sizes)),
        `pieces of ${sizes.join(', ')}`,
      ).toBe(whole);
    }
    for (const format of ['trending', 'jsonl', 'json', 'csv', 'bibtex'] as const) {
      const wholeAs = outcome(() => parseCorpus(text, { fileName: name, format }));
      expect(
        outcome(() => parseInPieces(text, name, [3, 50], format)),
        `as ${format}`,
      ).toBe(wholeAs);
    }
  });

  it('gives the same with the noNul hint a UTF-8 caller gives (true for exactly the pieces without NUL)', () => {
    for (const [name, text] of CASES) {
      for (const size of [1, 7, 4096]) {
        const parser = new CorpusParser({ fileName: name });
        const hinted = outcome(() => {
          for (let i = 0; i < text.length; i += size) {
            const piece = text.slice(i, i + size);
            parser.push(piece, { noNul: !piece.includes('\u0000') });
          }
          return parser.end();
        });
        expect(hinted, `${name} in pieces of ${size}`).toBe(outcome(() => parseInPieces(text, name, [size])));
      }
    }
  });

  it('reports the first problem in file order whatever comes later, and the whole-file checks first', () => {
    const parse = (name: string, text: string) => outcome(() => parseInPieces(text, name, [7]));
    expect(parse('bad-line.jsonl', CASES[0][1])).toBe(
      `error: bad-line.jsonl:2: malformed JSON (column 2): Expected property name or '}' (line 2)`,
    );
    // A NUL after a malformed line: the file is binary, whatever its lines say.
    expect(parse('nul-at-end.jsonl', CASES[1][1])).toBe(
      'error: nul-at-end.jsonl: binary file, not a text corpus (line undefined)',
    );
    // A malformed line after a duplicate id: the format error comes first, as when parsed whole.
    expect(parse('dup-then-bad.jsonl', CASES[2][1])).toMatch(/^error: dup-then-bad\.jsonl:4: malformed JSON/);
    expect(parse('unclosed.csv', CASES.find(([name]) => name === 'unclosed.csv')![1])).toBe(
      'error: unclosed.csv:4: a quoted field is never closed (a " is missing) (line 4)',
    );
  });

  it('reads a CSV row with a quoted field of a megabyte, fed in small pieces, in linear time', () => {
    const long = 'word, "quoted" and more; '.repeat(40_000);
    const text = `title,abstract\nA,"${long.replace(/"/g, '""')}"\nB,short\n`;
    const { papers } = parseInPieces(text, 'long.csv', [1000]);
    // As fast as the same text as 1,000 ordinary rows (ratio 10; rescanning the field per piece would be ~1000x).
    const piece = 'word, "quoted" and more; '.repeat(40).replace(/"/g, '""');
    const ordinary = `title,abstract\n${Array.from({ length: 1000 }, (_, i) => `T${i},"${piece}"`).join('\n')}\n`;
    const baseline = cpuTime(() => parseInPieces(ordinary, 'ordinary.csv', [1000]));
    expect(cpuTime(() => parseInPieces(text, 'long.csv', [1000]))).toBeLessThan(10 * baseline);
    expect(papers.map((p) => p.title)).toEqual(['A', 'B']);
    expect(papers[0].abstract).toBe(long.trim());
  });
});

describe('startSettles: a long start without a line break decides the format alone', () => {
  it('gives the answer of the whole text for any longer text without non-blank text after a break', () => {
    const starts = [
      '{"a":1',
      '[1',
      '<?xml ',
      '<feed ',
      'TY  - JOUR',
      '"About the data:',
      'PT\tTI',
      'PMID- 1',
      '@article{',
      'x',
      'FN Clarivate',
    ];
    const names = ['a.json', 'a.jsonl', 'a.txt', 'a.csv', 'a.ciw', 'a.xml', 'a', 'a.bib', 'a.ris'];
    const formats = [undefined, 'json', 'jsonl', 'csv', 'wos', 'openalex', 'arxiv', 'trending'] as const;
    let settled = 0;
    for (const start of starts)
      for (const lead of ['', '  '])
        for (const name of names)
          for (const explicit of formats)
            for (const length of [150, 1200, 5000, 9000]) {
              const named = detectFormatOf(name);
              const head = `${lead}${start}${'y'.repeat(length)}`;
              if (chooseFormat(head, explicit, named, false) !== undefined || !startSettles(head, explicit, named)) continue;
              settled++;
              for (const rest of ['z'.repeat(20_000), '\t'.repeat(10), ' \n  \r\n', '\n'])
                expect(chooseFormat(head + rest, explicit, named, false), `${start} ${name} ${explicit}`).toBeUndefined();
              for (const rest of ['', 'z'.repeat(20_000), '\tTI\tAB', '\n \n'])
                expect(chooseFormat(head + rest, explicit, named, true), `${start} ${name} ${explicit} ended`).toEqual(
                  chooseFormat(head, explicit, named, true),
                );
            }
    expect(settled).toBeGreaterThan(50);
  });
});

describe('LineSplitter', () => {
  const split = (pieces: string[], crBreaks: boolean): string[] => {
    const lines: string[] = [];
    const splitter = new LineSplitter(crBreaks, (line) => lines.push(line));
    for (const piece of pieces) splitter.push(piece);
    splitter.end();
    return lines;
  };

  it('cuts like String.split, with "\\r\\n" split between pieces counted once', () => {
    expect(split(['a\r', '\nb\rc', '\n', '\r\n', 'd'], true)).toEqual('a\r\nb\rc\n\r\nd'.split(/\r\n|\r|\n/));
    expect(split(['a\r', '\nb\rc', '\n', '\r\n', 'd'], false)).toEqual('a\r\nb\rc\n\r\nd'.split('\n'));
    expect(split(['lo', 'ng', ' line', '\n'], true)).toEqual(['long line', '']);
    expect(split([], true)).toEqual(['']);
  });
});

describe('TextHash', () => {
  it('gives the hash of the joined text, also with a surrogate pair cut between pieces', () => {
    const text = 'héllo 😀 wörld \ud83d';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(new TextHash().update(text.slice(0, cut)).update(text.slice(cut)).digest()).toBe(hashText(text));
    }
    expect(hashText('\ud83d')).toBe(hashText('\uFFFD'));
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
  });
});

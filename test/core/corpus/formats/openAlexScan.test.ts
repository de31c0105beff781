import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { built, parseOpenAlexLine, Unbuilt } from '../../../../src/core/corpus/formats/openAlexScan';
import { OpenAlexDocumentScan, parseOpenAlexDocument } from '../../../../src/core/corpus/formats/OpenAlexDocumentScan';
import { parseJsonCorpus } from '../../../../src/core/corpus/readers/parseJsonCorpus';
import { CorpusParser } from '../../../../src/core/corpus/CorpusParser';
import { PaperCollector } from '../../../../src/core/corpus/PaperCollector';
import { rawPaperFromJson } from '../../../../src/core/corpus/rawPaperFromJson';
import { parseCorpus } from '../../../../src/core/corpus';
import { PrebuiltAbstract } from '../../../../src/core/corpus/formats/openAlexAbstract';
import { withoutNormalizedMark } from '../../../helpers/rawPapers';

/*
 * openAlexScan.ts reads OpenAlex works without building what the reader does not use. Its
 * promise: the paper is the one the full JSON.parse path gives, or it gives undefined and the
 * full path runs. Checked here on every work of the fixtures and on hostile variants.
 */
const fixture = (path: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/${path}`, import.meta.url)), 'utf8');

/** The paper and warnings each path gives for one line. */
function bothPaths(line: string) {
  const full: string[] = [];
  const fast: string[] = [];
  const expected = rawPaperFromJson(JSON.parse(line) as Record<string, unknown>, 7, (m) => full.push(m));
  const work = parseOpenAlexLine(line);
  const got = work === undefined ? undefined : withoutNormalizedMark(rawPaperFromJson(work, 7, (m) => fast.push(m)));
  return { expected, got, full, fast };
}

const WORK = {
  id: 'https://openalex.org/W1',
  doi: 'https://doi.org/10.1/x',
  title: 'Deep <i>learning</i> of graphs',
  publication_year: 2020,
  publication_date: '2020-03-04',
  ids: { openalex: 'https://openalex.org/W1', pmid: 'https://pubmed.ncbi.nlm.nih.gov/123' },
  primary_location: { landing_page_url: 'https://arxiv.org/abs/2001.00001v2', source: { display_name: 'Venue', issn: ['1'] } },
  authorships: [
    { author: { display_name: 'Ada Lovelace', orcid: null }, institutions: [{ id: 'I1' }] },
    { raw_author_name: 'B. Raw' },
  ],
  concepts: [
    { display_name: 'Graphs', score: 0.7 },
    { display_name: 'Low', score: 0.2 },
  ],
  referenced_works: ['https://openalex.org/W2', 'https://openalex.org/W3'],
  abstract_inverted_index: { We: [0], study: [1], graphs: [2, 4], 'and\u00e9': [3] },
  counts_by_year: [{ year: 2021, cited_by_count: 3 }],
};
const line = JSON.stringify(WORK);

describe('the OpenAlex fast path', () => {
  it('takes the fast path on the fixtures and gives the same paper as JSON.parse', () => {
    const lines = [
      ...fixture('exports/openalex.jsonl').split('\n'),
      ...(JSON.parse(fixture('exports/openalex.json')) as { results: unknown[] }).results.map((w) => JSON.stringify(w)),
      line,
    ].filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) {
      const { expected, got, full, fast } = bothPaths(l.trim());
      expect(got).toBeDefined();
      expect(got).toEqual(expected);
      expect(fast).toEqual(full);
    }
  });

  it('leaves concepts unbuilt in the work until read, then gives what JSON.parse gives', () => {
    const work = parseOpenAlexLine(line);
    expect(work?.concepts).toBeInstanceOf(Unbuilt);
    expect(built(work?.concepts)).toEqual(WORK.concepts);
    // Read once: the same list again.
    expect(built(work?.concepts)).toBe(built(work?.concepts));
    expect(built('plain')).toBe('plain');
  });

  it('gives the same paper, or leaves it to JSON.parse, on hostile works', () => {
    const hostile: Record<string, string> = {
      'a word twice': line.replace('"study":[1]', '"study":[1],"We":[5]'),
      'two words at one position': line.replace('"study":[1]', '"study":[0]'),
      'a gap': line.replace('"study":[1]', '"study":[9]'),
      'a fractional position': line.replace('"study":[1]', '"study":[1.0]'),
      'an exponent position': line.replace('"study":[1]', '"study":[1e0]'),
      'a negative position': line.replace('"study":[1]', '"study":[-1]'),
      'a huge position': line.replace('"study":[1]', '"study":[99999999]'),
      'a string position': line.replace('"study":[1]', '"study":["1"]'),
      'an index that is a list': line.replace(/"abstract_inverted_index":\{[^}]*\}/, '"abstract_inverted_index":["a"]'),
      'a null index': line.replace(/"abstract_inverted_index":\{[^}]*\}/, '"abstract_inverted_index":null'),
      'an empty index': line.replace(/"abstract_inverted_index":\{[^}]*\}/, '"abstract_inverted_index":{}'),
      'escaped words and keys': line.replace('"We":[0]', '"W\\u0065":[0]').replace('"title"', '"ti\\u0074le"'),
      '__proto__ keys': line.replace('"We":[0]', '"__proto__":[0]').replace('"ids":', '"__proto__":{"pmid":"9"},"ids":'),
      'a duplicate title (the last wins)': line.replace('"doi":', '"title":"Second","doi":'),
      'a title that is an object': line.replace(/"title":"[^"]*"/, '"title":{"a":[1,{"b":null}]}'),
      'authorships nested in lists': line.replace('"authorships":[', '"authorships":[[{"author":{"display_name":"X"}}],'),
      'authorships that is an object': line.replace(
        /"authorships":\[.*?\]\]?,"concepts"/,
        '"authorships":{"author":{"display_name":"X"}},"concepts"',
      ),
      'keywords as strings and objects': line.replace('"concepts":', '"keywords":["a",{"display_name":"b"},3,null],"concepts":'),
      'spaces everywhere': JSON.stringify(WORK, null, 1).replace(/\n/g, ' '),
      'a quote in a skipped string': line.replace('org/W2"', 'org/W\\"2\\\\"'),
      'the key inside a string only': JSON.stringify({ title: 'a "abstract_inverted_index": {} b', abstract: 'x' }),
      'deep nesting in a skipped value': line.replace(
        '"counts_by_year":',
        `"deep":${'['.repeat(40)}${']'.repeat(40)},"counts_by_year":`,
      ),
      'a big number': line.replace('"publication_year":2020', '"publication_year":2020.5e1'),
      // The index is read into scratch space reused from work to work (openAlexScan.ts, IndexScratch).
      'a far position': line.replace('"study":[1]', '"study":[5000]'),
      'words with one hash': line.replace('"study":[1]', '"Aa":[1],"BB":[5]'),
      'the same word with one hash twice': line.replace('"study":[1]', '"Aa":[1],"BB":[5],"Aa":[6]'),
      'many words': line.replace('"study":[1]', Array.from({ length: 5000 }, (_, k) => `"w${k}":[${k + 5}]`).join(',')),
    };
    for (const [name, l] of Object.entries(hostile)) {
      expect(() => JSON.parse(l), name).not.toThrow();
      const { expected, got, full, fast } = bothPaths(l);
      if (got !== undefined) {
        expect(got, name).toEqual(expected);
        expect(fast, name).toEqual(full);
      }
    }
    // The plain variants stay on the fast path.
    for (const name of [
      'a gap',
      'a null index',
      'an empty index',
      'escaped words and keys',
      'spaces everywhere',
      'a quote in a skipped string',
      'a far position',
      'words with one hash',
    ])
      expect(parseOpenAlexLine(hostile[name]), name).toBeDefined();
  });

  it('rebuilds an abstract of ASCII words as the full path does (written as bytes), and of any other words', () => {
    // WORK's index holds "and\u00e9": the words are joined as strings. Without it, every word is
    // ASCII and the abstract is written as bytes and decoded (IndexScratch.asciiText).
    const ascii = line.replace('"and\u00e9":[3]', '"and":[3]');
    expect(ascii).not.toBe(line);
    const index = (body: string): string =>
      ascii.replace(/"abstract_inverted_index":\{[^}]*\}/, `"abstract_inverted_index":{${body}}`);
    const long = Array.from({ length: 3000 }, (_, k) => `"word${k}xxxxxxxxxxxxxxxxxxxx":[${k}]`).join(',');
    const variants: Record<string, string> = {
      ascii,
      'gaps and positions out of order': index('"c":[7,2],"a":[0],"b":[5,1]'),
      'one word at many positions': index(`"w":[${Array.from({ length: 500 }, (_, k) => k).join(',')}]`),
      'a word of one letter and an empty word': index('"a":[0],"":[1],"b":[2]'),
      'an empty word first': index('"":[0],"b":[1],"c":[3]'),
      'an empty word last': index('"b":[0],"":[2]'),
      'words with one hash': index('"Aa":[0],"BB":[1]'),
      'the same word with one hash twice': index('"Aa":[0],"BB":[1],"Aa":[2]'),
      'a word twice': index('"a":[0],"b":[1],"a":[2]'),
      'a word and its escaped spelling': index('"We":[0],"W\\u0065":[1]'),
      'an escaped ASCII word': index('"W\\u0065":[0],"x":[1]'),
      'an escaped quote': index('"say \\"hi\\"":[0],"x":[1]'),
      'a non-ASCII word last': index('"a":[0],"b":[1],"\u00fcber":[2]'),
      'a word outside Latin-1': index('"a":[0],"\u4e2d\u6587":[1]'),
      'a longer abstract than the scratch holds': index(long),
      'two words at one position': index('"a":[0],"b":[0]'),
    };
    for (const [name, l] of Object.entries(variants)) {
      expect(() => JSON.parse(l), name).not.toThrow();
      const { expected, got, full, fast } = bothPaths(l);
      if (got !== undefined) {
        expect(got, name).toEqual(expected);
        expect(fast, name).toEqual(full);
      }
    }
    for (const name of [
      'ascii',
      'gaps and positions out of order',
      'one word at many positions',
      'a word of one letter and an empty word',
      'an empty word first',
      'an empty word last',
      'words with one hash',
      'an escaped ASCII word',
      'an escaped quote',
      'a non-ASCII word last',
      'a word outside Latin-1',
      'a longer abstract than the scratch holds',
    ])
      expect(parseOpenAlexLine(variants[name]), name).toBeDefined();
    // A word twice, however spelled (JSON.parse keeps its last list), or two words at one
    // position: the index is parsed whole and read as the full path reads it.
    for (const name of [
      'the same word with one hash twice',
      'a word twice',
      'a word and its escaped spelling',
      'two words at one position',
    ]) {
      expect(parseOpenAlexLine(variants[name])?.abstract_inverted_index, name).not.toBeInstanceOf(PrebuiltAbstract);
      expect(parseOpenAlexLine(variants[name])?.abstract_inverted_index, name).toEqual(
        JSON.parse(variants[name]).abstract_inverted_index,
      );
    }
    for (const name of ['ascii', 'an escaped ASCII word', 'a word outside Latin-1'])
      expect(parseOpenAlexLine(variants[name])?.abstract_inverted_index, name).toBeInstanceOf(PrebuiltAbstract);
    expect(bothPaths(variants['gaps and positions out of order']).got?.abstract).toBe('a b c b c');
    // The scratch is reused from work to work: a work read after another gives its own abstract.
    expect(bothPaths(variants['one word at many positions']).got?.abstract).toBe(Array(500).fill('w').join(' '));
    expect(bothPaths(ascii).got?.abstract).toBe('We study graphs and graphs');
    expect(parseOpenAlexLine(variants['an empty word first'])?.abstract_inverted_index).toEqual(new PrebuiltAbstract(' b c'));
    expect(parseOpenAlexLine(variants['an empty word last'])?.abstract_inverted_index).toEqual(new PrebuiltAbstract('b '));
  });

  it('refuses a raw control character in any string, read or skipped, as JSON.parse does', () => {
    // The scan reads a flat copy of the line with "#" after it (parseOpenAlexLine): that copy must
    // not hide a control character, nor let a value run into the "#".
    for (const c of ['\u0000', '\u0001', '\t', '\r', '\u001f']) {
      for (const l of [
        line.replace('"We"', `"W${c}e"`),
        line.replace('Deep', `De${c}ep`),
        line.replace('org/W2"', `org/W2${c}"`),
        line.replace('"Venue"', `"Venue${c}"`),
      ]) {
        expect(l).not.toBe(line);
        expect(() => JSON.parse(l)).toThrow();
        expect(parseOpenAlexLine(l)).toBeUndefined();
      }
    }
    // Blanks between tokens are not in a string: read.
    expect(parseOpenAlexLine(line.replace('{"id"', '{\t"id"').replace('"doi":', '"doi":\r '))).toBeDefined();
    // Cut short: the "#" after the copy never completes a value.
    for (const end of [
      '{"id":"https://openalex.org/W1","abstract_inverted_index":{"a":[0]},"x":1',
      `${line.slice(0, -1)}`,
      `${line} #`,
    ])
      expect(parseOpenAlexLine(end), end).toBeUndefined();
  });

  it('leaves every line JSON.parse refuses to JSON.parse (the error then names the line)', () => {
    const bad = [
      line.slice(0, -1),
      `${line},`,
      `${line}x`,
      line.replace('"We"', '"W\te"'),
      line.replace('org/W2"', 'org/W\u0001"'),
      line.replace('org/W2"', 'org/W\\x"'),
      line.replace('org/W2"', 'org/W\\u12"'),
      line.replace('2020,', '02020,'),
      line.replace('2020,', '-,'),
      line.replace('2020,', '1.,'),
      line.replace('null', 'nul'),
      line.replace('null', 'True'),
      line.replace('"year":2021', '"year":2021,'),
      line.replace('[0]', '[0,]'),
      line.replace('"study":[1]', '"study":[01]'),
      line.replace('"study":[1]', '"study" [1]'),
      line.replace('{"year"', '{year'),
      line.replace('[{"year"', '[{"year":1}{"year"'),
    ];
    for (const l of bad) {
      expect(l).not.toBe(line);
      expect(() => JSON.parse(l), l).toThrow();
      expect(parseOpenAlexLine(l), l).toBeUndefined();
    }
    // Random damage to a real work: whatever JSON.parse refuses, the fast path leaves alone.
    const real = fixture('exports/openalex.jsonl').split('\n')[0].trim();
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const damage = ['', '"', '\\', '{', '}', '[', ']', ',', ':', '0', '-', 'e', '\t', ' ', 'n', '\u0000'];
    for (let k = 0; k < 2000; k++) {
      const at = next(real.length);
      const cut = next(3);
      const l = real.slice(0, at) + damage[next(damage.length)] + real.slice(at + cut);
      let parsed: unknown;
      try {
        parsed = JSON.parse(l);
      } catch {
        expect(parseOpenAlexLine(l), l).toBeUndefined();
        continue;
      }
      const work = parseOpenAlexLine(l);
      if (work !== undefined && parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
        expect(withoutNormalizedMark(rawPaperFromJson(work, 1, () => {}))).toEqual(
          rawPaperFromJson(parsed as Record<string, unknown>, 1, () => {}),
        );
    }
  });

  it('reads an API response and an array of works as the full path does, lines included', () => {
    const response = `{"meta":{"count":2},\n"results":[\n${line},\n${line.replace('W1"', 'W2"').replace('10.1/x', '10.1/y').replace('Deep', 'Shallow')}\n],"group_by":[]}`;
    const array = `[\n${line}\n]`;
    for (const text of [response, array]) {
      expect(parseOpenAlexDocument(text, (work) => work)).toBeDefined();
      // The full path (JSON.parse) gives the same papers and warnings.
      expect(parseJsonCorpus(text, 'works.json')).toEqual(parseJsonCorpus(text, 'works.json', { openAlex: false }));
    }
    expect(parseCorpus(response, { fileName: 'works.json' }).papers.map((p) => p.line)).toEqual([3, 4]);
    // Anything else is left to the full path.
    expect(parseOpenAlexDocument(`{"papers":[${line}],"results":[${line}]}`, (work) => work)).toBeUndefined();
    expect(parseOpenAlexDocument(`[${line},{"title":"t","abstract":"a"}]`, (work) => work)).toBeUndefined();
    expect(parseOpenAlexDocument(`{"results":{}}`, (work) => work)).toBeUndefined();
  });
});

describe('an abstract the scan rebuilt already normalised (RawPaper.abstractNormalized)', () => {
  const ascii = line.replace('"and\u00e9":[3]', '"and":[3]');
  const withIndex = (body: string): string =>
    ascii.replace(/"abstract_inverted_index":\{[^}]*\}/, `"abstract_inverted_index":{${body}}`);
  /** The paper PaperCollector keeps, from the fast path's RawPaper and from the full path's. */
  const collected = (l: string) => {
    const fast = new PaperCollector('works.jsonl');
    const full = new PaperCollector('works.jsonl');
    const work = parseOpenAlexLine(l);
    if (work === undefined) throw new Error(`not read by the scan: ${l}`);
    const raw = rawPaperFromJson(work, 1, () => {});
    fast.add(raw);
    full.add(rawPaperFromJson(JSON.parse(l) as Record<string, unknown>, 1, () => {}));
    return { marked: raw.abstractNormalized === true, fast: fast.papers[0], full: full.papers[0] };
  };

  it('is marked only when every word is ASCII, none empty, none blank, and cleanMarkup left it', () => {
    const marked = { 'ASCII words': ascii, 'gaps and positions out of order': withIndex('"c":[7,2],"a":[0],"b":[5,1]') };
    const unmarked = {
      'an empty word': withIndex('"a":[0],"":[1],"b":[2]'),
      'an empty word first': withIndex('"":[0],"b":[1]'),
      'a word holding a space': withIndex('"a b":[0],"c":[1]'),
      'a word holding two spaces': withIndex('"a  b":[0],"c":[1]'),
      'an escaped tab': withIndex('"a\\tb":[0],"c":[1]'),
      'a word past ASCII': withIndex('"a":[0],"\u00fcber":[1]'),
      'an "Abstract:" heading': withIndex('"Abstract:":[0],"We":[1],"study":[2]'),
      'an HTML tag': withIndex('"<p>We":[0],"study</p>":[1]'),
      'an entity': withIndex('"A":[0],"&amp;":[1],"B":[2]'),
    };
    for (const [name, l] of Object.entries({ ...marked, ...unmarked })) {
      expect(() => JSON.parse(l), name).not.toThrow();
      const { marked: isMarked, fast, full } = collected(l);
      // Marked or not, PaperCollector keeps what the full path gives it.
      expect(fast, name).toEqual(full);
      expect(isMarked, name).toBe(name in marked);
    }
    expect(collected(unmarked['a word holding two spaces']).fast.abstract).toBe('a b c');
  });
});

describe('JSON Lines of works read where each line stands in its piece', () => {
  /** What CorpusParser gives for the text fed in pieces of the given sizes, in turn, or the error's message. */
  function readInPieces(text: string, sizes: number[]) {
    const parser = new CorpusParser({ fileName: 'works.jsonl' });
    try {
      for (let i = 0, k = 0; i < text.length; k++) {
        const size = sizes[k % sizes.length];
        parser.push(text.slice(i, i + size));
        i += size;
      }
      return parser.end();
    } catch (error) {
      return (error as Error).message;
    }
  }
  const works = [
    line.replace('"and\u00e9":[3]', '"and":[3]'),
    line.replace('W1"', 'W2"').replace('10.1/x', '10.1/y').replace('Deep', 'Other'),
    `${line.replace('W1"', 'W3"').replace('10.1/x', '10.1/z').replace('Deep', 'Third')}  `,
    line.replace('W1"', 'W4"').replace('10.1/x', '10.1/w').replace('Deep', 'Fourth').replace('"We"', '"W\\u0065"'),
  ];
  /** A blank first on each line keeps it off the span path (JsonLinesReader.readSpan): the line path reads it. */
  const offSpan = (text: string): string => text.replace(/^\{/gm, ' {');

  it('gives what the line path gives, for any cuts, lines and warnings included', () => {
    const text = `${works.join('\n')}\n\n${works[0].replace('W1"', 'W5"').replace('10.1/x', '10.1/v').replace('Deep', 'Fifth')}\n`;
    const expected = readInPieces(offSpan(text), [text.length + 10]);
    expect(typeof expected).not.toBe('string');
    if (typeof expected === 'string') return;
    expect(expected.papers.map((p) => p.line)).toEqual([1, 2, 3, 4, 6]);
    for (const sizes of [[text.length], [1], [7], [100, 3], [line.length - 1], [line.length + 1, 5], [2 * line.length]])
      expect(readInPieces(text, sizes), String(sizes)).toEqual(expected);
  });

  it("gives the line path's error, naming the line, for a line JSON.parse refuses", () => {
    const bad = [
      works[1].slice(0, -1),
      works[1].replace('Other', 'Oth\u0001er'),
      works[1].replace('Other', 'Oth\ter'),
      works[1].replace('org/W2"', 'org/W2'),
      works[1].replace('"We"', '"We'),
      `${works[1]}}`,
      works[1].replace('[0]', '[0,]'),
    ];
    for (const l of bad) {
      expect(() => JSON.parse(l), l).toThrow();
      const text = `${works[0]}\n${l}\n${works[2]}\n`;
      const expected = readInPieces(offSpan(text), [text.length]);
      expect(expected, l).toMatch(/^works\.jsonl:2: malformed JSON/);
      for (const sizes of [[text.length], [13], [works[0].length + 3]]) expect(readInPieces(text, sizes), l).toBe(expected);
    }
  });
});

/** The works the scan gives for a text fed in pieces of the given sizes, in turn. */
function scanInPieces(text: string, sizes: number[]) {
  const works: { work: Record<string, unknown>; offset: number }[] = [];
  const scan = new OpenAlexDocumentScan((work, offset) => works.push({ work, offset }));
  for (let i = 0, k = 0; i < text.length; k++) {
    const size = sizes[k % sizes.length];
    scan.push(text.slice(i, i + size));
    i += size;
  }
  return scan.end() ? works : undefined;
}

describe('OpenAlexDocumentScan: a document read in pieces', () => {
  const real = fixture('exports/openalex.jsonl')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const works = [
    ...real,
    line,
    line.replace('W1"', 'W2"').replace('10.1/x', '10.1/z').replace('Deep', 'Shallow').replace('"study"', '"st\\u00fcdy"'),
  ];
  const response = `{"meta":{"count":${works.length},"note":"a \\"quoted\\" [text]"},"results":[${works.join(',')}],"group_by":[]}`;
  const documents: Record<string, string> = {
    response,
    array: `[${works.join(',')}]`,
    'pretty-printed': JSON.stringify(JSON.parse(response), null, 2),
    'lines between works': `{"meta":{},\n"results":[\n${works.join(',\n')}\n]}\n`,
    // An empty first list: no work was handed on before the second replaces it, as in JSON.parse.
    'results twice': `{"results":[],"count":1.5e3,"ok":true,"meta":{"none":null},"results":[${works.join(',')}],"page":12}`,
    'numbers first': `{"count":1.5e3,"page":12,"ok":false,"results":[${works.join(',')}]}`,
    'a big skipped value': `{"group_by":[${'[1,"x",{"a":null}],'.repeat(20_000)}0],"results":[${works.join(',')}]}`,
  };

  it('gives what the whole text gives, for any cuts, works and offsets included', () => {
    for (const [name, text] of Object.entries(documents)) {
      const whole = parseOpenAlexDocument(text, (work, offset) => ({ work, offset }));
      expect(whole, name).toBeDefined();
      expect(whole?.length, name).toBeGreaterThan(1);
      for (const sizes of [[1], [7, 1, 3], [100], [4096], [65_536], [333, 70_000, 5]])
        expect(scanInPieces(text, sizes), `${name} in pieces of ${sizes.join(', ')}`).toEqual(whole);
    }
  });

  it('gives undefined, in pieces as whole, for every damage JSON.parse refuses', () => {
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const damage = ['', '"', '\\', '{', '}', '[', ']', ',', ':', '0', '-', 'e', '\t', ' ', 'n', '\u0000', '"papers":1,'];
    const text = documents.response;
    let refused = 0;
    for (let k = 0; k < 1500; k++) {
      // Damage near the start or the end as often as in the middle: the document's own parts.
      const at = k % 3 === 0 ? next(200) : k % 3 === 1 ? text.length - 1 - next(200) : next(text.length);
      const damaged = text.slice(0, at) + damage[next(damage.length)] + text.slice(at + next(3));
      const whole = parseOpenAlexDocument(damaged, (work, offset) => ({ work, offset }));
      let valid = true;
      try {
        JSON.parse(damaged);
      } catch {
        valid = false;
      }
      if (!valid) {
        refused++;
        expect(whole, damaged.slice(Math.max(0, at - 20), at + 20)).toBeUndefined();
      }
      const size = 1 + next(5000);
      expect(scanInPieces(damaged, [size, 1 + next(50)]), `cut at ${size}`).toEqual(whole);
    }
    expect(refused).toBeGreaterThan(500);
  });

  it('reads a response fed to CorpusParser in pieces as the whole text, lines and warnings included', () => {
    const text = documents['lines between works'];
    const whole = parseCorpus(text, { fileName: 'works.json' });
    expect(whole.papers.length).toBe(works.length);
    for (const size of [1, 13, 1000]) {
      const parser = new CorpusParser({ fileName: 'works.json' });
      for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
      expect(parser.end(), `pieces of ${size}`).toEqual(whole);
    }
    expect(whole.papers.map((p) => p.line)).toEqual(works.map((_, i) => i + 3));
  });
});

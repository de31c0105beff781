import { describe, expect, it } from 'vitest';
import type { CorpusWarning } from '../../../../src/core/map';
import type { RawPaper } from '../../../../src/core/corpus/RawPaper';
import { elementText, type XmlRecordFormat, XmlRecordReader } from '../../../../src/core/corpus/formats/XmlRecordReader';

/**
 * XmlRecordReader reads each piece where it stands and joins only a record that a piece's end
 * cuts: wherever the cuts fall (inside a start tag, an end tag, the root tag, between records),
 * the records, their lines and the warnings must be those of the text read whole.
 */
const FORMAT: XmlRecordFormat = {
  root: 'set',
  record: 'rec',
  a: 'a set',
  the: 'the set',
  short: 'set',
  read: (record, line) => ({ line, title: elementText(record, 't') ?? '', abstract: elementText(record, 'a') ?? '' }),
};

interface Read {
  papers: RawPaper[];
  warnings: CorpusWarning[];
  skipped: string[];
  error?: string;
}

function read(pieces: string[], format = FORMAT): Read {
  const out: Read = { papers: [], warnings: [], skipped: [] };
  const reader = new XmlRecordReader(format, 'x.xml', {
    paper: (p) => out.papers.push(p),
    warning: (w) => out.warnings.push(w),
    skip: (reason) => out.skipped.push(reason),
  });
  try {
    for (const piece of pieces) reader.push(piece);
    reader.end();
  } catch (e) {
    out.error = (e as Error).message;
  }
  return out;
}

/** The text in pieces of `size` characters. */
const inPieces = (text: string, size: number): string[] =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

const LONG = 'Long abstract words. '.repeat(120);
const FILE = [
  '<?xml version="1.0"?>',
  '<set>',
  '<rec><t>First</t><a>One.</a></rec>',
  '<rec id="2">',
  '  <t>Second</t>',
  `  <a>${LONG}</a>`,
  '</rec><rec>',
  '<t>Third</t><a>Three.</a></rec>',
  '</set>',
  '',
].join('\n');

describe('XmlRecordReader', () => {
  const whole = read([FILE]);

  it('reads the records with the lines their start tags are on', () => {
    expect(whole.error).toBeUndefined();
    expect(whole.papers.map((p) => [p.title, p.line])).toEqual([
      ['First', 3],
      ['Second', 4],
      ['Third', 7],
    ]);
    expect(whole.papers[1].abstract).toBe(LONG);
  });

  it('gives the same records, lines and warnings cut in two at every offset', () => {
    for (let cut = 0; cut <= FILE.length; cut++)
      expect(read([FILE.slice(0, cut), FILE.slice(cut)]), `cut at ${cut}`).toEqual(whole);
  });

  it('gives the same read one character at a time, and in pieces shorter than a record', () => {
    expect(read(inPieces(FILE, 1))).toEqual(whole);
    for (const size of [7, 16, 100, 1000]) expect(read(inPieces(FILE, size)), `pieces of ${size}`).toEqual(whole);
  });

  it('warns about a record the file ends inside, on its line, wherever the pieces are cut', () => {
    const cut = FILE.slice(0, FILE.indexOf('<t>Third'));
    const once = read([cut]);
    expect(once.papers.map((p) => p.title)).toEqual(['First', 'Second']);
    expect(once.warnings).toEqual([
      expect.objectContaining({ line: 7, message: expect.stringContaining('the file ends inside this <rec>') }),
    ]);
    expect(once.skipped).toEqual(['truncated record']);
    for (let at = 0; at <= cut.length; at += 3) expect(read([cut.slice(0, at), cut.slice(at)])).toEqual(once);
  });

  it('refuses a file without the root element, or whose only record is cut, naming the line', () => {
    expect(read(inPieces('<other>\n<rec><t>A</t></rec>\n</other>', 4)).error).toBe(
      'x.xml:2: <rec> before any <set> element: not a set',
    );
    expect(read(inPieces('<set>\n\n<rec><t>A</t><a>B', 3)).error).toBe(
      'x.xml:3: the file ends inside its only <rec> (no </rec>): the set looks cut short; no papers',
    );
    expect(read(inPieces('<set>\n</set>', 2)).error).toBe('x.xml: the set has no <rec> elements (no papers)');
  });
});

describe('XmlRecordReader with two record elements', () => {
  const TWO: XmlRecordFormat = { ...FORMAT, otherRecords: ['doc'] };
  const readTwo = (pieces: string[]): Read => read(pieces, TWO);
  const MIXED = [
    '<set>',
    '<rec><t>A</t><a>One.</a></rec>',
    '<doc><t>B</t><a>Two.</a></doc><rec><t>C</t><a>Three.</a></rec>',
    '<rec><t>D</t><a>Four.</a></rec>',
    '<doc><t>E</t><a>Five.</a></doc>',
    '</set>',
  ].join('\n');

  it('reads both in file order, wherever the pieces are cut', () => {
    const whole = readTwo([MIXED]);
    expect(whole.papers.map((p) => [p.title, p.line])).toEqual([
      ['A', 2],
      ['B', 3],
      ['C', 3],
      ['D', 4],
      ['E', 5],
    ]);
    for (let cut = 0; cut <= MIXED.length; cut++)
      expect(readTwo([MIXED.slice(0, cut), MIXED.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    expect(readTwo(inPieces(MIXED, 3))).toEqual(whole);
  });

  it('names the element the file ends inside', () => {
    const cut = readTwo([MIXED.slice(0, MIXED.indexOf('Five'))]);
    expect(cut.papers.map((p) => p.title)).toEqual(['A', 'B', 'C', 'D']);
    expect(cut.warnings.map((w) => w.message)).toEqual([
      'the file ends inside this <doc> (no </doc>): the set looks cut short; doc skipped',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/core/corpus';
import { decodeCorpusBytes, ENCODING_WINDOW, readsAsWindows1252, utf8CharAt } from '../../../src/core/corpus/textEncoding';
import { windows1252 } from '../../helpers/windows1252';

/** A Scopus CSV as Excel saves it again ("CSV (Comma delimited)"): Windows-1252. */
const CSV =
  'Authors,Title,Abstract,Year\r\n' +
  'Müller T.,Café networks for “graph” learning,Naïve graph learning – and its limits – on café networks.,2021\r\n' +
  'Ångström A.,Graph learning at scale,We scale graph learning to large networks; coöperation helps.,2022\r\n';

describe('decodeCorpusBytes (the browser reads a whole corpus file)', () => {
  it('reads a file that is not UTF-8 but Western text as Windows-1252, and says so', () => {
    const { text, encoding } = decodeCorpusBytes(windows1252(CSV));
    expect(encoding).toBe('windows-1252');
    expect(text).toBe(CSV);
  });

  it('reads UTF-8 as UTF-8, a byte-order mark dropped, whatever its accents', () => {
    expect(decodeCorpusBytes(Buffer.from(CSV, 'utf8'))).toEqual({ text: CSV });
    expect(decodeCorpusBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]))).toEqual({ text: CSV });
  });

  it('reads UTF-16 after its byte-order mark', () => {
    expect(decodeCorpusBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]))).toEqual({ text: CSV });
  });

  it('keeps UTF-8 (with replacement characters) for a file whose first character past ASCII is UTF-8', () => {
    // Valid UTF-8 first, then a stray Latin-1 byte: a UTF-8 file with one bad byte.
    const bytes = Buffer.concat([Buffer.from('Title\nCafé', 'utf8'), Buffer.from([0xe9]), Buffer.from(' x\n')]);
    expect(decodeCorpusBytes(bytes)).toEqual({ text: 'Title\nCafé\uFFFD x\n' });
    // A replacement character the file itself writes (EF BF BD) is UTF-8 too.
    const written = Buffer.concat([Buffer.from('a \uFFFD b ', 'utf8'), Buffer.from([0xe9])]);
    expect(decodeCorpusBytes(written).encoding).toBeUndefined();
  });

  it('does not read Chinese (GBK), Cyrillic (Windows-1251) or binary bytes as Windows-1252', () => {
    // "中文摘要" in GBK, between ASCII words: every character two bytes past ASCII.
    const gbk = Buffer.from([0x41, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0xd5, 0xaa, 0xd2, 0xaa, 0x20, 0x42, 0x0a]);
    expect(decodeCorpusBytes(gbk).encoding).toBeUndefined();
    // "Модель сети" in Windows-1251: words of bytes past ASCII.
    const cyrillic = Buffer.from([0xcc, 0xee, 0xe4, 0xe5, 0xeb, 0xfc, 0x20, 0xf1, 0xe5, 0xf2, 0xe8, 0x0a]);
    expect(decodeCorpusBytes(cyrillic).encoding).toBeUndefined();
    // A lone byte past ASCII, then control bytes: not text.
    expect(decodeCorpusBytes(Buffer.from([0x50, 0x4b, 0xe9, 0x20, 0x03, 0x04, 0x14])).encoding).toBeUndefined();
    // A byte Windows-1252 leaves undefined.
    expect(decodeCorpusBytes(Buffer.from([0x61, 0xe9, 0x62, 0x81, 0x63])).encoding).toBeUndefined();
  });

  it('decides on the first byte past ASCII and the window after it, not on what follows', () => {
    const western = windows1252('caf\u00e9 ');
    const gbkRun = Buffer.alloc(ENCODING_WINDOW, 0xd6);
    // Western text first: Windows-1252, whatever comes after the window.
    const first = Buffer.concat([western, Buffer.alloc(ENCODING_WINDOW, 0x61), gbkRun]);
    expect(readsAsWindows1252(first, 3)).toBe(true);
    // A run of bytes past ASCII within the window outweighs one accent.
    expect(readsAsWindows1252(Buffer.concat([western, gbkRun]), 3)).toBe(false);
  });
});

describe('utf8CharAt', () => {
  it('accepts whole UTF-8 characters and refuses overlong forms, surrogates, cut and stray bytes', () => {
    for (const c of ['é', '€', '中', '😀']) expect(utf8CharAt(Buffer.from(`a${c}`, 'utf8'), 1), c).toBe(true);
    const refused = [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0x80],
      [0xe9, 0x20],
    ];
    for (const bytes of refused) expect(utf8CharAt(Uint8Array.from(bytes), 0), bytes.join(' ')).toBe(false);
  });
});

describe('a corpus decoded from Windows-1252', () => {
  it('is read like the same file in UTF-8, with a warning naming the line and word of its first accent', () => {
    const { text, encoding } = decodeCorpusBytes(windows1252(CSV));
    const plain = parseCorpus(CSV, { fileName: 'scopus.csv' });
    const read = parseCorpus(text, { fileName: 'scopus.csv', encoding });
    expect(read.papers).toEqual(plain.papers);
    expect(read.papers[0].title).toBe('Café networks for “graph” learning');
    expect(read.warnings).toContainEqual({
      file: 'scopus.csv',
      line: 2,
      message:
        'not UTF-8: read as Windows-1252, the encoding Excel\'s "CSV (Comma delimited)" and older Windows tools save Western text in ' +
        '(first at "Müller"); if letters look wrong, save the file as UTF-8',
    });
    expect(plain.warnings.map((w) => w.message).join()).not.toContain('Windows-1252');
  });
});

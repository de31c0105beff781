import { describe, expect, it } from 'vitest';
import { Utf8PieceDecoder } from '../../scripts/lib/Utf8PieceDecoder';
import { decodeCorpusBytes, ENCODING_WINDOW } from '../../src/core/corpus/textEncoding';
import { windows1252 } from '../helpers/windows1252';

/** The pieces of `bytes` cut in chunks of the given sizes (repeated), as build:map reads a file. */
function inChunks(bytes: Uint8Array, sizes: number[], decoder = new Utf8PieceDecoder()): string[] {
  const pieces: string[] = [];
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const size = sizes[k % sizes.length];
    // The caller's buffer is reused: the decoder must copy what it keeps.
    const chunk = Buffer.from(bytes.subarray(i, i + size));
    pieces.push(decoder.decode(chunk));
    chunk.fill(0x41);
    i += size;
  }
  pieces.push(decoder.end());
  return pieces;
}

/** What the browser reads from the whole file (UTF-8, or Windows-1252 for Western text that is not UTF-8). */
const oneShot = (bytes: Uint8Array): string => decodeCorpusBytes(bytes).text;

const WESTERN = 'Caf\u00e9 \u201cgraphs\u201d \u2013 na\u00efve M\u00fcller, \u20ac5\n';

describe('Utf8PieceDecoder (build:map reads a corpus in 1 MB chunks)', () => {
  const text = 'Caf\u00e9 \u4e2d\u6587 \u{1F600} plain ASCII, "quotes", \u00fcber\n'.repeat(5);
  const samples: Record<string, Uint8Array> = {
    'ASCII, Latin-1, CJK, an emoji': Buffer.from(text, 'utf8'),
    'a byte-order mark first': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    'a byte-order mark mid-text (kept as U+FEFF)': Buffer.from(`ab\uFEFFcd${text}\uFEFF`, 'utf8'),
    'bytes that are not UTF-8': Buffer.from([
      0x61, 0xff, 0x62, 0xc3, 0x28, 0xe0, 0x80, 0x80, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x63, 0x80, 0x80, 0x80, 0x80, 0x80,
      0xf8, 0x88, 0x80, 0x80, 0x80, 0x64, 0xc0, 0xaf, 0xe2, 0x82, 0xac, 0xe2, 0x82,
    ]),
    'a cut character at the very end': Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xf0, 0x9f, 0x98])]),
    'only part of a byte-order mark': Buffer.from([0xef, 0xbb]),
    'Windows-1252 text': windows1252(WESTERN.repeat(5)),
    'Windows-1252 text after ASCII longer than the window': windows1252('x'.repeat(ENCODING_WINDOW + 7) + WESTERN),
    'Windows-1252 text with UTF-8 past the window': Buffer.concat([
      windows1252(WESTERN + 'y'.repeat(ENCODING_WINDOW)),
      Buffer.from(WESTERN, 'utf8'),
    ]),
    // Decided on the whole window (not Western text): a decision on the first chunks alone would differ.
    'an accent, then a run of bytes past ASCII within the window': Buffer.concat([
      windows1252('caf\u00e9 au lait '),
      Buffer.alloc(64, 0xd6),
      Buffer.from(' end\n'),
    ]),
    'UTF-8 text with Windows-1252 past the window': Buffer.concat([
      Buffer.from(WESTERN + 'y'.repeat(ENCODING_WINDOW), 'utf8'),
      windows1252(WESTERN),
    ]),
  };

  it('gives, in chunks of every size from 1 to 40 bytes and larger, exactly what one decode of all the bytes gives', () => {
    for (const [name, bytes] of Object.entries(samples)) {
      const expected = oneShot(bytes);
      for (let size = 1; size <= 40; size++)
        expect(inChunks(bytes, [size]).join(''), `${name}, chunks of ${size}`).toBe(expected);
      for (const sizes of [[3, 1, 2], [7, 13], [ENCODING_WINDOW - 1], [ENCODING_WINDOW + 5, 1], [bytes.length], [1 << 20]])
        expect(inChunks(bytes, sizes).join(''), `${name}, chunks of ${sizes.join(', ')}`).toBe(expected);
    }
  });

  it('gives the same pieces as TextDecoder in stream mode, but for where a cut character falls', () => {
    const bytes = samples['ASCII, Latin-1, CJK, an emoji'];
    const stream = new TextDecoder('utf-8');
    const pieces: string[] = [];
    for (let i = 0; i < bytes.length; i += 64) pieces.push(stream.decode(bytes.subarray(i, i + 64), { stream: true }));
    pieces.push(stream.decode());
    expect(inChunks(bytes, [64]).join('')).toBe(pieces.join(''));
    // A BOM is dropped once, at the start, even when the first chunks hold only part of it.
    expect(inChunks(samples['a byte-order mark first'], [1]).join('').startsWith('Caf\u00e9')).toBe(true);
    expect(inChunks(samples['only part of a byte-order mark'], [1]).join('')).toBe('\uFFFD');
  });

  it('says which files it reads as Windows-1252, once their first byte past ASCII is read', () => {
    const decoder = new Utf8PieceDecoder();
    const bytes = samples['Windows-1252 text after ASCII longer than the window'];
    expect(decoder.decode(bytes.subarray(0, ENCODING_WINDOW))).toBe('x'.repeat(ENCODING_WINDOW));
    expect(decoder.encoding).toBeUndefined();
    expect(inChunks(bytes.subarray(ENCODING_WINDOW), [100], decoder).join('')).toBe(`xxxxxxx${WESTERN}`);
    expect(decoder.encoding).toBe('windows-1252');
    expect(decodeCorpusBytes(bytes).encoding).toBe('windows-1252');
    for (const name of [
      'ASCII, Latin-1, CJK, an emoji',
      'bytes that are not UTF-8',
      'UTF-8 text with Windows-1252 past the window',
    ]) {
      const utf8 = new Utf8PieceDecoder();
      inChunks(samples[name], [9], utf8);
      expect(utf8.encoding, name).toBeUndefined();
    }
  });
});

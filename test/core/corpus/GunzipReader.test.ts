import { crc32 as zlibCrc32, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../../src/core/corpus/CorpusError';
import { gunzipAll, isGzip } from '../../../src/core/corpus/GunzipReader';
import { crc32 } from '../../../src/core/util/crc32';

/** GunzipReader with the CRC-32 written in JS, as the browser reads a dropped .gz (build:map passes zlib's). */
const text = (n: number): Buffer =>
  Buffer.from(Array.from({ length: n }, (_, i) => `line ${i}: sparse attention – KV cache ≤ ${i % 7}\n`).join(''));

describe('crc32', () => {
  it("is zlib's, in one go and going on from the bytes before", () => {
    const bytes = text(5000);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    const cut = 12345;
    expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(zlibCrc32(bytes));
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('gunzipAll', () => {
  it('gives the data of every member, across read chunks', () => {
    const a = text(40_000);
    const b = text(3);
    expect(a.length).toBeGreaterThan(1 << 20);
    const out = gunzipAll(Buffer.concat([gzipSync(a), gzipSync(b), gzipSync(Buffer.alloc(0))]), 'x.gz');
    expect(Buffer.from(out).equals(Buffer.concat([a, b]))).toBe(true);
    expect(isGzip(gzipSync(a))).toBe(true);
    expect(isGzip(a)).toBe(false);
  });

  it('refuses a member whose data does not match its trailer, naming the file and the member', () => {
    const member = gzipSync(text(100));
    const wrong = Buffer.from(member);
    wrong[wrong.length - 1] ^= 1; // the length in the trailer
    const error = (() => {
      try {
        gunzipAll(Buffer.concat([member, wrong]), 'works.jsonl.gz');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).message).toMatch(/^works\.jsonl\.gz: the gzip data \(member 2\) does not match its checksum/);
    expect(() => gunzipAll(member.subarray(0, member.length - 1), 'a.gz')).toThrow(/a\.gz: the gzip data/);
  });

  it('skips zero bytes after the last member, as gzip(1) does (padding)', () => {
    const a = text(40_000);
    const two = Buffer.concat([gzipSync(a), gzipSync(text(3))]);
    for (const zeros of [1, 3, 4, 512, (1 << 20) + 7]) {
      const out = gunzipAll(Buffer.concat([two, Buffer.alloc(zeros)]), 'padded.gz');
      expect(Buffer.from(out).equals(Buffer.concat([a, text(3)])), `${zeros} zero bytes`).toBe(true);
    }
  });

  it('refuses anything else after the last member, saying how many bytes and where they start', () => {
    const member = gzipSync(text(100));
    for (const junk of ['junk', 'x', '\n', 'not gzip at all, but a whole line of text\n']) {
      expect(() => gunzipAll(Buffer.concat([member, Buffer.from(junk)]), 'b.gz'), JSON.stringify(junk)).toThrow(
        `b.gz: ${junk.length} byte${junk.length === 1 ? '' : 's'} after the end of the gzip data (at byte ${member.length.toLocaleString('en')} of ${(member.length + junk.length).toLocaleString('en')}) are not gzip data`,
      );
    }
    // Zero bytes, then something: not padding.
    expect(() => gunzipAll(Buffer.concat([member, Buffer.alloc(600), Buffer.from('x')]), 'c.gz')).toThrow(
      /c\.gz: 601 bytes after/,
    );
  });
});

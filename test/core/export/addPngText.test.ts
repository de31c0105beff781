import { Resvg } from '@resvg/resvg-js';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addPngText } from '../../../src/core/export/addPngText';

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

/** Walks a PNG's chunks, checking each CRC with zlib's. */
function chunks(png: Uint8Array): Chunk[] {
  const buf = Buffer.from(png);
  const list: Chunk[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.subarray(at + 4, at + 8).toString('latin1');
    const data = buf.subarray(at + 8, at + 8 + length);
    const crcOk = buf.readUInt32BE(at + 8 + length) === crc32(buf.subarray(at + 4, at + 8 + length));
    list.push({ type, data, crcOk });
    at += 12 + length;
  }
  return list;
}

const png = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="3" height="2"><rect width="3" height="2" fill="#4e79a7"/></svg>',
)
  .render()
  .asPng();

describe('addPngText', () => {
  it('adds a UTF-8 iTXt chunk right after IHDR, with a valid CRC, and keeps every other byte', () => {
    const stamp = 'Topic Map 0.1.0 export; corpus 論文.jsonl; filter all of "diffusion models"';
    const out = addPngText(png, 'Description', stamp);
    expect([...out.subarray(0, 8)]).toEqual([...png.subarray(0, 8)]);
    const list = chunks(out);
    expect(list.map((c) => c.type).slice(0, 2)).toEqual(['IHDR', 'iTXt']);
    expect(list.every((c) => c.crcOk)).toBe(true);
    const text = list[1].data;
    expect(text.subarray(0, 12).toString('latin1')).toBe('Description\0');
    expect([...text.subarray(12, 16)]).toEqual([0, 0, 0, 0]);
    expect(text.subarray(16).toString('utf8')).toBe(stamp);
    // Without the new chunk the file is the original.
    const before = chunks(png);
    expect(list.filter((c) => c.type !== 'iTXt').map((c) => c.data.toString('hex'))).toEqual(
      before.map((c) => c.data.toString('hex')),
    );
    expect(out.length).toBe(png.length + 12 + text.length);
  });

  it('rejects what is not a PNG and keywords the format does not allow', () => {
    expect(() => addPngText(new TextEncoder().encode('GIF89a and more bytes than a header needs'), 'Description', 'x')).toThrow(
      'addPngText: not a PNG file',
    );
    expect(() => addPngText(png, '', 'x')).toThrow('invalid keyword');
    expect(() => addPngText(png, 'Déscription\0', 'x')).toThrow('invalid keyword');
    expect(() => addPngText(png, 'x'.repeat(80), 'x')).toThrow('invalid keyword');
  });
});

import { crc32 } from '../util/crc32';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Returns a copy of the PNG with a text entry (an iTXt chunk, UTF-8, uncompressed) right after
 * the header, where image viewers and `exiftool` find it. PNG export carries the reproducibility
 * stamp this way, as the SVG carries it in <metadata>. The keyword must be 1 to 79 Latin-1
 * characters without a NUL, as the PNG specification requires ("Description", "Software").
 */
export function addPngText(png: Uint8Array, keyword: string, text: string): Uint8Array<ArrayBuffer> {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('addPngText: not a PNG file');
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || keyword !== keyword.trim() || keyword.includes('  ')) {
    throw new Error(`addPngText: invalid keyword "${keyword}"`);
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const headerLength = view.getUint32(8);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('addPngText: PNG does not start with IHDR');
  const afterHeader = 8 + 12 + headerLength;

  const encoded = new TextEncoder().encode(text);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL.
  const data = new Uint8Array(keyword.length + 5 + encoded.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i);
  data.set(encoded, keyword.length + 5);
  const typeAndData = new Uint8Array(4 + data.length);
  typeAndData.set([0x69, 0x54, 0x58, 0x74]); // "iTXt"
  typeAndData.set(data, 4);

  const out = new Uint8Array(png.length + 12 + data.length);
  out.set(png.subarray(0, afterHeader));
  const chunk = new DataView(out.buffer, afterHeader, 12 + data.length);
  chunk.setUint32(0, data.length);
  out.set(typeAndData, afterHeader + 4);
  chunk.setUint32(8 + data.length, crc32(typeAndData));
  out.set(png.subarray(afterHeader), afterHeader + 12 + data.length);
  return out;
}

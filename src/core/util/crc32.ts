let table: Uint32Array | null = null;

/**
 * CRC-32 (ISO 3309: the one zlib, gzip and PNG compute) of `bytes`, going on from `crc`, the CRC of
 * the bytes before them (0 for none), as zlib's crc32(data, value) does.
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * 64-bit FNV-1a of the text's UTF-8 bytes, as 16 hex digits. Used for paper ids and the corpus
 * hash in the map file, so it must give the same answer in Node and in a browser: the 64-bit
 * product is computed on two 32-bit halves (no BigInt, which is slow on megabytes of text), and
 * the UTF-8 bytes are produced on the fly instead of allocating an encoded copy of the text.
 */
export function hashText(text: string): string {
  // Offset basis 0xcbf29ce484222325.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    // Lone surrogates hash as U+FFFD, as TextEncoder would encode them.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;

    let byteCount: number;
    let b0: number, b1 = 0, b2 = 0, b3 = 0;
    if (code < 0x80) {
      byteCount = 1;
      b0 = code;
    } else if (code < 0x800) {
      byteCount = 2;
      b0 = 0xc0 | (code >> 6);
      b1 = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      byteCount = 3;
      b0 = 0xe0 | (code >> 12);
      b1 = 0x80 | ((code >> 6) & 0x3f);
      b2 = 0x80 | (code & 0x3f);
    } else {
      byteCount = 4;
      b0 = 0xf0 | (code >> 18);
      b1 = 0x80 | ((code >> 12) & 0x3f);
      b2 = 0x80 | ((code >> 6) & 0x3f);
      b3 = 0x80 | (code & 0x3f);
    }
    for (let k = 0; k < byteCount; k++) {
      const byte = k === 0 ? b0 : k === 1 ? b1 : k === 2 ? b2 : b3;
      lo = (lo ^ byte) >>> 0;
      // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64:
      // lo * 0x1b3 is below 2^41, exact in a double; lo * 2^40 lands in hi as lo << 8.
      const loProduct = lo * 0x1b3;
      const carry = Math.floor(loProduct / 0x100000000);
      hi = (Math.imul(hi, 0x1b3) + (lo << 8) + carry) >>> 0;
      lo = loProduct >>> 0;
    }
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

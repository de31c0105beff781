/**
 * Which encoding a corpus file's bytes are in: UTF-8, UTF-16 after its byte-order mark, or
 * Windows-1252 for a file that is not UTF-8 and reads as Western European text. Excel's "CSV
 * (Comma delimited)" (a Scopus or Web of Science export opened in Excel and saved again), older
 * EndNote and Windows tools write Windows-1252; read as UTF-8, every accented letter and curly
 * quote of such a file became U+FFFD. The command line decides on the same bytes while it streams
 * (Utf8PieceDecoder in scripts/lib), the browser on the whole file (decodeCorpusBytes): the
 * decision looks only at the first byte past ASCII and the ENCODING_WINDOW bytes from it, so both
 * decide alike.
 */

/** The one encoding read besides UTF-8 and UTF-16. ISO-8859-1 text reads the same: it differs only in 0x80-0x9F, which text in it does not use. */
export type LegacyEncoding = 'windows-1252';
export const LEGACY_ENCODING: LegacyEncoding = 'windows-1252';

/** Bytes looked at, from the first byte past ASCII, to tell Western text from another encoding. */
export const ENCODING_WINDOW = 4096;

/**
 * The index of the first byte past ASCII (≥ 0x80), or -1. A loop: the browser runs it only on a
 * file already known not to be UTF-8, the command line once per file.
 */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return -1;
}

/** True when a whole UTF-8 character (no overlong form, surrogate or code past U+10FFFF) starts at `at`. */
export function utf8CharAt(bytes: Uint8Array, at: number): boolean {
  const lead = bytes[at];
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return false;
  if (at + length > bytes.length) return false;
  const second = bytes[at + 1];
  if (second < low || second > high) return false;
  for (let i = at + 2; i < at + length; i++) if (bytes[i] < 0x80 || bytes[i] > 0xbf) return false;
  return true;
}

/** Bytes Windows-1252 leaves undefined: text in it never holds them. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Whether bytes whose first non-ASCII byte is at `from` are Windows-1252 text rather than UTF-8:
 * the character there is not UTF-8, and the ENCODING_WINDOW bytes from it read as Western text.
 * In such text a byte past ASCII is an accented letter, a curly quote or a dash, mostly alone
 * between ASCII ones ("café", "“graph”", "Müller"); the legacy encodings of Chinese, Japanese,
 * Korean or Cyrillic text write every character as two bytes past ASCII or runs of them, and a
 * binary file holds control bytes. Those stay UTF-8 with their replacement characters, and the
 * parser's warning (or its binary-file error) says what to do.
 */
export function readsAsWindows1252(bytes: Uint8Array, from: number): boolean {
  if (utf8CharAt(bytes, from)) return false;
  const end = Math.min(bytes.length, from + ENCODING_WINDOW);
  let high = 0;
  let alone = 0;
  for (let i = from; i < end; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
    if (b < 0x80) continue;
    if (UNDEFINED_1252.has(b)) return false;
    high++;
    if ((i === from || bytes[i - 1] < 0x80) && (i + 1 >= end || bytes[i + 1] < 0x80)) alone++;
  }
  return alone * 2 >= high;
}

/** What Windows-1252 writes with the bytes 0x80 to 0x9F (the five it leaves undefined kept as their code). */
const HIGH_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 bytes as text. Node 20's TextDecoder reads the label as ISO-8859-1 (0x93 gives
 * U+0093, not "“"), browsers as Windows-1252: its bytes 0x80 to 0x9F are mapped here, so both give
 * the same text. The rest of the bytes are their own code points in either.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder(LEGACY_ENCODING).decode(bytes).replace(/[\u0080-\u009f]/g, (c) => HIGH_1252[c.charCodeAt(0) - 0x80]);
}

/**
 * The text of a whole corpus file's bytes, and the encoding it was read from when that is not
 * UTF-8 or UTF-16: UTF-16 after its byte-order mark (Web of Science's tab-delimited "Win" export),
 * else UTF-8 (a byte-order mark dropped), else Windows-1252 when readsAsWindows1252 says so.
 */
export function decodeCorpusBytes(bytes: Uint8Array): { text: string; encoding?: LegacyEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const text = new TextDecoder('utf-8').decode(bytes);
  // Valid UTF-8 gives no U+FFFD but where the file writes one (EF BF BD): then it is UTF-8 anyway.
  if (!text.includes('\uFFFD')) return { text };
  const from = firstNonAscii(bytes);
  if (from === -1 || !readsAsWindows1252(bytes, from)) return { text };
  return { text: decodeWindows1252(bytes), encoding: LEGACY_ENCODING };
}

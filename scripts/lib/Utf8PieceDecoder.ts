import { isAscii } from 'node:buffer';
import {
  decodeWindows1252,
  ENCODING_WINDOW,
  firstNonAscii,
  LEGACY_ENCODING,
  type LegacyEncoding,
  readsAsWindows1252,
} from '../../src/core/corpus/textEncoding';

/**
 * UTF-8 read in chunks, decoded into pieces that join to exactly the text one TextDecoder call on
 * all the bytes gives (BOM dropped at the start only, U+FFFD for bytes that are not UTF-8), each
 * piece decoded whole rather than in TextDecoder's stream mode. Node's stream mode gives every
 * piece as a two-byte (UTF-16) string, even for ASCII text, and the corpus readers then search
 * and scan twice the bytes, with slower searches (indexOf over 1 MB: about 17× slower); a whole
 * decode gives a one-byte string when the text allows it. Measured on the parse of 1 MB pieces
 * (10,000 works, CPU time, one process alternating): OpenAlex JSON Lines 0.72×, an OpenAlex API
 * response 0.82×, the plain JSON Lines reference 0.94× the time with stream-mode pieces.
 *
 * A file that is not UTF-8 but reads as Western text is read as Windows-1252 instead, exactly as
 * decodeCorpusBytes reads it whole (see textEncoding.ts): until the first byte past ASCII the text
 * is the same in both, and that byte and the ENCODING_WINDOW bytes after it wait for the next chunk
 * until they are all there, so the decision sees the bytes the whole-file one sees.
 *
 * The bytes of a character cut by a chunk's end wait for the next chunk. Cutting before a byte
 * that starts a character (not 10xxxxxx) changes nothing in the result: a decoder meeting such a
 * byte starts afresh whatever came before it, and what it gave for the bytes before is given for
 * them at the end of a piece too.
 */
export class Utf8PieceDecoder {
  /** The first decode drops a byte-order mark; the later ones keep U+FEFF as text. */
  private readonly atStart = new TextDecoder('utf-8', { ignoreBOM: false });
  private readonly later = new TextDecoder('utf-8', { ignoreBOM: true });
  private started = false;
  /** The start of a character cut by the last chunk's end (a copy: the caller reuses its buffer). */
  private carry: Uint8Array | undefined;
  /** Set once the first byte past ASCII has been seen: the file's encoding is then known. */
  private decided = false;
  private legacy = false;
  /**
   * The text the last `decode` (and `end` after it) gave holds bytes held back from an earlier
   * chunk, a zero (NUL) among them: the caller cannot tell that from the chunk's own bytes. A
   * character cut by a chunk's end has no zero byte; the bytes held to decide the encoding may.
   */
  releasedZero = false;

  /** The encoding the bytes are read from when it is not UTF-8 (known once `decode` gave its first text past ASCII). */
  get encoding(): LegacyEncoding | undefined {
    return this.legacy ? LEGACY_ENCODING : undefined;
  }

  /** The text of `chunk`, but for a character it cuts at its end (given with the next chunk). */
  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    this.releasedZero = false;
    if (this.carry) {
      this.releasedZero = this.carry.includes(0);
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
      this.carry = undefined;
    }
    if (bytes.length === 0) return '';
    if (!this.decided) {
      const from = isAscii(bytes) ? -1 : firstNonAscii(bytes);
      if (from === -1) return this.whole(bytes);
      if (from + ENCODING_WINDOW > bytes.length) {
        // Too few bytes to decide on: they wait, the ASCII before them is given now.
        this.carry = new Uint8Array(bytes.subarray(from));
        return from > 0 ? this.whole(bytes.subarray(0, from)) : '';
      }
      this.decide(bytes, from);
    }
    if (this.legacy) return decodeWindows1252(bytes);
    const end = completeEnd(bytes);
    // A copy (a Buffer's slice is a view of it).
    if (end < bytes.length) this.carry = new Uint8Array(bytes.subarray(end));
    if (end === 0) return '';
    return this.whole(bytes.subarray(0, end));
  }

  /** The text of a character left cut at the end of the bytes (U+FFFD, as a one-shot decode gives). */
  end(): string {
    const carry = this.carry;
    this.carry = undefined;
    if (!carry) return '';
    if (carry.includes(0)) this.releasedZero = true;
    // Bytes waiting for a decision are the file's last: the window ends with them.
    if (!this.decided) this.decide(carry, 0);
    return this.legacy ? decodeWindows1252(carry) : this.whole(carry);
  }

  private decide(bytes: Uint8Array, from: number): void {
    this.decided = true;
    this.legacy = readsAsWindows1252(bytes, from);
  }

  private whole(bytes: Uint8Array): string {
    const decoder = this.started ? this.later : this.atStart;
    this.started = true;
    return decoder.decode(bytes);
  }
}

/**
 * Where the last character of `bytes` starts when its bytes are not all there (its lead byte
 * says how many it needs), else the length. A character has at most 3 bytes after its lead.
 */
function completeEnd(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + need > n ? i : n;
  }
  return n;
}

import { Gunzip } from 'fflate';
import { crc32 as crc32InJs } from '../util/crc32';
import { CorpusError } from './CorpusError';

/** Whether bytes start as gzip data does (RFC 1952: 1F 8B). */
export const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * A gzipped corpus file (OpenAlex's snapshot comes as gzipped JSON Lines parts; any export may be
 * saved as .gz) gunzipped as its bytes are read, by fflate's streaming Gunzip: build:map reads
 * synchronously, a chunk at a time, and Node's zlib has no synchronous streaming API (its sync
 * calls take the whole file); the browser's DecompressionStream refuses a file of several members
 * (Chromium: "Failed to fetch"), which gzip(1) reads as one text, and so does this. fflate does not
 * check a member's trailer; this does, as gzip(1) does: the CRC-32 and the length of each member's
 * data against its last 8 bytes. Without that, a file cut inside its trailer, or corrupted where
 * the inflater does not notice, would be read as if it were whole.
 */
export class GunzipReader {
  private readonly gunzip: Gunzip;
  private out: Uint8Array[] = [];
  /** The member being read: its number (from 1), and the CRC-32 and length of its data so far. */
  private member = 1;
  private crc = 0;
  private size = 0;
  /** Compressed bytes pushed so far. */
  private read = 0;
  /** The gzip data has ended, and only zero bytes follow it (padding, which gzip(1) skips too). */
  private padded = false;
  /** Where the member being read starts, and the largest chunk pushed (bounds a trailer search). */
  private memberStart = 0;
  private largestChunk = 0;

  /**
   * `file` names the file in errors; `bytesAt(offset, count)` gives `count` of the file's bytes at
   * `offset` (a member's trailer; after a failure, the last two chunks read or the padding); `length` is the file's size; `crc32` as zlib's (Node's is native).
   */
  constructor(
    private readonly file: string,
    private readonly length: number,
    private readonly bytesAt: (offset: number, count: number) => Uint8Array,
    crc32: (data: Uint8Array, crc: number) => number = crc32InJs,
  ) {
    this.gunzip = new Gunzip((data) => {
      this.crc = crc32(data, this.crc);
      this.size += data.length;
      this.out.push(data);
    });
    // Called as a member after the first starts, once the member before it is all given out:
    // that member's trailer is the 8 bytes before the offset.
    this.gunzip.onmember = (offset) => {
      this.checkTrailer(offset - 8);
      this.memberStart = offset;
      this.member++;
      this.crc = 0;
      this.size = 0;
    };
  }

  /** The data of the next compressed `chunk` (none, one or more pieces); `last` ends the file. */
  push(chunk: Uint8Array, last: boolean): Uint8Array[] {
    this.read += chunk.length;
    this.largestChunk = Math.max(this.largestChunk, chunk.length);
    if (this.padded) return [];
    try {
      this.gunzip.push(chunk, last);
    } catch (error) {
      if (error instanceof CorpusError) throw error;
      // The inflater fails on whatever follows the last member: zero bytes are padding, as gzip(1)
      // reads them; anything else is named for what it is, not called corrupt gzip data.
      const end = this.memberEnd();
      if (end !== undefined) {
        this.checkPadding(end);
        this.padded = true;
        const out = this.out;
        this.out = [];
        return out;
      }
      const message = error instanceof Error ? error.message : String(error);
      throw new CorpusError(
        this.file,
        undefined,
        /unexpected EOF/i.test(message)
          ? 'the gzip data stops short of its end: the file is cut short (a download that stopped?); nothing was read from it'
          : `the gzip data is corrupt (${message}, in its first ${this.read.toLocaleString('en')} bytes); nothing was read from it`,
      );
    }
    if (last) {
      // Fewer than 4 bytes after the last member do not make the inflater fail: the trailer is
      // then not the file's last 8 bytes, but found before them.
      const end = this.trailerAt(this.length - 8) ? undefined : this.memberEnd();
      if (end === undefined) this.checkTrailer(this.length - 8);
      else this.checkPadding(end);
    }
    const out = this.out;
    this.out = [];
    return out;
  }

  /**
   * Where the member being read ends, when its data is whole: the offset after its 8-byte trailer
   * (the CRC-32 and length of its data) in the bytes read so far; undefined if there is none. A
   * member's data is given out in full before the inflater looks past its trailer, and the
   * inflater fails at most two chunks after that, so the search goes back that far, within the
   * member (an earlier member with the same data has the same trailer).
   */
  private memberEnd(): number | undefined {
    if (this.size === 0 && this.member === 1) return undefined;
    const from = Math.max(this.memberStart, this.read - 2 * this.largestChunk - 8);
    const window = this.bytesAt(from, this.read - from);
    const trailer = new Uint8Array(8);
    const view = new DataView(trailer.buffer);
    view.setUint32(0, this.crc >>> 0, true);
    view.setUint32(4, this.size % 2 ** 32, true);
    for (let at = window.length - 8; at >= 0; at--) {
      let k = 0;
      while (k < 8 && window[at + k] === trailer[k]) k++;
      if (k === 8) return from + at + 8;
    }
    return undefined;
  }

  /** Refuses the file unless every byte of it after `end` (where the gzip data ends) is zero. */
  private checkPadding(end: number): void {
    for (let at = end; at < this.length; at += PADDING_READ) {
      const bytes = this.bytesAt(at, Math.min(PADDING_READ, this.length - at));
      if (bytes.some((b) => b !== 0)) {
        const extra = this.length - end;
        throw new CorpusError(
          this.file,
          undefined,
          `${extra.toLocaleString('en')} byte${extra === 1 ? '' : 's'} after the end of the gzip data (at byte ${end.toLocaleString('en')} of ${this.length.toLocaleString('en')}) are not gzip data: something was written after it; nothing was read from it`,
        );
      }
    }
  }

  /** Whether the member being read has its trailer (CRC-32 and length of its data) at `at`. */
  private trailerAt(at: number): boolean {
    const trailer = at >= 0 ? this.bytesAt(at, 8) : new Uint8Array(0);
    const view = new DataView(trailer.buffer, trailer.byteOffset, trailer.byteLength);
    return trailer.length === 8 && view.getUint32(0, true) === this.crc >>> 0 && view.getUint32(4, true) === this.size % 2 ** 32;
  }

  private checkTrailer(at: number): void {
    if (!this.trailerAt(at)) {
      const which = this.member === 1 ? '' : ` (member ${this.member})`;
      throw new CorpusError(
        this.file,
        undefined,
        `the gzip data${which} does not match its checksum: the file is corrupt or cut short; nothing was read from it`,
      );
    }
  }
}

/** The size of a padding check's reads. */
const PADDING_READ = 1 << 16;

/** A whole gzip file's data (`file` names it in errors), read as GunzipReader reads it. */
export function gunzipAll(bytes: Uint8Array, file: string): Uint8Array {
  const reader = new GunzipReader(file, bytes.length, (offset, count) => bytes.subarray(offset, offset + count));
  const pieces: Uint8Array[] = [];
  const CHUNK = 1 << 20;
  for (let at = 0; ; at += CHUNK) {
    const last = at + CHUNK >= bytes.length;
    pieces.push(...reader.push(bytes.subarray(at, at + CHUNK), last));
    if (last) break;
  }
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}

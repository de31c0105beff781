/**
 * 64-bit FNV-1a of a text's UTF-8 bytes, fed in pieces: `update` as often as needed, then `digest`
 * gives 16 hex digits, the same as hashing the joined text at once. Used for paper ids and the
 * corpus hash in the map file (a corpus is hashed as it streams in), so it must give the same
 * answer in Node and in a browser. The state is four 16-bit limbs, so every product stays a small
 * integer (no BigInt, no floating-point carries: many times faster on a 100 MB corpus), and UTF-8
 * bytes are produced on the fly instead of allocating an encoded copy of the text.
 */
export class TextHash {
  /** Offset basis 0xcbf29ce484222325 in 16-bit limbs, lowest first. */
  private readonly state = new Uint32Array([0x2325, 0x8422, 0x9ce4, 0xcbf2]);
  /** A high surrogate that ended the last piece: its pair may start the next one. */
  private pendingHigh = -1;

  update(text: string): this {
    let from = 0;
    let to = text.length;
    if (this.pendingHigh !== -1 && to > 0) {
      // Rejoin a pair split between pieces (or hash the lone surrogate as U+FFFD).
      const high = String.fromCharCode(this.pendingHigh);
      this.pendingHigh = -1;
      const low = text.charCodeAt(0);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.hashRange(high + text[0], 0, 2);
        from = 1;
      } else this.hashRange(high, 0, 1);
    }
    const last = to > from ? text.charCodeAt(to - 1) : 0;
    if (last >= 0xd800 && last <= 0xdbff) {
      this.pendingHigh = last;
      to--;
    }
    this.hashRange(text, from, to);
    return this;
  }

  private hashRange(text: string, from: number, length: number): void {
    const state = this.state;
    let v0 = state[0];
    let v1 = state[1];
    let v2 = state[2];
    let v3 = state[3];
    const bytes = [0, 0, 0, 0];
    for (let i = from; i < length; i++) {
      let code = text.charCodeAt(i);
      let count = 1;
      if (code < 0x80) bytes[0] = code;
      else {
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
          const next = text.charCodeAt(i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
            i++;
          }
        }
        // A lone surrogate hashes as U+FFFD, as TextEncoder would encode it.
        if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
        if (code < 0x800) {
          count = 2;
          bytes[0] = 0xc0 | (code >> 6);
        } else if (code < 0x10000) {
          count = 3;
          bytes[0] = 0xe0 | (code >> 12);
        } else {
          count = 4;
          bytes[0] = 0xf0 | (code >> 18);
        }
        for (let k = count - 1; k > 0; k--) {
          bytes[k] = 0x80 | (code & 0x3f);
          code >>= 6;
        }
      }
      for (let k = 0; k < count; k++) {
        // xor, then multiply by the prime 0x100000001b3 = 2^40 + 435, modulo 2^64: the 2^40
        // part shifts limbs 0 and 1 up by 8 bits into limbs 2 and 3.
        v0 ^= bytes[k];
        const t0 = v0 * 435;
        const t1 = v1 * 435 + (t0 >>> 16);
        const t2 = v2 * 435 + (v0 << 8) + (t1 >>> 16);
        v3 = (v3 * 435 + (v1 << 8) + (t2 >>> 16)) & 0xffff;
        v0 = t0 & 0xffff;
        v1 = t1 & 0xffff;
        v2 = t2 & 0xffff;
      }
    }
    state[0] = v0;
    state[1] = v1;
    state[2] = v2;
    state[3] = v3;
  }

  /** The hash of everything fed so far; a high surrogate left unpaired at the end counts as U+FFFD. */
  digest(): string {
    if (this.pendingHigh !== -1) {
      this.pendingHigh = -1;
      this.hashRange('\uFFFD', 0, 1);
    }
    const [v0, v1, v2, v3] = this.state;
    return hex4(v3) + hex4(v2) + hex4(v1) + hex4(v0);
  }
}

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, '0');
}

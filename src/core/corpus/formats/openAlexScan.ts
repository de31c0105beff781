/**
 * A fast path for OpenAlex works (a snapshot or API pages a work a line, an API response, an
 * array). A real work is 5–15 kB of JSON (authorships with institutions, locations, concepts,
 * topics, referenced and related works, counts by year) of which openAlexPaper.ts reads a few
 * fields; JSON.parse builds all of it, the abstract's inverted index (a key a word) included, and
 * that made the reader run at a third of the JSON Lines reader's speed. Here the text is scanned
 * once: the values openAlexPaper reads (WANTED below) are built, every other value is checked as
 * JSON and skipped without building anything, and the inverted index is read straight into the
 * abstract's words.
 *
 * The result never depends on this path: the scan checks the JSON grammar as strictly as
 * JSON.parse (control characters and escapes in strings, number syntax, literals, commas), and on
 * anything it does not handle it gives undefined, so the caller parses the text as before. A work
 * without an `abstract_inverted_index` key is left to the full path too (it may not be OpenAlex's).
 */
import { MAX_POSITION, PrebuiltAbstract } from './openAlexAbstract';

export const INVERTED_INDEX_KEY = '"abstract_inverted_index":';

/**
 * A value whose parts are read: the keys kept, each with a nested shape, LEAF (the whole value)
 * or INDEX (the inverted index). Keys are compared in the text, by length then characters, so no
 * key of the thousands a work has is cut out as a string: `byLength[n]` lists the kept keys of n
 * characters (most keys of a work have no entry there, and are skipped after one look).
 */
type Part = Shape | typeof LEAF | typeof INDEX_PART | Later;
type Entry = readonly [key: string, part: Part];
interface Shape {
  readonly entries: readonly Entry[];
  readonly byLength: readonly (readonly Entry[] | undefined)[];
}
const LEAF = 0;
const INDEX_PART = 1;
/**
 * A value read through `shape` only when asked for (an Unbuilt in the work): checked as JSON in the
 * scan, built by a second scan of its text if the reader wants it (concepts: only when a work has
 * no keywords).
 */
class Later {
  constructor(readonly shape: Shape) {}
}
function shape(parts: Record<string, Part>): Shape {
  const entries = Object.entries(parts);
  const byLength: Entry[][] = [];
  for (const entry of entries) (byLength[entry[0].length] ??= []).push(entry);
  // Dense (no holes), so reading it stays on V8's fast path.
  for (let n = 0; n < byLength.length; n++) byLength[n] ??= [];
  return { entries, byLength: byLength.map((list) => (list.length === 0 ? undefined : list)) };
}

/**
 * What openAlexPaper.ts reads of a work. A shape applies to an object's keys, and to each element
 * of an array in its place (authorships, keywords, concepts); keep it in step with that file.
 */
const WANTED: Shape = shape({
  id: LEAF,
  doi: LEAF,
  title: LEAF,
  display_name: LEAF,
  publication_date: LEAF,
  publication_year: LEAF,
  authorships: shape({ author: shape({ display_name: LEAF }), raw_author_name: LEAF }),
  primary_location: shape({ source: shape({ display_name: LEAF }), landing_page_url: LEAF }),
  host_venue: shape({ display_name: LEAF }),
  keywords: shape({ display_name: LEAF }),
  concepts: new Later(shape({ display_name: LEAF, score: LEAF })),
  ids: shape({ pmid: LEAF }),
  abstract_inverted_index: INDEX_PART,
});
const INDEX = 'abstract_inverted_index';

/** Thrown (one object, no stack) when the scan meets anything it leaves to JSON.parse. */
export const BAIL = Object.freeze({ bail: true });

/** One work a line: the work with the fields openAlexPaper reads, or undefined (parse it fully). */
export function parseOpenAlexLine(line: string): Record<string, unknown> | undefined {
  // The line read where it stands in a flat copy of itself, with `#` after it (read instead of
  // past the end: no JSON token goes on with `#`); values are cut from the line itself.
  return parseOpenAlexSpan([line, LINE_END].join(''), 0, line.length, line);
}

/**
 * The work that stands from `start` to `end` in `text` (a JSON Lines line in the piece it came in,
 * as LineSplitter gives it), or undefined (parse the line fully). V8 reads each character of a
 * sliced string through its parent: reading the line in its piece (a flat string) is faster than
 * reading it as a slice, and cuts out nothing but the values kept (which keep the piece, not a
 * copy, alive). The text past `end` (a line break, the next line) is read as a flat copy's `#`
 * would be: the work must end at `end` exactly, so what follows can only make the scan bail.
 * `source` is `text`, or the line itself when `text` is a flat copy of it. `backslash`, when not
 * -1, is where the first backslash at or after `start` is in `text` (its length: none): a piece's
 * lines share it (JsonLinesReader keeps it), where a search from each line would run on to the
 * piece's end in a text without any.
 */
export function parseOpenAlexSpan(
  text: string,
  start: number,
  end: number,
  source = text,
  backslash = -1,
): Record<string, unknown> | undefined {
  const scan = new Scanner(text, source, start, backslash);
  try {
    scan.i = start;
    scan.space();
    const work = scan.work();
    if (scan.i === end) return work;
    // Blanks after the work: in a flat copy they stop at `#`; in a piece they run on over the line
    // break, past `end`, and the full path reads that rare line.
    scan.space();
    return scan.i === end ? work : undefined;
  } catch {
    // BAIL, or a stack overflow on deep nesting: the full path decides.
    return undefined;
  }
}

/** Put after a line's flat copy: not a blank, not a control character, and no JSON token goes on with it. */
const LINE_END = '#';

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Where the next control character (U+0000–U+001F) at or after `from` is, or the text's length. */
const CONTROL = /[\u0000-\u001f]/g;
const CONTROL_FREE = /^[^\u0000-\u001f]*$/;
/** From its lastIndex, up to the next control character (its lastIndex then) or the text's end. */
const CONTROL_FREE_RUN = /[^\u0000-\u001f]*/y;
function nextControl(s: string, from: number): number {
  CONTROL.lastIndex = from;
  return CONTROL.exec(s)?.index ?? s.length;
}
/**
 * The words and positions of the inverted index being read: scratch space reused from work to
 * work (a Set and an array a work made the index the scan's costliest part). Entries are marked
 * with the number of the index they belong to (`stamp`), so nothing is cleared between works.
 * A word is kept as where it stands in the scanned text (no string is cut for it), or, when it
 * held an escape, as its decoded string; the abstract is then written as bytes and decoded once
 * when every word is plain ASCII (the common case), else joined from the words' strings.
 */
class IndexScratch {
  /** The number of the index being read: a position or slot marked with it belongs to it. */
  stamp = 0;
  /** The text the words stand in, and what values are cut from (Scanner's `s` and `source`). */
  private s = '';
  private source = '';
  /** Each word (by order read): where it stands in `s`, or (start -1) its decoded string. */
  private wordStart = new Int32Array(INDEX_SLOTS >> 1);
  private wordEnd = new Int32Array(INDEX_SLOTS >> 1);
  private readonly decoded: string[] = [];
  private count = 0;
  /** The characters of every word ORed: at most 0x7f when all of them are ASCII. */
  private chars = 0;
  /** Whether a word is empty or holds a blank or control character (at most 0x20). */
  private blank = false;
  /** Open addressing on the words' hashes: which word (by order) a slot holds, and for which index. */
  private readonly slotWord = new Int32Array(INDEX_SLOTS);
  private readonly slotStamp = new Int32Array(INDEX_SLOTS);
  /**
   * For each position: the word there, and for which index (grown as positions need). Written
   * by Scanner.invertedIndex itself, with these in local variables (a call a position was a
   * fifth of the index's time), which then says what it placed (`placed`).
   */
  positionWord = new Int32Array(1024);
  positionStamp = new Int32Array(1024);
  private placedCount = 0;
  private last = -1;
  /** The characters of the words placed, plus one a position: the ASCII abstract's size at most. */
  private size = 0;
  /** The abstract's bytes when all its words are ASCII (grown as abstracts need). */
  private bytes = new Uint8Array(1 << 14);

  /** Starts a new index of words standing in `s` (values cut from `source`, at the same offsets). */
  next(s: string, source: string): this {
    if (this.stamp === 0x7fffffff) {
      this.stamp = 0;
      this.slotStamp.fill(0);
      this.positionStamp.fill(0);
    }
    this.stamp++;
    this.s = s;
    this.source = source;
    this.count = 0;
    this.chars = 0;
    this.blank = false;
    this.placedCount = 0;
    this.last = -1;
    this.size = 0;
    return this;
  }

  /**
   * The number of the word between `start` and `end` in the text (no escape in it), or -1 when
   * it is there already (JSON.parse would keep its last list) or there are too many.
   */
  addSpan(start: number, end: number): number {
    const { s } = this;
    let hash = end - start;
    let chars = this.chars;
    let blank = start === end;
    for (let k = start; k < end; k++) {
      const c = s.charCodeAt(k);
      chars |= c;
      if (c <= 0x20) blank = true;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    this.chars = chars;
    if (blank) this.blank = true;
    return this.add(hash, start, end, '');
  }

  /** As addSpan, for a word that held an escape (`word` decoded). */
  addDecoded(word: string): number {
    let hash = word.length;
    for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, 31) + word.charCodeAt(k)) | 0;
    // Its bytes are not in the text: the abstract is joined from strings.
    this.chars |= 0x80;
    return this.add(hash, -1, -1, word);
  }

  private add(hash: number, start: number, end: number, word: string): number {
    if (this.count >= INDEX_SLOTS >> 1) return -1;
    const mask = INDEX_SLOTS - 1;
    const { slotWord, slotStamp, stamp } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      if (slotStamp[slot] !== stamp) {
        slotStamp[slot] = stamp;
        const w = this.count++;
        slotWord[slot] = w;
        this.wordStart[w] = start;
        this.wordEnd[w] = end;
        this.decoded[w] = word;
        return w;
      }
      if (this.same(slotWord[slot], start, end, word)) return -1;
    }
  }

  /** Whether word `w` is the one given (a span of the text, or a decoded string when start is -1). */
  private same(w: number, start: number, end: number, word: string): boolean {
    return this.wordString(w) === (start < 0 ? word : this.s.slice(start, end));
  }

  private wordString(w: number): string {
    const start = this.wordStart[w];
    return start < 0 ? this.decoded[w] : this.source.slice(start, this.wordEnd[w]);
  }

  /** The characters of word `w`, plus one (its space); a decoded word is never written as bytes. */
  wordSize(w: number): number {
    return this.wordEnd[w] - this.wordStart[w] + 1;
  }

  /** What invertedIndex placed: how many positions, the last, and the ASCII abstract's size at most. */
  placed(count: number, last: number, size: number): void {
    this.placedCount = count;
    this.last = last;
    this.size = size;
  }

  /**
   * The words in position order, joined by spaces (gaps are skipped, as openAlexAbstract skips
   * them), as a PrebuiltAbstract: `normalized` when every word is ASCII, none empty and none
   * holding a blank, for the text is then a new flat string with single spaces between words,
   * as PaperCollector's normalizeText and ownString would leave it.
   */
  abstract(): PrebuiltAbstract {
    const ascii = this.chars < 0x80;
    const text = ascii ? this.asciiText() : this.joinedText();
    // Let go of the work's text (the scratch outlives it).
    this.s = this.source = '';
    return new PrebuiltAbstract(text, ascii && !this.blank);
  }

  /**
   * All words ASCII: their characters copied as bytes, in position order, and decoded once (a
   * join of one string a position cost twice as much, with the strings cut for it). For a
   * response's pieces it counts more instructions than the join (valgrind, 2,500 works fed as
   * slices of one string: 656k a work against 629k) but takes less time: no word strings, word
   * list or parts list a work for the scavenger (one process alternating the two on flat two-byte
   * pieces, 8 pairs: 0.82–0.84× the join's time at 10,000 works, 0.93× at 20,000; with 16 kB
   * windows, `bench:readers --only "api response" --records 20000 --runs 9`: 0.45/0.46× →
   * 0.50/0.52×).
   */
  private asciiText(): string {
    const { s, wordStart, wordEnd, positionWord, positionStamp, stamp, last } = this;
    if (this.size > this.bytes.length) this.bytes = new Uint8Array(this.size * 2);
    const { bytes } = this;
    let n = 0;
    // No gaps (the common case): no stamp to look at.
    const dense = this.placedCount === last + 1;
    // A space before each word but the first (a word may be empty: as join, not as n > 0).
    let space = false;
    for (let p = 0; p <= last; p++) {
      if (!dense && positionStamp[p] !== stamp) continue;
      const w = positionWord[p];
      if (space) bytes[n++] = 0x20;
      space = true;
      for (let k = wordStart[w], end = wordEnd[w]; k < end; k++) bytes[n++] = s.charCodeAt(k);
    }
    return ASCII.decode(bytes.subarray(0, n));
  }

  private joinedText(): string {
    const { positionWord, positionStamp, stamp, last, placedCount } = this;
    const words: string[] = [];
    for (let w = 0; w < this.count; w++) words.push(this.wordString(w));
    // Sized once (a list grown by push is copied as it grows).
    const parts = new Array<string>(placedCount);
    for (let p = 0, k = 0; p <= last; p++) if (positionStamp[p] === stamp) parts[k++] = words[positionWord[p]];
    return parts.join(' ');
  }

  /** Room for `position` in the position arrays (new arrays: read them again). */
  grow(position: number): void {
    let size = this.positionStamp.length;
    while (size <= position) size *= 2;
    const words = new Int32Array(size);
    words.set(this.positionWord);
    const stamps = new Int32Array(size);
    stamps.set(this.positionStamp);
    this.positionWord = words;
    this.positionStamp = stamps;
  }
}
/** Decodes an abstract's ASCII bytes (as UTF-8: ASCII bytes are those characters). */
const ASCII = new TextDecoder();
/** Distinct words an index may have on the fast path: twice as many slots, so probes stay short. */
const INDEX_SLOTS = 8192;
const INDEX_SCRATCH = new IndexScratch();
const indexOrEnd = (at: number, s: string): number => (at === -1 ? s.length : at);

/** Exact powers of ten (10^22 is the last a double holds exactly). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The JSON number `s` holds from `start` to `end` (checked already), without cutting it out, when
 * it has no exponent and at most 15 digits: its digits as a whole number are then exact, and one
 * division by an exact power of ten rounds as Number() does (Clinger's fast path). Else undefined.
 */
function plainNumber(s: string, start: number, end: number): number | undefined {
  let i = start;
  const negative = s.charCodeAt(i) === 0x2d;
  if (negative) i++;
  let digits = 0;
  let whole = 0;
  let scale = 0;
  let fraction = false;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e) {
      fraction = true;
      continue;
    }
    if (c < 0x30 || c > 0x39 || ++digits > 15) return undefined;
    whole = whole * 10 + (c - 0x30);
    if (fraction) scale++;
  }
  const value = whole / POWERS_OF_TEN[scale];
  return negative ? -value : value;
}

/**
 * A value the scan checked but did not build (concepts), in its place in the work: `read` builds
 * it through its shape, once, by a second scan of its text only (a work of a 1 MB piece of an API
 * response must not make the scanner look over the whole piece). It was a getter defined on each
 * work; a getter closure of its own gave every work an object layout (V8 map) of its own, and
 * every later read of a work's fields then went the slow way: 10–15% of a work's scan and paper.
 */
export class Unbuilt {
  private built = false;
  private value: unknown;
  constructor(
    private readonly text: string,
    private readonly shape: Shape,
  ) {}

  read(): unknown {
    if (!this.built) {
      try {
        this.value = new Scanner(this.text).shaped(this.shape);
      } catch {
        // Checked JSON reads the same way again; should it not (a stack overflow), in full.
        this.value = JSON.parse(this.text);
      }
      this.built = true;
    }
    return this.value;
  }
}

/** A work's value as JSON.parse gives it: an Unbuilt one built, anything else as it is. */
export function built(value: unknown): unknown {
  return value instanceof Unbuilt ? value.read() : value;
}

/**
 * Reads JSON at `i` in `s`: the pieces of a work (see WANTED), whole values, or past values
 * without building them. Anything it does not read as JSON.parse would throws BAIL, with the
 * place it looked at in `failAt` (-1 when that does not depend on the text after it): a document
 * read as it arrives (OpenAlexDocumentScan) tells a cut-off text (failAt near the end) from a bad one.
 */
export class Scanner {
  i = 0;
  /** Where the last BAIL looked, or -1 (see the class comment). */
  failAt = -1;
  /** Whether the string scanned last held an escape. */
  private escaped = false;
  /** The next backslash at or after the last place looked from (the text's length: none). */
  private nextBackslash = -1;
  /** The next control character at or after the last place looked from (the text's length: none). */
  private nextControl = -1;

  /**
   * `s` is the text scanned, from `from` on; values are cut from `source`, the same text at the
   * same offsets up to its end (`s` may be a flat copy of it with padding after: see
   * parseOpenAlexLine); `backslash` as in parseOpenAlexSpan.
   */
  constructor(
    private readonly s: string,
    private readonly source: string = s,
    from = 0,
    backslash = -1,
  ) {
    this.nextBackslash = backslash === -1 ? indexOrEnd(s.indexOf('\\', from), s) : backslash;
    if (from === 0) {
      // Compact JSON has none: one anchored pass (half the time of a search) says so.
      this.nextControl = CONTROL_FREE.test(s) ? s.length : nextControl(s, 0);
    } else {
      // A line in its piece: the line break after it is the first (one sticky pass up to it).
      CONTROL_FREE_RUN.lastIndex = from;
      CONTROL_FREE_RUN.test(s);
      this.nextControl = CONTROL_FREE_RUN.lastIndex;
    }
  }

  /** BAIL, having noted where the scan looked. */
  bail(at: number): typeof BAIL {
    this.failAt = at;
    return BAIL;
  }

  peek(): number {
    return this.s.charCodeAt(this.i);
  }

  space(): void {
    const { s } = this;
    let { i } = this;
    // Compact JSON (the API's, a snapshot's) has none: one look.
    if (s.charCodeAt(i) > 0x20) return;
    while (isSpace(s.charCodeAt(i))) i++;
    this.i = i;
  }

  expect(c: number): void {
    if (this.s.charCodeAt(this.i) !== c) throw this.bail(this.i);
    this.i++;
  }

  /** A work object at i; it must have an `abstract_inverted_index` key. */
  work(): Record<string, unknown> {
    if (this.peek() !== 0x7b) throw this.bail(this.i);
    const work = this.object(WANTED);
    if (!Object.hasOwn(work, INDEX)) throw this.bail(-1);
    return work;
  }

  /** A key and its colon at i (after the opening brace or a comma and spaces). */
  key(): string {
    const start = this.i;
    if (this.s.charCodeAt(start) !== 0x22 /* " */) throw this.bail(start);
    this.string();
    const { source } = this;
    const key = this.escaped ? (JSON.parse(source.slice(start, this.i)) as string) : source.slice(start + 1, this.i - 1);
    this.space();
    this.expect(0x3a /* : */);
    this.space();
    return key;
  }

  /** The object at i with only the keys `wanted` names (compact JSON: one look between tokens). */
  object(wanted: Shape): Record<string, unknown> {
    const { s } = this;
    const result: Record<string, unknown> = {};
    let i = this.i + 1;
    if (s.charCodeAt(i) <= 0x20) i = this.spaces(i);
    if (s.charCodeAt(i) === 0x7d) {
      this.i = i + 1;
      return result;
    }
    for (;;) {
      const keyAt = i;
      if (s.charCodeAt(keyAt) !== 0x22) throw this.bail(keyAt);
      i = this.stringEnd(keyAt);
      const length = i - keyAt - 2;
      let found: Entry | undefined;
      if (this.escaped) {
        const key = JSON.parse(this.source.slice(keyAt, i)) as string;
        found = wanted.entries.find(([name]) => name === key);
      } else {
        const candidates = length < wanted.byLength.length ? wanted.byLength[length] : undefined;
        if (candidates !== undefined)
          for (const entry of candidates) {
            if (s.startsWith(entry[0], keyAt + 1)) {
              found = entry;
              break;
            }
          }
      }
      if (s.charCodeAt(i) !== 0x3a /* : */) {
        i = this.spaces(i);
        if (s.charCodeAt(i) !== 0x3a) throw this.bail(i);
      }
      i++;
      this.i = s.charCodeAt(i) <= 0x20 ? this.spaces(i) : i;
      if (found === undefined) this.skip();
      else {
        const part = found[1];
        if (part instanceof Later) {
          const at = this.i;
          this.skip();
          result[found[0]] = new Unbuilt(this.source.slice(at, this.i), part.shape);
        } else result[found[0]] = part === LEAF ? this.value() : part === INDEX_PART ? this.invertedIndex() : this.shaped(part);
      }
      i = this.i;
      let c = s.charCodeAt(i);
      if (c <= 0x20) c = s.charCodeAt((i = this.spaces(i)));
      i++;
      if (c === 0x7d) {
        this.i = i;
        return result;
      }
      if (c !== 0x2c) throw this.bail(i - 1);
      if (s.charCodeAt(i) <= 0x20) i = this.spaces(i);
    }
  }

  /** A value read through a shape: objects pruned, arrays element by element, the rest as is. */
  shaped(wanted: Shape): unknown {
    const c = this.peek();
    if (c === 0x7b) return this.object(wanted);
    if (c !== 0x5b) return this.value();
    const list: unknown[] = [];
    this.i++;
    this.space();
    if (this.peek() === 0x5d) {
      this.i++;
      return list;
    }
    for (;;) {
      list.push(this.shaped(wanted));
      this.space();
      const next = this.peek();
      this.i++;
      if (next === 0x5d) return list;
      if (next !== 0x2c) throw this.bail(this.i - 1);
      this.space();
    }
  }

  /** The whole value at i, as JSON.parse gives it. */
  value(): unknown {
    const { s, source } = this;
    const start = this.i;
    const c = s.charCodeAt(start);
    if (c === 0x22) {
      this.string();
      return this.escaped ? JSON.parse(source.slice(start, this.i)) : source.slice(start + 1, this.i - 1);
    }
    this.skip();
    if (c === 0x7b || c === 0x5b) return JSON.parse(source.slice(start, this.i));
    if (c === 0x74 /* t */) return true;
    if (c === 0x66 /* f */) return false;
    if (c === 0x6e /* n */) return null;
    return plainNumber(s, start, this.i) ?? Number(source.slice(start, this.i));
  }

  /**
   * `{"word": [positions], ...}` read into the abstract. Anything JSON.parse would read
   * differently from a plain walk (a word twice, two words at one position, a position that is
   * not a plain whole number in range) or that is not an object: the value is parsed whole and
   * openAlexAbstract reads it as the full path does.
   */
  invertedIndex(): unknown {
    const { s, source } = this;
    const start = this.i;
    if (s.charCodeAt(start) !== 0x7b) return this.value();
    const index = INDEX_SCRATCH.next(s, source);
    const { stamp } = index;
    let { positionWord, positionStamp } = index;
    let placed = 0;
    let last = -1;
    let size = 0;
    let i = start + 1;
    while (isSpace(s.charCodeAt(i))) i++;
    let ok = true;
    if (s.charCodeAt(i) === 0x7d) i++;
    else
      for (;;) {
        if (s.charCodeAt(i) !== 0x22) {
          ok = false;
          break;
        }
        const wordAt = i;
        i = this.stringEnd(i);
        const w = this.escaped
          ? index.addDecoded(JSON.parse(source.slice(wordAt, i)) as string)
          : index.addSpan(wordAt + 1, i - 1);
        if (w < 0) {
          ok = false;
          break;
        }
        const wordSize = index.wordSize(w);
        while (isSpace(s.charCodeAt(i))) i++;
        if (s.charCodeAt(i) !== 0x3a) {
          ok = false;
          break;
        }
        i++;
        while (isSpace(s.charCodeAt(i))) i++;
        if (s.charCodeAt(i) !== 0x5b) {
          ok = false;
          break;
        }
        i++;
        while (isSpace(s.charCodeAt(i))) i++;
        if (s.charCodeAt(i) === 0x5d) i++;
        else
          for (;;) {
            let c = s.charCodeAt(i);
            let position = 0;
            let digits = 0;
            while (c >= 0x30 && c <= 0x39 && digits < 7) {
              position = position * 10 + (c - 0x30);
              digits++;
              c = s.charCodeAt(++i);
            }
            // "01", a sign, a fraction, an exponent, 7+ digits: left to JSON.parse.
            if (digits === 0 || isDigit(c) || (digits > 1 && s.charCodeAt(i - digits) === 0x30) || position > MAX_POSITION) {
              ok = false;
              break;
            }
            if (position >= positionStamp.length) {
              index.grow(position);
              positionWord = index.positionWord;
              positionStamp = index.positionStamp;
            }
            // Two words at one position: JSON.parse's object says which, the full path reads it.
            if (positionStamp[position] === stamp) {
              ok = false;
              break;
            }
            positionStamp[position] = stamp;
            positionWord[position] = w;
            placed++;
            size += wordSize;
            if (position > last) last = position;
            // Compact JSON: a comma right after the number, and the next one right after it.
            if (c === 0x2c) {
              i++;
              if (s.charCodeAt(i) <= 0x20) while (isSpace(s.charCodeAt(i))) i++;
              continue;
            }
            while (isSpace(s.charCodeAt(i))) i++;
            c = s.charCodeAt(i++);
            if (c === 0x5d) break;
            if (c !== 0x2c) {
              ok = false;
              break;
            }
            while (isSpace(s.charCodeAt(i))) i++;
          }
        if (!ok) break;
        while (isSpace(s.charCodeAt(i))) i++;
        const c = s.charCodeAt(i++);
        if (c === 0x7d) break;
        if (c !== 0x2c) {
          ok = false;
          break;
        }
        while (isSpace(s.charCodeAt(i))) i++;
      }
    if (!ok) {
      this.i = start;
      return this.value();
    }
    this.i = i;
    index.placed(placed, last, size);
    return index.abstract();
  }

  /** Past the string at i (its opening quote), checked as JSON.parse checks it. */
  string(): void {
    this.i = this.stringEnd(this.i);
  }

  /**
   * The offset after the string whose opening quote is at `open`, checked as JSON.parse checks
   * it; `escaped` says whether it held an escape. The text between quotes is passed over by
   * indexOf (a native scan, several times faster than a loop over charCodeAt); the next
   * backslash and the next control character are remembered, and looked for again only once
   * passed, so a string without either costs one indexOf.
   */
  stringEnd(open: number): number {
    const { s } = this;
    const quote = s.indexOf('"', open + 1);
    if (quote !== -1 && quote < this.nextBackslash && quote < this.nextControl && this.nextControl > open) {
      this.escaped = false;
      return quote + 1;
    }
    let from = open + 1;
    let escaped = false;
    for (;;) {
      const end = s.indexOf('"', from);
      if (end === -1) throw this.bail(s.length);
      if (this.nextBackslash < from) this.nextBackslash = indexOrEnd(s.indexOf('\\', from), s);
      const backslash = this.nextBackslash;
      if (backslash > end) {
        if (this.nextControl <= open) this.nextControl = nextControl(s, open + 1);
        // A raw control character (a tab, a line break) is not allowed in a JSON string.
        if (this.nextControl < end) throw this.bail(-1);
        this.escaped = escaped;
        return end + 1;
      }
      escaped = true;
      const e = s.charCodeAt(backslash + 1);
      if (e === 0x75 /* u */) {
        for (let k = backslash + 2; k < backslash + 6; k++) if (!isHex(s.charCodeAt(k))) throw this.bail(k);
        from = backslash + 6;
      } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        // \" \\ \/ \b \f \n \r \t
        from = backslash + 2;
      } else throw this.bail(backslash + 1);
    }
  }

  /**
   * Past the value at i, checked as JSON and built into nothing: one loop over local variables,
   * the open objects and arrays kept as bits of a number (deeper than 30 levels is left to
   * JSON.parse). Nine tenths of a work is skipped, so this loop is most of the scan: compact JSON
   * (no spaces) takes one look a token, literals and numbers are checked where they stand (no
   * call, no `this.i` round trip), and a string costs what stringEnd's first indexOf costs.
   */
  skip(): void {
    const { s } = this;
    let i = this.i;
    /** Bit k: the container at depth k+1 is an object. */
    let objects = 0;
    let depth = 0;
    for (;;) {
      // A value at i.
      let c = s.charCodeAt(i);
      if (c === 0x22) i = this.stringEnd(i);
      else if (c === 0x7b || c === 0x5b) {
        // `}` is `{` + 2, `]` is `[` + 2.
        const close = c + 2;
        c = s.charCodeAt(++i);
        if (c <= 0x20) c = s.charCodeAt((i = this.spaces(i)));
        if (c === close) i++;
        else {
          if (depth === 30) throw this.bail(-1);
          if (close === 0x7d) {
            objects |= 1 << depth;
            i = this.keyEnd(i);
          } else objects &= ~(1 << depth);
          depth++;
          continue;
        }
      } else if (c === 0x6e /* n */) {
        if (s.charCodeAt(i + 1) !== 0x75 || s.charCodeAt(i + 2) !== 0x6c || s.charCodeAt(i + 3) !== 0x6c) throw this.bail(i);
        i += 4;
      } else if (c === 0x74 /* t */) {
        if (s.charCodeAt(i + 1) !== 0x72 || s.charCodeAt(i + 2) !== 0x75 || s.charCodeAt(i + 3) !== 0x65) throw this.bail(i);
        i += 4;
      } else if (c === 0x66 /* f */) {
        if (
          s.charCodeAt(i + 1) !== 0x61 ||
          s.charCodeAt(i + 2) !== 0x6c ||
          s.charCodeAt(i + 3) !== 0x73 ||
          s.charCodeAt(i + 4) !== 0x65
        )
          throw this.bail(i);
        i += 5;
      } else i = this.numberEnd(i);
      // After a value: a comma, or the ends of the containers it closes.
      for (;;) {
        if (depth === 0) {
          this.i = i;
          return;
        }
        c = s.charCodeAt(i);
        if (c <= 0x20) c = s.charCodeAt((i = this.spaces(i)));
        i++;
        const inObject = (objects & (1 << (depth - 1))) !== 0;
        if (c === 0x2c) {
          if (s.charCodeAt(i) <= 0x20) i = this.spaces(i);
          if (inObject) i = this.keyEnd(i);
          break;
        }
        if (c !== (inObject ? 0x7d : 0x5d)) throw this.bail(i - 1);
        depth--;
      }
    }
  }

  /** Past the blanks at i. */
  private spaces(at: number): number {
    const { s } = this;
    let i = at;
    while (isSpace(s.charCodeAt(i))) i++;
    return i;
  }

  /** The offset of the value after the key at i, its colon and spaces. */
  private keyEnd(at: number): number {
    const { s } = this;
    if (s.charCodeAt(at) !== 0x22) throw this.bail(at);
    let i = this.stringEnd(at);
    if (s.charCodeAt(i) !== 0x3a) {
      i = this.spaces(i);
      if (s.charCodeAt(i) !== 0x3a) throw this.bail(i);
    }
    i++;
    return s.charCodeAt(i) <= 0x20 ? this.spaces(i) : i;
  }

  /** The offset after the number at `at`, checked as JSON.parse checks it. */
  private numberEnd(at: number): number {
    const { s } = this;
    let i = at;
    if (s.charCodeAt(i) === 0x2d /* - */) i++;
    const first = s.charCodeAt(i);
    if (first === 0x30) i++;
    else if (isDigit(first)) while (isDigit(s.charCodeAt(i))) i++;
    else throw this.bail(i);
    if (s.charCodeAt(i) === 0x2e /* . */) {
      i++;
      if (!isDigit(s.charCodeAt(i))) throw this.bail(i);
      while (isDigit(s.charCodeAt(i))) i++;
    }
    const e = s.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = s.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!isDigit(s.charCodeAt(i))) throw this.bail(i);
      while (isDigit(s.charCodeAt(i))) i++;
    }
    return i;
  }
}

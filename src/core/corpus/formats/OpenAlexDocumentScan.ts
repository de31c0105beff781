import { BAIL, Scanner } from './openAlexScan';

/** What the next part of the document is (the scan's state between parts). */
const START = 0;
/** After the response's `{`: a key, or `}` (an empty object is not a response). */
const FIRST_KEY = 1;
const KEY = 2;
/** A top-level value other than `results`, skipped. */
const VALUE = 3;
/** `,` or `}` after a top-level value. */
const AFTER_VALUE = 4;
/** The `[` of `results`. */
const RESULTS = 5;
/** After a list's `[`: a work, or `]`. */
const FIRST_WORK = 6;
const WORK = 7;
/** `,` or `]` after a work. */
const AFTER_WORK = 8;
/** After the document: blanks only. */
const DONE = 9;

/**
 * Characters of a new piece first joined to a part begun in the text before it (doubled while
 * that is not enough). The window outlives the scan (the values of the works read in it are cut
 * from it), so it is kept small: 64 kB windows made a response 1.1× slower than 16 kB ones (one
 * process alternating the two, 20,000 works a pass on flat two-byte pieces, 10 pairs each way:
 * 0.90× and 1/1.08×).
 */
const WINDOW = 1 << 14;
/**
 * Characters at the end of a piece not read in place but with the start of the next piece (a
 * work is 5-15 kB): the scan of a piece then never reads past its end, except for a part longer
 * than this. A read past a string's end (a part cut by the piece's end) made V8 drop the scan's
 * optimized code again and again, and compile it back slower than for JSON Lines. 16 kB, not
 * 32 kB as before: fewer works read twice and copied into the window.
 */
const TAIL = 1 << 14;
/**
 * Put after a joined window, so that the scan of a part cut by the window's end reads these, not
 * past the string's end: `#` continues no JSON token, is not a blank, nor a control character.
 */
const PAD = '################';

/** Where a document's works go, as they are read: the work and the offset (in the whole text) it starts at. */
export type ReadWork = (work: Record<string, unknown>, offset: number) => void;

/** A whole JSON document of OpenAlex works, as OpenAlexDocumentScan reads it in pieces. */
export function parseOpenAlexDocument<T>(
  text: string,
  read: (work: Record<string, unknown>, offset: number) => T,
): T[] | undefined {
  const items: T[] = [];
  const scan = new OpenAlexDocumentScan((work, offset) => {
    items.push(read(work, offset));
  });
  scan.push(text);
  return scan.end() ? items : undefined;
}

/**
 * A JSON document of OpenAlex works read as its text arrives: an array of works, or an API
 * response `{"meta": …, "results": [...]}` (no `papers` key: parseJsonCorpus reads that first).
 * Each work, with the fields openAlexPaper reads (see openAlexScan.ts), goes to `read` as soon as
 * it is found, with its offset, so nothing is kept until the end (kept papers were promoted and
 * copied by the scavenger; the papers of a response now reach the collector as JSON Lines papers
 * do). `end` says whether the whole text was such a document;
 * when it is not (anything else, an element that is not such a work, a second list of works, or
 * text that is not JSON as JSON.parse reads it), `works` of them went to `read` before that was
 * known, and `firstWorkAt` says where the first of them starts: the caller (JsonDocumentReader)
 * parses the text in full and goes on from there, or refuses it when JSON.parse would keep
 * another list. `push` says false once the document is known not to be read through to its end.
 *
 * The text is never joined: each piece is scanned where it is, up to its last TAIL characters. The
 * parts starting there (a key, a skipped value, a work), or a longer part cut by the piece's end,
 * are read from their start on their text joined to the start of the next piece (WINDOW
 * characters, doubled while that is not enough, then PAD), so only the few tens of kB around each
 * cut are copied. The scanner tells a cut from an error by where it stopped (Scanner.failAt).
 */
export class OpenAlexDocumentScan {
  private state = START;
  /** The works are the document's own array (else the response's `results`). */
  private rootArray = false;
  private found = false;
  private failed = false;
  /** Works handed to `read` so far. */
  works = 0;
  /** Offset (in the whole text) of the first work handed to `read` (-1: none yet). */
  firstWorkAt = -1;
  /** Offset (in the whole text) of the next piece. */
  private offset = 0;
  /** The text of a part cut by the end of the text so far, from its start (empty: none). */
  private carry = '';
  /** Offset of carry's start. */
  private carryStart = 0;
  /** Pieces come since carry was last tried with all of the text: tried again once as long as it. */
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly read: ReadWork) {}

  /** The next piece of the text; false once the document is known not to be one this reads. */
  push(text: string): boolean {
    if (this.failed || text === '') return !this.failed;
    const offset = this.offset;
    this.offset += text.length;
    if (this.carry === '') {
      this.scanPiece(text, 0, offset);
      return !this.failed;
    }
    if (this.pending.length > 0 || this.carry.length > 4 * text.length) {
      // A part spanning many pieces (a huge skipped value): tried again only once the text
      // after it has doubled, so its pieces are joined a few times, not once each.
      this.pending.push(text);
      this.pendingLength += text.length;
      if (this.pendingLength < this.carry.length) return true;
      const joined = this.pending.join('');
      this.pending = [];
      this.pendingLength = 0;
      this.resume(joined, this.offset - joined.length);
    } else this.resume(text, offset);
    return !this.failed;
  }

  /** Whether the whole text was a document of works, each handed to `read` (see the class comment). */
  end(): boolean {
    if (!this.failed && (this.carry !== '' || this.pending.length > 0)) {
      const text = [this.carry, ...this.pending, PAD].join('');
      const end = text.length - PAD.length;
      this.carry = '';
      this.pending = [];
      if (this.run(text, end, 0, this.carryStart, Number.POSITIVE_INFINITY, true) !== end) this.failed = true;
    }
    return !this.failed && this.state === DONE && this.found;
  }

  /** Scans `text` (at `offset` in the whole) from `from`; the parts in its last TAIL characters, or cut by its end, are carried. */
  private scanPiece(text: string, from: number, offset: number): void {
    const stop = this.run(text, text.length, from, offset, text.length - TAIL, false);
    if (stop < text.length && !this.failed) {
      this.carry = text.slice(stop);
      this.carryStart = offset + stop;
    }
  }

  /** Finishes the carried part on its text joined to the start of `text`, then scans the rest of `text` in place. */
  private resume(text: string, offset: number): void {
    const carry = this.carry;
    const base = this.carryStart;
    let from = 0;
    for (let width = Math.min(text.length, WINDOW); ; width = Math.min(text.length, 2 * width)) {
      // One flat copy, PAD included (the scanner's first regex would flatten a concatenation anyway).
      const window = [carry, text.slice(0, width), PAD].join('');
      const end = carry.length + width;
      const stop = this.run(window, end, from, base, carry.length, false);
      if (this.failed) return;
      if (stop >= carry.length) {
        this.carry = '';
        this.scanPiece(text, stop - carry.length, offset);
        return;
      }
      from = stop;
      if (width === text.length) {
        this.carry = window.slice(stop, end);
        this.carryStart = base + stop;
        return;
      }
    }
  }

  /**
   * Reads parts of `s` up to `end` (PAD may follow it; `s` is at `base` in the whole text) from
   * `from` while they start before `until`. Gives where it stopped: the start of a part cut by
   * `end` (unless `ended`), or where the parts ran out; sets `failed` when the text is not a
   * document this reads.
   */
  private run(s: string, end: number, from: number, base: number, until: number, ended: boolean): number {
    const scan = new Scanner(s);
    scan.i = from;
    for (;;) {
      scan.space();
      const at = scan.i;
      if (at >= end || at >= until) return at;
      try {
        if (!this.step(scan, s, end, at, base, ended)) return at;
      } catch (error) {
        // A stack overflow (deep nesting) is an answer too: the full path decides.
        if (error === BAIL && !ended && scan.failAt + 6 >= end) return at;
        this.fail();
        return at;
      }
      if (this.failed) return at;
    }
  }

  /** One part at `at`; false when it may go on past `end` (a number at its very end). */
  private step(scan: Scanner, s: string, end: number, at: number, base: number, ended: boolean): boolean {
    const c = s.charCodeAt(at);
    switch (this.state) {
      case START:
        scan.i++;
        if (c === 0x5b /* [ */) {
          this.rootArray = true;
          this.found = true;
          this.state = FIRST_WORK;
        } else if (c === 0x7b /* { */) this.state = FIRST_KEY;
        else this.fail();
        return true;
      case FIRST_KEY:
        if (c === 0x7d /* } */) this.fail();
        else this.state = KEY;
        return true;
      case KEY: {
        const key = scan.key();
        // `papers` (parseJsonCorpus reads it before `results`), or a second `results` after works
        // were handed on (JSON.parse keeps the last): the caller decides on the whole text.
        if (key === 'papers' || (key === 'results' && this.works > 0)) this.fail();
        else this.state = key === 'results' ? RESULTS : VALUE;
        return true;
      }
      case VALUE:
        scan.skip();
        if (scan.i >= end && !ended) return false;
        this.state = AFTER_VALUE;
        return true;
      case AFTER_VALUE:
      case AFTER_WORK: {
        scan.i++;
        const inWorks = this.state === AFTER_WORK;
        if (c === 0x2c /* , */) this.state = inWorks ? WORK : KEY;
        else if (c === (inWorks ? 0x5d /* ] */ : 0x7d)) this.state = inWorks && !this.rootArray ? AFTER_VALUE : DONE;
        else this.fail();
        return true;
      }
      case RESULTS:
        scan.expect(0x5b);
        this.found = true;
        this.state = FIRST_WORK;
        return true;
      case FIRST_WORK:
        if (c === 0x5d) {
          scan.i++;
          this.state = this.rootArray ? DONE : AFTER_VALUE;
          return true;
        }
        this.state = WORK;
        return true;
      case WORK:
        this.read(scan.work(), base + at);
        if (this.works++ === 0) this.firstWorkAt = base + at;
        this.state = AFTER_WORK;
        return true;
      default:
        // DONE: anything but blanks after the document.
        this.fail();
        return true;
    }
  }

  private fail(): void {
    this.failed = true;
    this.carry = '';
    this.pending = [];
  }
}

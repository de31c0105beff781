import { shorten } from '../../util';
import { LineReader } from './LineReader';
import { CorpusError } from '../CorpusError';
import type { RawPaperSink } from '../RawPaper';

/** Lines of the trending-papers web page that are not papers ("Get trending papers in your email inbox!"). */
const CHROME = /^(?:get trending papers in your email inbox\b.*|subscribe)$/i;

/**
 * "SubscribeMuon is Scalable...": the page's button text glued to the first title when copied.
 * Not stripped from a title that really starts with "Subscribers", "Subscribed" or "Subscribes".
 */
const GLUED_SUBSCRIBE = /^Subscribe(?!(?:rs?|d|s)\b)(?=\S)/;

/**
 * A line of a tagged export: a field tag of two to four capitals or digits, then "-", "~" or ":"
 * ("TI- The SIS project", Copac; "AU ~ Prechelt, Lutz", Inspec's own format).
 */
const TAGGED_LINE = /^[A-Z][A-Z0-9]{1,3} ?[-~:] ?\S/;

/**
 * Ovid's display format, saved as text: each record starts "<1>", then each field's name on a line
 * of its own ("Title", "Abstract", "Source") and its value indented under it.
 */
const OVID_RECORD = /^<\d+>\s*$/;
const OVID_LABEL = /^(?:Title|Abstract|Source|Authors?)\s*$/;

/** Longer than any real title: such a line is an abstract whatever its shape. */
const ABSTRACT_LENGTH = 400;

interface ContentLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  abstract: boolean;
}

/**
 * The text copied from a trending-papers page: page chrome, then a title line and an abstract
 * line for each paper. Lines are told apart by shape, not by position alone, so a missing line
 * costs one paper (reported as a warning with its line number) instead of shifting every title
 * onto the wrong abstract. Read as the text arrives: deciding a line needs only the two content
 * lines after it.
 */
export class TrendingReader extends LineReader {
  private afterChrome = true;
  /** Content lines not yet decided (chrome dropped, "Subscribe" unglued from a title). */
  private pending: ContentLine[] = [];
  /** The page's own lines were seen ("Get trending papers..."): the file is such a page. */
  private sawChrome = false;
  private papers = 0;
  private skipped = 0;
  private firstSkipped = 0;
  /** Content lines, and those shaped as a tagged export's fields (the first of them kept). */
  private contentLines = 0;
  private tagged = 0;
  private firstTagged: ContentLine | null = null;
  /** Ovid's record marks ("<1>", the line of the first) and field names, each on a line of its own. */
  private ovidRecords = 0;
  private firstOvidRecord = 0;
  private ovidLabels = 0;

  constructor(
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    super(true);
  }

  override push(text: string): void {
    super.push(text);
    // Decide lines while two more follow them; at the end, decide the rest.
    this.decide(3);
  }

  override end(): void {
    super.end();
    this.decide(1);
    if (this.ovidRecords > 0 && this.ovidLabels >= 2) {
      throw new CorpusError(
        this.file,
        this.firstOvidRecord,
        `reads as records saved from Ovid in its display format ("<1>", then "Title", "Abstract", ... on lines of their own), ` +
          'which is not read here; export the records from Ovid as RIS instead (see "Input formats" in README.md)',
      );
    }
    // A tagged export of a kind not read (Copac, Inspec's own format): no paper comes of it, and
    // its lines are fields, not titles without abstracts. Said as such, not as papers missing.
    if (this.papers === 0 && this.firstTagged && this.tagged >= 3 && 2 * this.tagged >= this.contentLines) {
      throw new CorpusError(
        this.file,
        this.firstTagged.line,
        `reads as a tagged export of a kind not read here (${this.tagged} of its ${this.contentLines} lines are fields such as ` +
          `"${shorten(this.firstTagged.text, 40)}"); export the records as RIS, BibTeX or CSV instead ` +
          '(see "Input formats" in README.md)',
      );
    }
    // Text of another shape (an export this is not the reader of, a report) read as title and
    // abstract lines gives papers whose "abstracts" are its other lines: refused, not mapped.
    if (!this.sawChrome && this.papers > 0 && this.skipped > this.papers) {
      throw new CorpusError(
        this.file,
        this.firstSkipped,
        `does not read as title and abstract lines (trending-papers text): ${this.skipped} lines could not be read as either, ` +
          `for ${this.papers} ${this.papers === 1 ? 'paper' : 'papers'}; an export from a database or reference manager ` +
          'reads in one of the formats it offers (RIS, BibTeX, CSV: see "Input formats" in README.md)',
      );
    }
  }

  protected readLine(raw: string, line: number): void {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (OVID_RECORD.test(raw)) {
      if (this.ovidRecords++ === 0) this.firstOvidRecord = line;
    } else if (OVID_LABEL.test(raw)) {
      this.ovidLabels++;
    }
    if (CHROME.test(trimmed)) {
      this.afterChrome = true;
      this.sawChrome = true;
      return;
    }
    const text = this.afterChrome ? trimmed.replace(GLUED_SUBSCRIBE, '') : trimmed;
    this.afterChrome = false;
    const content = { line, text, abstract: looksLikeAbstract(text) };
    this.contentLines++;
    if (TAGGED_LINE.test(text)) {
      this.tagged++;
      this.firstTagged ??= content;
    }
    this.pending.push(content);
  }

  /** Decides pending lines while at least `keep` remain (1: all of them). */
  private decide(keep: number): void {
    const { file, sink } = this;
    const content = this.pending;
    let k = 0;
    for (; content.length - k >= keep; k++) {
      const current = content[k];
      const next = content[k + 1];
      if (current.abstract) {
        this.skip(current.line);
        sink.warning({
          file,
          line: current.line,
          message: `text without a title before it (looks like an abstract: "${shorten(current.text, 60)}"); skipped`,
        });
        continue;
      }
      if (next && (next.abstract || pairsAsShortAbstract(current, next, content[k + 2]))) {
        sink.paper({ line: current.line, title: current.text, abstract: next.text });
        this.papers++;
        k++;
        continue;
      }
      this.skip(current.line);
      sink.warning({
        file,
        line: current.line,
        message: `title "${shorten(current.text, 60)}" has no abstract after it; skipped`,
      });
    }
    if (k > 0) this.pending = content.slice(k);
  }

  private skip(line: number): void {
    if (this.skipped === 0) this.firstSkipped = line;
    this.skipped++;
  }
}

/**
 * Abstracts are long and made of sentences; titles are short and rarely end with a full stop.
 * Long lines are decided by length alone, so a megabyte-long abstract is not scanned here.
 */
function looksLikeAbstract(line: string): boolean {
  if (line.length >= ABSTRACT_LENGTH) return true;
  const sentenceBreaks = (line.match(/[.!?]["')\]]?\s+["'(]?[A-Z0-9]/g) ?? []).length;
  const endsLikeSentence = /[.!?]["')\]]?$/.test(line);
  if (line.length >= 200 && (sentenceBreaks >= 1 || endsLikeSentence)) return true;
  return sentenceBreaks >= 2 && endsLikeSentence;
}

/**
 * Two title-shaped lines in a row: is the second a very short abstract of the first, or the
 * next paper's title? It is an abstract when it ends like a sentence and the line after it
 * is not an abstract (which would make it a title).
 */
function pairsAsShortAbstract(
  title: { text: string },
  candidate: { text: string },
  after: { abstract: boolean } | undefined,
): boolean {
  if (after?.abstract) return false;
  return /[.!?]["')\]]?$/.test(candidate.text) && !/[.!?]$/.test(title.text) && candidate.text.length > title.text.length;
}

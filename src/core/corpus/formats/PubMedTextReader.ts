import { identifyPubmedRecord } from './pubmedRecordId';
import { shorten } from '../../util';
import { CorpusError } from '../CorpusError';
import type { RawPaper, RawPaperSink } from '../RawPaper';
import { LineReader } from '../readers/LineReader';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';

/** A record's first line: its number, ". ", the citation ("1. Nature. 2020 Jan;577(7788):89-94. ..."). */
const RECORD_START = /^(\d+)\. (\S.*)$/;
/** The journal and the year a citation starts with ("Lancet Digit Health. 2019 Oct;1(6):..."). */
const CITATION = /^(.+?)\. ((?:1[5-9]|20)\d\d)\b/;
const ANY_YEAR = /\b((?:1[5-9]|20)\d\d)\b/;
/**
 * Paragraphs that are neither authors nor abstract: affiliations, linked records, notes and the
 * publisher's copyright line.
 */
const NOT_ABSTRACT =
  /^(?:Author information:|Collaborators:|Comment (?:in|on)\b|Erratum (?:in|for)\b|Update (?:of|in)\b|Retraction (?:in|of)\b|Retracted and republished\b|Expression of concern\b|Republished\b|Corrected and republished\b|Summary for patients\b|Conflict of interest|Declaration of (?:competing )?interest|Competing interests?\b|\[Article in |Copyright\b|©|\([cC]\) )/;
/** The ids closing a record: "DOI: 10.1038/...", "PMCID: PMC123", "PMID: 31894144 [Indexed for MEDLINE]". */
const ID_LINE = /^(DOI|PMCID|PMID|NIHMSID): *(\S*)/;
/** A footnote mark after an author's name: "McKinney SM(1)", "Liu X(2,3)". */
const AFFILIATION_MARK = /\(\d+(?:,\s*\d+)*\)/g;
/**
 * A record of PubMed's "Summary (text)" format: one paragraph, the whole citation with its PMID
 * ("1. Amor C, Lowe SW. Title. Nat Aging. 2024 Mar;4(3):336-349. doi: ... PMID: 38267706; PMCID: ...").
 */
const SUMMARY_RECORD = /\bPMID: \d+(?:;|\.|\s|$)/;
/** Words of one author's name at most ("van der Schaar M", "COVID-19 Genomics UK (COG-UK) consortium"). */
const MAX_NAME_WORDS = 7;

/**
 * PubMed's "Abstract (text)" format (Save → Format: Abstract (text); E-utilities efetch with
 * rettype=abstract): numbered records of blank-line-separated paragraphs. The citation ("1.
 * Nature. 2020 Jan;577(7788):89-94. doi: ..."), the title, the authors ("McKinney SM(1), Sieniek
 * M(2)."), then "Author information:", the abstract (a structured one keeps its "BACKGROUND:"
 * lines), the copyright line, and the ids ("DOI:", "PMCID:", "PMID:"). Read as the text arrives: a
 * record goes to the sink when the next one starts: the next number in turn, after a blank line
 * (a number that starts a line inside an abstract does not).
 *
 * Kept: title (a translated one without its brackets), abstract, authors, year and journal from
 * the citation, DOI, PMID (the paper's id and its link back to PubMed). A record without an
 * abstract (a letter, a news item) is skipped by the collector as any format's is; the last
 * record, when the file ends before its "PMID:" line, is skipped with a warning (the export was
 * cut short).
 */
export class PubMedTextReader extends LineReader {
  private recordLines: string[] = [];
  private recordLine = 0;
  private expected = -1;
  /** Whether the line before was blank (or there was none): a record starts only after one. */
  private afterBlank = true;

  constructor(
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    super(true);
  }

  override end(): void {
    super.end();
    this.finishRecord(true);
  }

  protected readLine(text: string, line: number): void {
    const afterBlank = this.afterBlank;
    this.afterBlank = text.trim() === '';
    const start = afterBlank ? RECORD_START.exec(text) : null;
    if (start && (this.expected === -1 || Number(start[1]) === this.expected)) {
      this.finishRecord(false);
      this.expected = Number(start[1]) + 1;
      this.recordLine = line;
      this.recordLines = [start[2]];
      return;
    }
    if (this.expected !== -1) this.recordLines.push(text);
    else if (text.trim() !== '') {
      this.sink.warning({
        file: this.file,
        line,
        message: `text before the first record ("${shorten(text.trim(), 60)}"); ignored`,
      });
    }
  }

  private finishRecord(last: boolean): void {
    if (this.expected === -1) return;
    const { file, sink, recordLine } = this;
    const paragraphs = paragraphsOf(this.recordLines);
    this.recordLines = [];
    // The "Summary (text)" format holds citations only: refused, saying which format to save.
    if (paragraphs.length === 1 && SUMMARY_RECORD.test(paragraphs[0].join(' '))) {
      throw new CorpusError(
        file,
        recordLine,
        'PubMed\'s "Summary (text)" format has no abstracts: save from PubMed with Format "Abstract (text)" or "PubMed" instead',
      );
    }
    const ids = new Map<string, string>();
    const rest: string[] = [];
    for (const paragraph of paragraphs.slice(2)) {
      const idLines = paragraph.map((l) => ID_LINE.exec(l));
      if (idLines.every((m) => m !== null))
        for (const m of idLines) ids.set((m as RegExpExecArray)[1], (m as RegExpExecArray)[2]);
      else rest.push(paragraph.join(' '));
    }
    if (last && !ids.has('PMID')) {
      sink.warning({
        file,
        line: recordLine,
        message: 'the file ends inside this record (no "PMID:" line): the export looks cut short; record skipped',
      });
      sink.skip?.('truncated record');
      return;
    }
    const citation = (paragraphs[0] ?? []).join(' ');
    // A title translated into English is given in brackets: "[Treatment of ...]."
    const title = (paragraphs[1] ?? []).join(' ').replace(/^\[(.*)\](\.?)$/, '$1$2');
    const kept = rest.filter((p) => !NOT_ABSTRACT.test(p));
    const authors = kept.length > 0 ? authorList(kept[0]) : undefined;
    const abstract = (authors ? kept.slice(1) : kept).join(' ');
    const paper: RawPaper = {
      line: recordLine,
      title: cleanMarkup(title),
      abstract: cleanMarkup(abstract, { abstract: true }),
    };
    if (authors && authors.length > 0) paper.authors = authors;
    const cited = CITATION.exec(citation);
    const year = cited?.[2] ?? ANY_YEAR.exec(citation)?.[1];
    if (year) paper.year = Number(year);
    if (cited && !cited[1].startsWith('In:')) paper.venue = cited[1];
    const doi = bareDoi(ids.get('DOI') ?? /\bdoi: (\S+?)\.?(?:\s|$)/.exec(citation)?.[1]);
    if (doi) paper.doi = doi;
    identifyPubmedRecord(paper, ids.get('PMID'));
    sink.paper(paper);
  }
}

/** Lines as paragraphs (runs of non-blank lines), each line trimmed. */
function paragraphsOf(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * One author as PubMed writes it: surname and initials ("McKinney SM", "van der Schaar M", "Smith
 * J Jr"), or a group ("COVID-19 Genomics UK (COG-UK) consortium").
 */
function isName(name: string): boolean {
  const words = name.split(/\s+/);
  if (name === '' || words.length > MAX_NAME_WORDS || /[.;:!?]\s/.test(name)) return false;
  const last = words[words.length - 1];
  return (
    /^(?:\p{Lu}{1,4}|Jr|Sr|2nd|3rd|4th)$/u.test(last) ||
    /group|consortium|collaborat|committee|investigators|network|team\b/i.test(name)
  );
}

/**
 * The names of an authors paragraph ("McKinney SM(1), Sieniek M(2), Godbole V(1)."), or undefined
 * when the paragraph is not one (an abstract right after the title, for a paper without authors).
 */
function authorList(paragraph: string): string[] | undefined {
  if (!paragraph.endsWith('.')) return undefined;
  const names = paragraph
    .slice(0, -1)
    .replace(AFFILIATION_MARK, '')
    .split(/,\s*/)
    .map((name) => name.trim());
  return names.every(isName) ? names : undefined;
}

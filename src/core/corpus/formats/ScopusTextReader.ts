import type { PaperSourceIds } from '../../map';
import { doiUrl } from '../doiUrl';
import type { RawPaper, RawPaperSink } from '../RawPaper';
import { personName } from '../personName';
import { LineReader } from '../readers/LineReader';
import { splitAuthors } from '../splitAuthors';
import { bareDoi } from './bareDoi';
import { cleanMarkup } from './cleanMarkup';
import { sourceIdsFromUrl } from './sourceIdsFromUrl';
import { splitKeywords } from './splitKeywords';

/** The line that ends every record. */
const RECORD_END = 'SOURCE: Scopus';
/** A labelled line: "ABSTRACT: ...", "AUTHOR KEYWORDS: ...", "DOI: ...". */
const LABELLED = /^([A-Z][A-Z0-9 /&()'-]{1,44}):(?: (.*))?$/;
/** The citation line: "(2020) Source Title, 112, art. no. 102, pp. 1-12. Cited 3 times." */
const CITATION = /^\((\d{4})\) (.+)$/;
/** What follows the source title in a citation, from its end. */
// An empty page range leaves ", . Cited 5 times.": a part may start with its dot.
const CITATION_TAIL = /^\.?\s*(?:Cited \d+ times?\.|pp?\. .*|art\. no\. .*|\d[\w./-]*(?: \([^)]*\))?|\([^)]*\)|)$/;
/** Scopus's link to the record, the old and the new form. */
const SCOPUS_LINK = /^https?:\/\/www\.scopus\.com\/\S+$/;
/** Labelled lines before the citation line (the rest of them come after it). */
const BEFORE_CITATION = /^(?:AUTHOR FULL NAMES|AUTHOR\(S\) ID):/;
/** "Curie, Marie (7004212771)": the author id in brackets is dropped. */
const AUTHOR_ID = /\s*\(\d+\)\s*$/;

/**
 * Scopus's plain-text export (Export → "Plain text", `scopus.txt`): after the "Scopus" and
 * "EXPORT DATE:" lines, records of lines ending with "SOURCE: Scopus". A record: the authors'
 * short names ("Smith J., Lee K."), "AUTHOR FULL NAMES:" when asked for, the title, the citation
 * line ("(2020) Source Title, 112, pp. 1-12."), the link to the record, then labelled lines:
 * "DOI:", "ABSTRACT:", "AUTHOR KEYWORDS:", "INDEX KEYWORDS:", "DOCUMENT TYPE:" and the rest.
 * Read line by line as the text arrives; a record the file ends inside (no "SOURCE: Scopus") is
 * skipped with a warning. Until 2026-12-07 these files were read as trending-papers text, each
 * paper's citation line taken for its abstract.
 */
export class ScopusTextReader extends LineReader {
  private recordLines: string[] = [];
  private recordLine = 0;
  private headerDone = false;

  constructor(
    private readonly file: string,
    private readonly sink: RawPaperSink,
  ) {
    super(true);
  }

  override end(): void {
    super.end();
    if (this.recordLines.some((l) => l.trim() !== '')) {
      this.sink.warning({
        file: this.file,
        line: this.recordLine,
        message: `the file ends inside this record (no "${RECORD_END}" line): the export looks cut short; record skipped`,
      });
      this.sink.skip?.('truncated record');
    }
  }

  protected readLine(text: string, line: number): void {
    const trimmed = text.trim();
    if (!this.headerDone) {
      // The export's header: "Scopus", "EXPORT DATE: 07 December 2026".
      if (trimmed === '' || trimmed === 'Scopus' || /^EXPORT DATE:/i.test(trimmed)) return;
      this.headerDone = true;
    }
    if (trimmed === RECORD_END) {
      this.finishRecord();
      return;
    }
    if (this.recordLines.length === 0) {
      if (trimmed === '') return;
      this.recordLine = line;
    }
    this.recordLines.push(trimmed);
  }

  private finishRecord(): void {
    const lines = this.recordLines;
    this.recordLines = [];
    const labelled = new Map<string, string>();
    let citationAt = -1;
    let link: string | undefined;
    for (const [i, line] of lines.entries()) {
      if (citationAt === -1 && CITATION.test(line)) citationAt = i;
      else if (link === undefined && SCOPUS_LINK.test(line)) link = line;
      else {
        const m = LABELLED.exec(line);
        if (m && !labelled.has(m[1])) labelled.set(m[1], (m[2] ?? '').trim());
      }
    }
    const before = citationAt === -1 ? [] : lines.slice(0, citationAt).filter((l) => l !== '' && !BEFORE_CITATION.test(l));
    const paper: RawPaper = {
      line: this.recordLine,
      // The title is the last line before the citation; the authors' short names the first.
      title: cleanMarkup(before.length >= 2 ? before[before.length - 1] : (before[0] ?? '')),
      abstract: cleanMarkup(labelled.get('ABSTRACT') ?? '', { abstract: true }),
    };
    const fullNames = labelled.get('AUTHOR FULL NAMES');
    // "Curie, Marie (7004212771); ..." as CSV's "Author full names" is read; else the short names.
    const authors = fullNames
      ? fullNames.split(';').map((name) => personName(name.replace(AUTHOR_ID, '').split(',')))
      : before.length >= 2
        ? splitAuthors(before[0])
        : [];
    const named = authors.filter((name) => name !== '' && !/^\[No author name available\]$/i.test(name));
    if (named.length > 0) paper.authors = named;
    if (citationAt !== -1) {
      const [, year, rest] = CITATION.exec(lines[citationAt]) as RegExpExecArray;
      paper.year = Number(year);
      const venue = sourceTitle(rest);
      if (venue) paper.venue = venue;
    }
    const doi = bareDoi(labelled.get('DOI'));
    if (doi) paper.doi = doi;
    if (link) paper.url = link;
    else if (doi) paper.url = doiUrl(doi);
    const keywords: string[] = [];
    for (const label of ['AUTHOR KEYWORDS', 'INDEX KEYWORDS']) {
      const value = labelled.get(label);
      if (value) splitKeywords(value, keywords);
    }
    if (keywords.length > 0) paper.authorKeywords = keywords;
    const ids: PaperSourceIds = {};
    if (link) sourceIdsFromUrl(link, ids);
    const pmid = labelled.get('PUBMED ID');
    if (pmid && /^\d{1,9}$/.test(pmid)) ids.pmid = pmid;
    if (Object.keys(ids).length > 0) paper.sourceIds = ids;
    this.sink.paper(paper);
  }
}

/** The source title of a citation's text after its year: the parts before volume, issue, pages and citations. */
function sourceTitle(text: string): string {
  const parts = text.trim().split(', ');
  while (parts.length > 1 && CITATION_TAIL.test(parts[parts.length - 1])) parts.pop();
  const title = parts.join(', ').replace(/\.$/, '');
  return cleanMarkup(title);
}

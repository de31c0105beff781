import { findControlCharacter, shorten, showControlCharacters } from '../util';
import { CorpusError } from './CorpusError';
import { doiOfUrl } from './doiUrl';
import { normalizeText } from './normalizeText';
import { ownString } from './ownString';
import { paperId } from './paperId';
import { PaperRegistry } from './PaperRegistry';
import type { RawPaper } from './RawPaper';
import type { CorpusTally, CorpusWarning, Paper, PaperMetadata } from '../map';

/**
 * The checks every format shares, paper by paper as the format readers find them: normalise text,
 * skip papers without a title or an abstract (with a warning naming the line), merge a paper
 * exported twice (same DOI, or same title and year, in this file or an earlier one of the build)
 * into its first copy, give papers without an id one derived from the title, and refuse duplicate
 * ids and ids holding control characters, because every later stage and the map file key papers
 * by id.
 */
export class PaperCollector {
  readonly papers: Paper[] = [];
  readonly warnings: CorpusWarning[] = [];
  readonly tally: CorpusTally = { records: 0, skipped: {}, duplicates: 0 };
  private firstDuplicate?: { line: number; of: string; same: string };

  constructor(
    private readonly file: string,
    private readonly registry: PaperRegistry = new PaperRegistry(),
  ) {}

  /** Throws CorpusError for a duplicate id. */
  add(record: RawPaper): void {
    const { file, tally } = this;
    tally.records++;
    // Every string kept is a copy of its own (ownString): the file's text can then go.
    const title = ownString(normalizeText(record.title));
    const abstract = record.abstractNormalized ? record.abstract : ownString(normalizeText(record.abstract));
    if (title === '' || abstract === '') {
      const missing = title === '' && abstract === '' ? 'title and abstract' : title === '' ? 'title' : 'abstract';
      const which = title !== '' ? `paper "${shorten(title, 60)}"` : record.id ? `paper "${record.id}"` : 'paper';
      this.warnings.push({ file, line: record.line, message: `${which} has an empty ${missing}; skipped` });
      tally.skipped[`no ${missing}`] = (tally.skipped[`no ${missing}`] ?? 0) + 1;
      return;
    }
    const givenId = record.id?.trim();
    const id = givenId ? ownString(givenId) : paperId(title);
    // GEXF and GraphML cannot hold most control characters, so "p1\u0001" and "p1\u0002" would
    // become one node there; an id is a key, so it is refused rather than silently changed.
    const control = findControlCharacter(id);
    if (control !== null) {
      throw new CorpusError(
        file,
        record.line,
        `id "${showControlCharacters(id)}" holds the control character ${control}; ids must be printable text`,
      );
    }
    const paper: Paper = { id, title, abstract, line: record.line };
    const authors = record.authors?.map(ownedText).filter((name) => name !== '');
    if (authors && authors.length > 0) paper.authors = authors;
    if (record.year !== undefined) paper.year = record.year;
    const url = record.url?.trim();
    if (url) paper.url = ownString(url);
    copyMetadata(record, paper);

    const registry = this.registry;
    const merge = (earlier: Paper, same: string): void => {
      fillMissing(earlier, paper);
      tally.duplicates++;
      if (!this.firstDuplicate) {
        const origin = registry.origins.get(earlier);
        const where = origin
          ? origin.file === file
            ? `line ${origin.line}`
            : `${origin.file} line ${origin.line}`
          : 'an earlier record';
        this.firstDuplicate = { line: record.line, of: where, same };
      }
    };
    const earlier = registry.findDuplicate(paper);
    if (earlier) {
      merge(earlier, 'same DOI, or same title and year');
      return;
    }
    if (!givenId && registry.ids.has(id) && distinctPapers(registry.paperById.get(id), paper)) {
      // One title, two papers that say they differ (other DOI or year, e.g. "Editorial"): the
      // derived id gets a number rather than the file being refused.
      let n = 2;
      while (registry.ids.has(`${id}-${n}`)) n++;
      paper.id = `${id}-${n}`;
    }
    const seen = registry.ids.get(paper.id);
    // The same record again, without the DOI or year that would have told (a file given twice, two
    // days of the trending page pasted one after the other): one paper, not a clash of ids.
    const twin = seen === undefined ? undefined : registry.paperById.get(paper.id);
    if (
      twin &&
      twin.title === paper.title &&
      twin.abstract === paper.abstract &&
      !(twin.doi && paper.doi && twin.doi !== paper.doi)
    ) {
      merge(twin, 'the same title and abstract');
      return;
    }
    if (seen !== undefined) {
      const where = seen.file === file ? `line ${seen.line}` : `${seen.file} line ${seen.line}`;
      throw new CorpusError(file, record.line, `duplicate id "${paper.id}" (also on ${where})`);
    }
    registry.add(paper, { file, line: record.line });
    this.papers.push(paper);
  }

  /**
   * The papers; throws CorpusError when there are none, unless `required` is false (one file of
   * several: see combineCorpora). Adds the summary of merged duplicates.
   */
  finish(required = true): Paper[] {
    const first = this.firstDuplicate;
    if (first) {
      const count = this.tally.duplicates;
      this.warnings.push({
        file: this.file,
        line: first.line,
        message:
          count === 1
            ? `this record repeats ${first.of} (${first.same}) and was merged into it`
            : `${count} records repeat papers read before (same DOI, same title and year, or the same title and abstract) and were merged into them; ` +
              `the first is this one, which repeats ${first.of}`,
      });
    }
    if (required && this.papers.length === 0 && this.tally.duplicates === 0) {
      throw new CorpusError(this.file, undefined, `no papers with both a title and an abstract${noAbstractHint(this.tally)}`);
    }
    return this.papers;
  }
}

/**
 * When no record of a file had an abstract (two or more records), what to say: the export was made
 * without them, the commonest first failure, and the databases keep them here. Else undefined.
 */
export function abstractsLeftOut(tally: CorpusTally): { none: string; where: string } | undefined {
  if (tally.records < 2 || tally.skipped['no abstract'] !== tally.records) return undefined;
  return {
    none: `none of its ${tally.records.toLocaleString('en')} records has an abstract`,
    where:
      'export with them, e.g. Scopus\'s "Abstract & keywords", Web of Science\'s "Full Record", PubMed\'s format "PubMed"; ' +
      'Google Scholar exports none',
  };
}

function noAbstractHint(tally: CorpusTally): string {
  const left = abstractsLeftOut(tally);
  return left ? ` (${left.none}: ${left.where})` : '';
}

/** True when two papers under one title say they are different papers: different DOIs or years. */
function distinctPapers(earlier: Paper | undefined, paper: Paper): boolean {
  if (!earlier) return false;
  if (earlier.doi && paper.doi && earlier.doi.toLowerCase() !== paper.doi.toLowerCase()) return true;
  return earlier.year !== undefined && paper.year !== undefined && earlier.year !== paper.year;
}

/** normalizeText, as a string of its own (see ownString). */
const ownedText = (text: string): string => ownString(normalizeText(text));

function copyMetadata(record: RawPaper, paper: Paper): void {
  if (record.date) paper.date = ownString(record.date);
  const venue = record.venue && ownedText(record.venue);
  if (venue) paper.venue = venue;
  // A record whose only DOI is its link ("UR  - http://dx.doi.org/10.1023/A:1017379030770").
  const doi = record.doi?.trim() || (paper.url && doiOfUrl(paper.url));
  if (doi) paper.doi = ownString(doi);
  const keywords = record.authorKeywords?.map(ownedText).filter((k) => k !== '');
  if (keywords && keywords.length > 0) paper.authorKeywords = keywords;
  if (record.sourceIds && Object.keys(record.sourceIds).length > 0) {
    const ids: Record<string, string> = {};
    for (const [key, value] of Object.entries(record.sourceIds)) if (typeof value === 'string') ids[key] = ownString(value);
    paper.sourceIds = ids;
  }
}

/**
 * Completes the first copy of a paper with what only the later copy has (a Scopus record's
 * keywords, a PubMed id), never replacing what the first copy says: the order of the inputs
 * decides, so the map is the same for the same inputs.
 */
function fillMissing(kept: Paper, copy: Paper): void {
  if (!kept.authors && copy.authors) kept.authors = copy.authors;
  if (kept.year === undefined && copy.year !== undefined) kept.year = copy.year;
  if (!kept.url && copy.url) kept.url = copy.url;
  for (const key of ['venue', 'doi'] as const satisfies readonly (keyof PaperMetadata)[]) {
    if (!kept[key] && copy[key]) kept[key] = copy[key];
  }
  // A date from another year (a preprint and its journal version share a DOI) would contradict the year kept.
  if (!kept.date && copy.date && (kept.year === undefined || copy.date.startsWith(String(kept.year)))) kept.date = copy.date;
  if (copy.authorKeywords) {
    const merged = [...(kept.authorKeywords ?? [])];
    const lower = new Set(merged.map((k) => k.toLowerCase()));
    for (const keyword of copy.authorKeywords) if (!lower.has(keyword.toLowerCase())) merged.push(keyword);
    kept.authorKeywords = merged;
  }
  if (copy.sourceIds) kept.sourceIds = { ...copy.sourceIds, ...kept.sourceIds };
}

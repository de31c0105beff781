import { CorpusError } from './CorpusError';
import { abstractsLeftOut } from './PaperCollector';
import type { CorpusTally, CorpusWarning, Paper, ParsedCorpus } from '../map';

/** One file of a build from several, as CorpusParser read it (with `oneOfSeveral`). */
export interface CorpusPart {
  fileName: string;
  corpus: ParsedCorpus;
}

/**
 * The papers of several files built into one map (`--input a.ris --input b.csv`, several files
 * opened or dropped at once), in the order of the files, with their warnings and one tally. The
 * files were read with one PaperRegistry, so a paper in two of them is already kept once.
 *
 * A file none of whose records has both a title and an abstract (a Zotero library exported
 * without abstracts) is left out with a warning naming it, after the warnings on its records:
 * the map is built from the other files, as one bad record is skipped and the rest kept. When no
 * file has a paper, CorpusError under `name`, with every file's warnings.
 */
export function combineCorpora(parts: readonly CorpusPart[], name: string): ParsedCorpus & { tally: CorpusTally } {
  const tally: CorpusTally = { records: 0, skipped: {}, duplicates: 0 };
  for (const { corpus } of parts) {
    if (!corpus.tally) continue;
    tally.records += corpus.tally.records;
    tally.duplicates += corpus.tally.duplicates;
    for (const [reason, count] of Object.entries(corpus.tally.skipped))
      tally.skipped[reason] = (tally.skipped[reason] ?? 0) + count;
  }
  const papers: Paper[] = [];
  // A loop, not a spread: a folder of snapshot files gives millions of papers.
  for (const { corpus } of parts) for (const paper of corpus.papers) papers.push(paper);
  if (papers.length === 0) {
    const error = new CorpusError(name, undefined, 'no papers with both a title and an abstract in any input');
    error.warnings = parts.flatMap(({ corpus }) => corpus.warnings);
    throw error;
  }
  const warnings: CorpusWarning[] = [];
  for (const { fileName, corpus } of parts) {
    warnings.push(...corpus.warnings);
    // A file whose papers all merged into earlier files' gave what it had.
    if (corpus.papers.length > 0 || (corpus.tally?.duplicates ?? 0) > 0) continue;
    const { tally } = corpus;
    const records = tally?.records;
    const left = tally && abstractsLeftOut(tally);
    const none =
      records === 0
        ? 'no records'
        : left
          ? `${left.none} (${left.where})`
          : `no papers with both a title and an abstract${records === undefined ? '' : ` among its ${records.toLocaleString('en')} record${records === 1 ? '' : 's'}`}`;
    warnings.push({ file: fileName, message: `${none}; the map is built from the other files` });
  }
  return { papers, warnings, tally };
}

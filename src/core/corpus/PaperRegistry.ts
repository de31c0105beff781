import { isAscii } from '../util';
import type { Paper } from '../map';

/** Where a paper was read: the file and the line its record starts on. */
export interface PaperOrigin {
  file: string;
  line: number;
}

/**
 * The papers of one build, across all its input files (`--input a.ris --input b.csv`, or several
 * files dropped at once): ids in use, and the keys that tell one paper exported twice (its DOI,
 * or its title and year). One registry per build, created by the caller and dropped with it.
 */
export class PaperRegistry {
  readonly ids = new Map<string, PaperOrigin>();
  readonly paperById = new Map<string, Paper>();
  readonly byDoi = new Map<string, Paper>();
  readonly byTitleYear = new Map<string, Paper>();
  /** Where each kept paper came from, for messages about its duplicates. */
  readonly origins = new Map<Paper, PaperOrigin>();

  /** The paper read earlier that `paper` repeats, if any. */
  findDuplicate(paper: Paper): Paper | undefined {
    const doi = paper.doi?.toLowerCase();
    if (doi) {
      const same = this.byDoi.get(doi);
      if (same) return same;
    }
    const key = titleYearKey(paper);
    if (key === undefined) return undefined;
    const same = this.byTitleYear.get(key);
    // Two different DOIs are two papers, even under one title (a comment and its reply).
    if (same && (!doi || !same.doi || same.doi.toLowerCase() === doi)) return same;
    return undefined;
  }

  add(paper: Paper, origin: PaperOrigin): void {
    this.ids.set(paper.id, origin);
    this.paperById.set(paper.id, paper);
    this.origins.set(paper, origin);
    const doi = paper.doi?.toLowerCase();
    if (doi && !this.byDoi.has(doi)) this.byDoi.set(doi, paper);
    const key = titleYearKey(paper);
    if (key !== undefined && !this.byTitleYear.has(key)) this.byTitleYear.set(key, paper);
  }
}

/**
 * Title and year as exports of one paper share them: case, accents, punctuation and spacing
 * ignored ("Deep Learning: A Review." = "deep learning — a review"). Undefined without a year,
 * because a title alone is too weak: two editorials may share it.
 */
export function titleYearKey(paper: Paper): string | undefined {
  if (paper.year === undefined) return undefined;
  // An ASCII title (most are) the short way, the same key: NFKD and the accents change nothing,
  // and its letters and digits are a-z and 0-9 once lowercased. The Unicode classes are slow on a
  // title cut from a two-byte piece of text (one with a character past Latin-1 anywhere in it):
  // 2.8 µs against 0.1 µs for a 70-character title.
  const title = isAscii(paper.title)
    ? paper.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : paper.title
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  return `${title}|${paper.year}`;
}

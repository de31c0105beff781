import { termKey } from '../keywords';
import type { VocabularyTerm } from '../map';
import type { Curation } from './curation';
import type { ThesaurusRows } from './parseThesaurus';

/** The entries of a curation that change nothing in a corpus, by their index in each list. */
export interface UnusedCuration {
  stopwords: number[];
  synonyms: number[];
}

/**
 * Which removals and merges of `curation` name no candidate term of the corpus (`vocabulary`,
 * taken before any merge): a typo, or a row of a thesaurus made for another corpus. A merge is
 * unused when its `from` is not a term here; its `to` may be a new name. Cluster names and undone
 * merges are not looked at: they wait, unused, by design (Curation).
 */
export function unusedCuration(vocabulary: readonly VocabularyTerm[], curation: Curation): UnusedCuration {
  const stopwords = curation.stopwords.map(termKey);
  const froms = curation.synonyms.map(({ from }) => termKey(from));
  // The few keys asked for, looked up in one pass: a large corpus has a million terms.
  const asked = new Set([...stopwords, ...froms]);
  const found = new Set<string>();
  if (asked.size > 0) for (const { key } of vocabulary) if (asked.has(key)) found.add(key);
  const unused = (keys: string[]): number[] => keys.flatMap((key, index) => (found.has(key) ? [] : [index]));
  return { stopwords: unused(stopwords), synonyms: unused(froms) };
}

/** A row of a thesaurus file that changes nothing: its line and its label. */
export interface UnusedRow {
  line: number;
  term: string;
}

/**
 * The rows of a thesaurus file (`rows`) that `unused` says name no term of the corpus, in file
 * order. `unused` is about `curation`, the curation the map was built with: the file's own, or
 * the file's added to the map's (mergeCuration); rows are matched to it by key.
 */
export function unusedThesaurusRows(rows: ThesaurusRows, unused: UnusedCuration, curation: Curation): UnusedRow[] {
  const keys = new Set([
    ...unused.stopwords.map((i) => termKey(curation.stopwords[i])),
    ...unused.synonyms.map((i) => termKey(curation.synonyms[i].from)),
  ]);
  const { stopwords, synonyms } = rows.curation;
  return [
    ...stopwords.map((term, i) => ({ line: rows.lines.stopwords[i], term })),
    ...synonyms.map(({ from }, i) => ({ line: rows.lines.synonyms[i], term: from })),
  ]
    .filter(({ term }) => keys.has(termKey(term)))
    .sort((a, b) => a.line - b.line);
}

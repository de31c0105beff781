import { DEFAULT_KEYWORD_WEIGHTS, computeKeywords } from '../keywords';
import { compareKeys, portableLog, portablePow } from '../util';
import type { PlaceIndex } from './createPlaceIndex';

/** One key phrase of a paper being placed. */
export interface PaperPhrase {
  /** Stemmed key (termKey), the map's when the map knows the phrase. */
  key: string;
  /** As shown: the map's form when the map knows the phrase, else as the paper writes it. */
  term: string;
  /** Weight with the map's IDF; the paper's strongest phrase is 1. */
  weight: number;
  /** Term id in the place index, or -1 when no map paper has the phrase. */
  id: number;
  /** Papers on the map having it (its document frequency there). */
  df: number;
}

/**
 * A new paper's key phrases, weighed as the map weighs its own. Candidates and their in-paper
 * factors come from the keyword stage itself (computeKeywords on the one paper: the same
 * part-of-speech candidates, stemming, title boost and position weight); the IDF comes from the
 * map: computeKeywords on a single paper gives every word IDF ln 2, so its score divided by
 * ln 2 · n^(1 + e) (n words, e the length exponent) is the phrase's in-paper factor, which is
 * then multiplied by n^e · ln((N + 1) / (df + 1)), N the map's papers and df the number of map
 * papers carrying or linked to the phrase. The map stores no per-word frequencies, so the
 * phrase's own IDF stands in for the sum of its words' (a phrase no map paper has weighs most).
 * Removed by the map's curation: left out. Strongest first; ties by key.
 */
export function computePaperPhrases(paper: { title: string; abstract: string }, index: PlaceIndex): PaperPhrase[] {
  const { vocabulary, docs } = computeKeywords([paper]);
  const e = DEFAULT_KEYWORD_WEIGHTS.lengthExponent;
  const n1 = index.paperCount + 1;
  const raw: PaperPhrase[] = [];
  const seen = new Map<number, PaperPhrase>();
  for (const { term, score } of docs[0] ?? []) {
    const { key, term: form } = vocabulary[term];
    if (index.removed.has(key)) continue;
    const words = key.split(' ').length;
    const inPaper = score / (Math.LN2 * portablePow(words, 1 + e));
    const id = index.termOf.get(key) ?? -1;
    const df = id >= 0 ? index.df[id] : 0;
    const weight = inPaper * portablePow(words, e) * portableLog(n1 / (df + 1));
    // Two forms the map merged (an acronym and its expansion) are one phrase: the stronger counts.
    const same = id >= 0 ? seen.get(id) : undefined;
    if (same) {
      if (weight > same.weight) same.weight = weight;
      continue;
    }
    const phrase = { key: id >= 0 ? index.termKeys[id] : key, term: id >= 0 ? index.termForms[id] : form, weight, id, df };
    if (id >= 0) seen.set(id, phrase);
    raw.push(phrase);
  }
  raw.sort((a, b) => b.weight - a.weight || compareKeys(a.key, b.key));
  const top = raw[0]?.weight ?? 0;
  if (top > 0) for (const phrase of raw) phrase.weight /= top;
  return raw;
}

import { compareKeys } from '../util';
import type { KeywordIndex, ScoredTerm } from '../map';
import { type AcronymReadings, sameExpansion } from './findAcronyms';
import { variantKey } from './variantMerges';

/**
 * Reads an acronym in a paper that defines it as that paper does, where the corpus reads it
 * otherwise: the medical set's "CD" is "Crohn's disease" in two papers and "celiac disease" in
 * one, "MR" "magnetic resonance" and, in one paper, "mental retardation", "CT" "computed
 * tomography" and "carpal tunnel syndrome"; its "PR" is five things, one paper each. The corpus
 * merges an acronym with the expansion most of its definitions give (variantMerges), or with none
 * when they disagree (findAcronyms); a paper that says what it means by the acronym is read by
 * that instead: its acronym's entry becomes its expansion's (scores summed, as a merge sums them,
 * and the paper's terms ranked again), so the celiac disease paper links to "celiac disease", not
 * to "Crohn's disease". Papers that only use the acronym follow the corpus.
 *
 * Left as they are: a paper whose expansion is the corpus's (or a way of writing it:
 * sameExpansion), an expansion no term of the vocabulary holds, and terms the user keeps apart (`keepApart`,
 * termKeys: an undone merge). Changes `index` in place, before variantMerges; returns the number of
 * paper entries read so.
 */
export function readPaperAcronyms(
  index: KeywordIndex,
  readings: AcronymReadings,
  keepApart: ReadonlySet<string> = new Set(),
): number {
  const { vocabulary, docs } = index;
  if (readings.byPaper.size === 0) return 0;
  const corpus = new Map(readings.definitions.map((d) => [d.acronymKey, d.expansionKey]));
  const byKey = new Map(vocabulary.map((v, t) => [v.key, t]));
  // Expansions written otherwise than as a term ("mixture-of-experts"): built at the first one.
  let byVariant: Map<string, number> | undefined;
  const termOf = (key: string): number | undefined => {
    const term = byKey.get(key);
    if (term !== undefined) return term;
    if (!byVariant) {
      byVariant = new Map();
      for (let t = vocabulary.length - 1; t >= 0; t--) byVariant.set(variantKey(vocabulary[t].key), t);
    }
    return byVariant.get(variantKey(key));
  };
  const byRank = (a: ScoredTerm, b: ScoredTerm): number =>
    b.score - a.score || compareKeys(vocabulary[a.term].key, vocabulary[b.term].key);
  let read = 0;
  for (const [d, own] of readings.byPaper) {
    const doc = docs[d];
    let changed = false;
    for (const [acronymKey, expansionKey] of own) {
      const chosen = corpus.get(acronymKey);
      if (chosen !== undefined && sameExpansion(expansionKey, chosen)) continue;
      const acronym = byKey.get(acronymKey);
      const expansion = termOf(expansionKey);
      if (acronym === undefined || expansion === undefined) continue;
      if (keepApart.has(acronymKey) || keepApart.has(vocabulary[expansion].key)) continue;
      const at = doc.findIndex((entry) => entry.term === acronym);
      if (at < 0) continue;
      const into = doc.find((entry) => entry.term === expansion);
      if (into) into.score += doc[at].score;
      else {
        doc.push({ term: expansion, score: doc[at].score });
        vocabulary[expansion].df++;
      }
      doc.splice(at, 1);
      vocabulary[acronym].df--;
      changed = true;
      read++;
    }
    if (changed) doc.sort(byRank);
  }
  return read;
}

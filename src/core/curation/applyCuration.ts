import { compareKeys } from '../util';
import type { Curation } from './curation';
import { CurationError } from './CurationError';
import { resolveCuration } from './resolveCuration';
import type { KeywordIndex, ScoredTerm, VocabularyTerm } from '../map';

/**
 * Rewrites a keyword index with a curation, before the graph is built, so every later stage
 * (keyword choice, links, clustering words, labels, each paper's top-k keywords) sees the
 * curated terms.
 *
 * A removed term leaves every document. A merged term becomes its target: the target keeps its
 * key and its own shown form when the corpus has it, or else takes the key and the form of the
 * curation's `to`, as written (a merge into a new name). A document that contains several terms
 * merged into one gets their scores summed, not the best of them: TF-IDF is linear in the term's
 * frequency, and a paper that says "large language models (LLMs)" and then "LLMs" uses the
 * concept more than one that names it once — taking the maximum would rank the papers where the
 * concept is central (those that define an acronym) below the ones that mention it in passing.
 * Each document's terms are sorted again (score descending, key ascending, as computeKeywords)
 * and df counts the documents that contain the merged term. Vocabulary order is kept: a merged
 * term sits where its first member was. Changes `index` in place; with nothing to change (no
 * entry matches a term of the corpus) it is left exactly as it was. Throws a CurationError for an
 * inconsistent curation (resolveCuration), before changing anything.
 */
export function applyCuration(index: KeywordIndex, curation: Curation): void {
  const { removed, merged, problems } = resolveCuration(curation);
  if (problems.length > 0) throw new CurationError(problems);
  if (removed.size === 0 && merged.size === 0) return;
  const { vocabulary } = index;
  const byKey = new Map(vocabulary.map((v, i) => [v.key, i]));

  // Old vocabulary index → new one (-1: removed).
  const newId = new Int32Array(vocabulary.length);
  const next: VocabularyTerm[] = [];
  const idOfKey = new Map<string, number>();
  let changed = false;
  const idFor = (key: string, term: string): number => {
    let id = idOfKey.get(key);
    if (id === undefined) {
      id = next.length;
      idOfKey.set(key, id);
      next.push({ key, term, df: 0 });
    }
    return id;
  };
  vocabulary.forEach((v, i) => {
    const target = merged.get(v.key);
    const key = target ? target.key : v.key;
    if (removed.has(v.key) || removed.has(key)) {
      newId[i] = -1;
      changed = true;
      return;
    }
    if (target) changed = true;
    // The target's own shown form when the corpus has it; a merge into a new name shows the name.
    const own = byKey.get(key);
    newId[i] = idFor(key, own !== undefined || !target ? vocabulary[own ?? i].term : target.term);
  });
  if (!changed) return;

  // Each document's list rewritten in place, its entries reused: a new list of new objects per
  // document would keep two copies of the index alive at once (at a million papers each is 2 GB,
  // and the variant merges run this on every large corpus). A merged term keeps its first entry,
  // which takes the later ones' scores, summed in document order; then the list is re-ranked.
  const slot = new Int32Array(next.length);
  const seenIn = new Int32Array(next.length).fill(-1);
  const byRank = (a: ScoredTerm, b: ScoredTerm): number => b.score - a.score || compareKeys(next[a.term].key, next[b.term].key);
  index.docs.forEach((doc, d) => {
    let kept = 0;
    for (let i = 0; i < doc.length; i++) {
      const entry = doc[i];
      const id = newId[entry.term];
      if (id < 0) continue;
      if (seenIn[id] === d) {
        doc[slot[id]].score += entry.score;
        continue;
      }
      seenIn[id] = d;
      slot[id] = kept;
      entry.term = id;
      // As a sum from 0, as the first score of a merge was (0 + s is s, and -0 becomes 0).
      entry.score = 0 + entry.score;
      doc[kept++] = entry;
    }
    doc.length = kept;
    doc.sort(byRank);
    for (const { term } of doc) next[term].df++;
  });
  index.vocabulary = next;
}

import { compareKeys } from '../util';
import type { MapGraph } from '../graph';
import { isLoneCommonWord } from '../graph/isLoneCommonWord';
import type { Clustering } from './detectClusters';
import type { MapCluster, VocabularyTerm } from '../map';
import { LABEL_CONFIG } from './clusterConfig';

/**
 * The label passes, in order, until minPhraseTerms are found: [phrases and names only, covering
 * the cluster only]. Phrases that cover the cluster first, then any phrase specific to it, then
 * covering lone words, then any lone word: a cluster is never left unnamed while a term is
 * specific to it.
 */
const LABEL_PASSES: [boolean, boolean][] = [
  [true, true],
  [true, false],
  [false, true],
  [false, false],
];

/** Between the terms of a cluster label: "quantization · low-bit · LLM". */
export const LABEL_SEPARATOR = ' · ';
/** The label of the catch-all cluster (Clustering.unclustered). */
export const UNCLUSTERED_LABEL = 'Unclustered';

/**
 * Names each cluster by its most characteristic keywords.
 *
 * A keyword's mass in a cluster is the summed weight of its links to the cluster's papers; its
 * score is mass × (mass / the keyword's mass over the whole map): frequent in the cluster and
 * concentrated there, so a keyword every cluster uses ("language models") does not name them all.
 * The label joins the best 3, skipping a term that repeats one already taken (one's words contain
 * the other's: "language model" after "large language model") and a term not specific to the
 * cluster (under half of its weight in it: it would mislabel, or name two clusters) or is an acronym of one
 * ("RNNs" and "recurrent neural networks"), and a term linked to under LABEL_CONFIG.minCover of the
 * cluster's papers (a name covers its cluster); topKeywords lists the best 10.
 * Clusters come back in id order.
 */
export function labelClusters(graph: MapGraph, clustering: Clustering, vocabulary: VocabularyTerm[]): MapCluster[] {
  const k = clustering.clusterCount;
  const m = graph.keywordTerms.length;
  const mass = Array.from({ length: k }, () => new Float64Array(m));
  const total = new Float64Array(m);
  for (const link of graph.links) {
    mass[clustering.paperCluster[link.paper]][link.keyword] += link.weight;
    total[link.keyword] += link.weight;
  }
  // Papers of each cluster linked to each keyword: how much of the cluster a label term covers.
  const linkedIn = Array.from({ length: k }, () => new Int32Array(m));
  for (const link of graph.links) linkedIn[clustering.paperCluster[link.paper]][link.keyword]++;
  const size = new Array<number>(k).fill(0);
  for (const c of clustering.paperCluster) size[c]++;
  const keywordCount = new Array<number>(k).fill(0);
  for (const c of clustering.keywordCluster) keywordCount[c]++;

  const keyOf = (j: number): string => vocabulary[graph.keywordTerms[j]].key;
  return mass.map((row, id) => {
    const ranked: { j: number; score: number; share: number }[] = [];
    row.forEach((w, j) => {
      if (w > 0) ranked.push({ j, score: (w * w) / total[j], share: w / total[j] });
    });
    ranked.sort((a, b) => b.score - a.score || compareKeys(keyOf(a.j), keyOf(b.j)));

    const topKeywords: string[] = [];
    for (const { j } of ranked) {
      const term = vocabulary[graph.keywordTerms[j]].term;
      if (!topKeywords.includes(term)) topKeywords.push(term);
      if (topKeywords.length === LABEL_CONFIG.topKeywords) break;
    }
    const chosen: number[] = [];
    // Phrases and names first; a lone common word ("control", "equations") names a cluster only
    // when too few of them qualify: it is the head of many topics, rarely a key phrase itself.
    // Measured and not kept: also admitting a word that is among the 10 best terms of at least
    // half the papers containing it (keyphraseness): label precision 91.7 → 79.2 (Inspec dev),
    // 96.7 → 90.0 (train); in short abstracts nearly every shared word is among a paper's 10 best.
    // A term covering this many of the cluster's papers covers it (LABEL_CONFIG.minCover).
    const cover = Math.min(LABEL_CONFIG.minCover * size[id], LABEL_CONFIG.minCoverPapers);
    for (const [phrasesOnly, covering] of LABEL_PASSES) {
      for (const { j, share } of ranked) {
        if (chosen.length === LABEL_CONFIG.terms) break;
        if (share < LABEL_CONFIG.minShare || chosen.includes(j)) continue;
        if (covering && linkedIn[id][j] < cover) continue;
        const term = vocabulary[graph.keywordTerms[j]];
        if (phrasesOnly && isLoneCommonWord(term)) continue;
        if (
          chosen.some(
            (c) =>
              repeats(vocabulary[graph.keywordTerms[c]], term) || abbreviates(vocabulary[graph.keywordTerms[c]].term, term.term),
          )
        )
          continue;
        chosen.push(j);
      }
      if (chosen.length >= LABEL_CONFIG.minPhraseTerms) break;
    }
    // Keep the cluster's own order of weight, whichever pass found a term.
    const order = new Map(ranked.map(({ j }, i) => [j, i]));
    chosen.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const label =
      id === clustering.unclustered || chosen.length === 0
        ? UNCLUSTERED_LABEL
        : chosen.map((j) => vocabulary[graph.keywordTerms[j]].term).join(LABEL_SEPARATOR);
    return { id, label, size: size[id], keywordCount: keywordCount[id], topKeywords };
  });
}

/**
 * One term's stemmed words all appear in the other's ("bit" and "low-bit quantization"). Whole
 * words, not substrings: "RL" must not repeat "control".
 */
function repeats(a: VocabularyTerm, b: VocabularyTerm): boolean {
  const wordsA = a.key.split(/[\s-]+/).filter((w) => w !== '');
  const wordsB = b.key.split(/[\s-]+/).filter((w) => w !== '');
  const contains = (outer: string[], inner: string[]): boolean => inner.every((w) => outer.includes(w));
  return (
    contains(wordsA, wordsB) ||
    contains(wordsB, wordsA) ||
    (wordsA.length === wordsB.length && wordsA.every((w, k) => sameStem(w, wordsB[k])))
  );
}

/**
 * Two stems of one word family, which Porter leaves apart: one starts the other ("net",
 * "network"), or they share at least 5 letters and 80% of the shorter ("scienc", "scientist":
 * "computer science" and "computer scientists" are one idea). "transport" and "transform" share
 * only "trans", "control" and "contract" only "contr": other words.
 */
export function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return true;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= Math.max(5, 0.8 * short.length);
}

/**
 * One term is the other's acronym: "RNNs" and "recurrent neural networks", "RAG" and
 * "retrieval-augmented generation", "MoE" and "mixture of experts", "ViT" and "vision
 * transformers", "LoRA" and "low-rank adaptation". An acronym has at least two
 * capitals and no spaces; its letters (a plural "s" dropped) are the other's word initials.
 */
export function abbreviates(a: string, b: string): boolean {
  const initialsMatch = (acronym: string, phrase: string): boolean => {
    if (/\s/.test(acronym) || (acronym.match(/[A-Z]/g) ?? []).length < 2) return false;
    const letters = acronym.replace(/s$/, '').toLowerCase();
    const words = phrase.split(/[\s-]+/).filter((w) => w !== '');
    return words.length === letters.length && words.every((w, i) => w[0].toLowerCase() === letters[i]);
  };
  // "ViT", "LoRA": a capital starts a word, the lowercase letters after it continue that word
  // ("Vi" + "T" of "vision transformers"); the phrase's words may not be skipped.
  const prefixesMatch = (acronym: string, phrase: string): boolean => {
    if (/\s/.test(acronym) || (acronym.match(/[A-Z]/g) ?? []).length < 2 || !/^[A-Z]/.test(acronym)) return false;
    const groups = acronym.replace(/s$/, '').match(/[A-Z0-9][a-z]*/g) ?? [];
    const words = phrase.split(/[\s-]+/).filter((w) => w !== '');
    return groups.length === words.length && words.every((w, i) => w.toLowerCase().startsWith(groups[i].toLowerCase()));
  };
  return initialsMatch(a, b) || initialsMatch(b, a) || prefixesMatch(a, b) || prefixesMatch(b, a);
}

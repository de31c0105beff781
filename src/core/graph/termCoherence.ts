import type { GraphWordLinks } from './buildGraph';

export interface TermCoherence {
  /** Per term: mean similarity of its papers' pairs, 0 = the corpus's mean pair, 1 = identical. */
  coherence: Map<number, number>;
  /**
   * Per term: its coherence in units of the standard error of a mean over its pairs when papers
   * are paired by chance (coherence · √pairs / the spread of one random pair's similarity), as a
   * z-score. Two papers that happen to share a generic word reach about 1; a topic's few papers
   * reach several. (Pairs of k papers are not independent, so this flatters large k a little:
   * a large term needs little evidence anyway.)
   */
  significance: Map<number, number>;
}

/**
 * How much more alike the papers that use a term are than any two papers of the corpus: the mean
 * cosine similarity of their word vectors (MapGraph.wordLinks) over all pairs of them, rescaled
 * so that 0 is the corpus's mean pair and 1 identical papers. A topic gathers papers that share
 * much else besides the term ("KV cache": its papers also say "attention", "eviction",
 * "long context"); a generic word ("claim", "release", "users", "future research") is used by
 * papers that have nothing else in common. This is the idea of VOSviewer's relevance score (a
 * term whose co-occurrences spread evenly over all other terms is general), measured on the
 * papers' words rather than on the few chosen terms, so it works before any term is chosen and
 * in a corpus of 97 papers.
 *
 * The mean over pairs comes from the sum of the unit vectors: (|Σv|² − k) / (k(k − 1)), so a term
 * costs (its papers × words per paper), not its papers squared. At most `maxPapers` papers count
 * (the first in corpus order): enough to tell, and it bounds the cost of very frequent terms.
 * Terms in fewer than 2 papers get 0. A term is `significant` (see TermCoherence) when its
 * coherence is unlikely to be chance.
 */
export function termCoherence(
  paperCount: number,
  papersOf: { start: Int32Array; paper: Int32Array },
  terms: readonly number[],
  wordLinks: GraphWordLinks,
  wordCount: number,
  maxPapers: number,
): TermCoherence {
  // Papers' word rows, L2-normalised (wordLinks are sorted by paper).
  const start = new Int32Array(paperCount + 1);
  for (const paper of wordLinks.paper) start[paper + 1]++;
  for (let p = 0; p < paperCount; p++) start[p + 1] += start[p];
  const word = wordLinks.word;
  // Normalised below: a copy, the graph's weights stay as they are.
  const value = Float64Array.from(wordLinks.weight);
  const hasWords = new Uint8Array(paperCount);
  for (let p = 0; p < paperCount; p++) {
    let norm = 0;
    for (let i = start[p]; i < start[p + 1]; i++) norm += value[i] * value[i];
    if (norm === 0) continue;
    hasWords[p] = 1;
    const scale = 1 / Math.sqrt(norm);
    for (let i = start[p]; i < start[p + 1]; i++) value[i] *= scale;
  }

  const sum = new Float64Array(wordCount);
  const touched: number[] = [];
  const meanPair = (papers: Iterable<number>): number => {
    let k = 0;
    for (const p of papers) {
      if (!hasWords[p]) continue;
      k++;
      for (let i = start[p]; i < start[p + 1]; i++) {
        if (sum[word[i]] === 0) touched.push(word[i]);
        sum[word[i]] += value[i];
      }
    }
    let squared = 0;
    for (const w of touched) {
      squared += sum[w] * sum[w];
      sum[w] = 0;
    }
    touched.length = 0;
    return k < 2 ? 0 : (squared - k) / (k * (k - 1));
  };

  function* allPapers(): Generator<number> {
    for (let p = 0; p < paperCount; p++) yield p;
  }
  const baseline = meanPair(allPapers());
  const rescale = (similarity: number): number => (baseline < 1 ? (similarity - baseline) / (1 - baseline) : 0);

  // The spread of one pair's similarity around the baseline, from a fixed sample of pairs
  // (paper i with paper (i · 7919 + 1) mod n: deterministic, and spread over the corpus).
  const dense = new Float64Array(wordCount);
  let squares = 0;
  let pairs = 0;
  for (let i = 0; i < Math.min(paperCount, SPREAD_PAIRS); i++) {
    const a = i;
    const b = (i * 7919 + 1) % paperCount;
    if (a === b || !hasWords[a] || !hasWords[b]) continue;
    for (let k = start[a]; k < start[a + 1]; k++) dense[word[k]] = value[k];
    let dot = 0;
    for (let k = start[b]; k < start[b + 1]; k++) dot += dense[word[k]] * value[k];
    for (let k = start[a]; k < start[a + 1]; k++) dense[word[k]] = 0;
    const r = rescale(dot);
    squares += r * r;
    pairs++;
  }
  const pairSpread = pairs > 0 ? Math.sqrt(squares / pairs) : 0;

  const coherence = new Map<number, number>();
  const significance = new Map<number, number>();
  for (const t of terms) {
    const from = papersOf.start[t];
    const to = Math.min(papersOf.start[t + 1], from + maxPapers);
    const k = to - from;
    if (k < 2) {
      coherence.set(t, 0);
      significance.set(t, 0);
      continue;
    }
    const c = rescale(meanPair(papersOf.paper.subarray(from, to)));
    coherence.set(t, c);
    significance.set(t, pairSpread > 0 ? (c * Math.sqrt((k * (k - 1)) / 2)) / pairSpread : 0);
  }
  return { coherence, significance };
}

/** Pairs sampled to measure how much one pair's similarity varies by chance. */
const SPREAD_PAIRS = 4000;

/**
 * Every tuning constant of the graph stage, with its default and the reason for it. Measured
 * figures are Inspec dev / train map scores from `npm run eval` (see README, "Keyword and
 * cluster quality").
 */
export const GRAPH_CONFIG = {
  /**
   * Every paper links to at least this many keyword nodes when it has that many terms with
   * df >= minDf: one link makes a paper a leaf that clustering and layout can only hang off one node.
   */
  minLinksPerPaper: 2,
  /** Co-occurrences seen in a single paper are mostly chance at any corpus size; they are dropped. */
  minCooccurrenceCount: 2,
  /**
   * Each keyword keeps its strongest co-occurrences only (a link survives if it is among the best
   * of either end). Without a cap a 300-keyword map of 10,000 papers has tens of thousands of them.
   */
  maxCooccurrencesPerKeyword: 10,
  /** Largest keyword-pair table (m × m counts) counted densely: 64 MB. */
  densePairs: 16_000_000,
  /** Words kept per paper for clustering and for termCoherence (its best by TF-IDF). */
  wordsPerPaper: 30,
  /** Words in more than this share of papers ("patients", "model") say nothing about topics. */
  maxWordDfShare: 0.3,
  /**
   * Papers of a term that termCoherence looks at (the first in corpus order): enough to tell a
   * topic from a generic word, and it bounds the cost of terms found in thousands of papers.
   */
  coherencePapers: 200,
  /**
   * A term's relevance is multiplied by its coherence (how much more alike its papers are than
   * two papers of the corpus, 0–1): a generic word gathers papers with nothing else in common.
   * A term whose papers are no more alike than chance keeps this floor instead of 0, so ranking
   * stays total and the coverage step can still use it for a paper that has nothing better.
   * Measured: node precision 46.7 → 49.7 (dev), 47.9 → 49.7 (train).
   */
  minCoherence: 0.001,
  /**
   * A term becomes a keyword node only when its papers are more alike than chance at the
   * one-sided 5% level (termCoherence's significance, a z-score, >= 1.645). On the bundled
   * 97-paper corpus this removes every generic node of issue 10 ("future research", "claim",
   * "reader", "release", "lens", "users"...): 266 nodes → 112, while node precision on Inspec rose
   * 52.0 → 53.0 (dev). 1 kept "users", "open problem", "claim"; 2 left 18 seed papers under 2 links.
   * The z-score grows with √pairs, so in a large corpus a common word passes on a tiny coherence
   * ("patients", "treatment" on the medical set). Also requiring coherence >= 0.02 made the
   * medical map's biggest nodes topics, but coverage then needed 565 nodes there (402 on Inspec
   * train, whose node precision fell 49.6 → 46.8): not kept.
   */
  topicalSignificance: 1.645,
  /**
   * A paper left with fewer than minLinksPerPaper links may take a term whose papers are at least
   * one standard error more alike than chance: better a link to a plausible topic than none, but
   * not to a word its papers merely share by chance (z < 1: "claim", "open problem" on the seed).
   */
  usableSignificance: 1,
  /**
   * Below this many papers the spread of a random pair's similarity cannot be estimated (a
   * handful of pairs) and the significance test would reject everything: every term with
   * df >= minDf then counts as topical, as before the test existed.
   */
  minPapersForTopicality: 20,
  /**
   * A paper's score for the head of one of its phrases ("neural networks" in "memory-consistent
   * neural networks"), as a share of the phrase's: below its own phrases, since the head names a
   * broader topic than the paper's own term.
   */
  headWeight: 0.5,
  /**
   * Relevance weight of a single lowercase word ("control", "users", "theory") against a phrase
   * or a name ("optimal control", "Muon", "LoRA"): a lone common noun is usually the head of many
   * topics, not one, and the phrase it heads says which. On Inspec dev, 68% of the multi-word
   * terms in two or more papers are gold key phrases, 29% of the single lowercase words.
   * Measured with coherence: 0.5 gives node precision 52.0 (dev) / 50.4 (train); 0.3 gave
   * 50.7 / 51.0, 1 gave 49.7 / 49.7.
   */
  singleWordWeight: 0.5,
} as const;

export type GraphConfig = typeof GRAPH_CONFIG;

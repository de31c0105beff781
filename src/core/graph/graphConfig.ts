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
  /**
   * Words in more than this share of papers ("patients", "model") say nothing about topics: they
   * are not clustering words, and a lone common word (isLoneCommonWord) in more than this share
   * is no keyword node either (a phrase or a name may be: "large language models" on the seed).
   * "patients" (in 62% of the medical set's papers) was its map's biggest node, linked to 460
   * papers; without it, medical NMI / ARI over seeds 42 and 1–5 rose 0.164 / 0.102 → 0.174 / 0.114
   * (every seed at or above), and no Inspec or seed node changed (none of their words passes
   * 30%). Not applied below minPapersForTopicality papers, where a third is a handful.
   */
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
   * Relevance is multiplied by coherence^this, not by coherence itself. Coherence separates topics
   * from generic words, but at the top it mostly measures how alike a term's few papers are: two
   * abstracts of one project share their incidental phrases too ("great deal", "Dietz"). On Inspec
   * the ranked phrases in the top quarter by coherence were the least often gold (dev 54%, train
   * 60%, against 66–70% / 79–87% below). Measured with headOnlyWeight 1, map precision
   * vocabulary / node / link / label, dev | train: 1 (before) 59.5 / 51.8 / 23.3 / 90.0 | 64.9 /
   * 58.2 / 19.0 / 93.9; 0.75 60.3 / 52.7 / 23.9 / 87.0 | 66.0 / 59.3 / 19.4 / 96.3; 0.5 62.0 /
   * 54.3 / 24.7 / 90.0 | 66.0 / 60.3 / 20.5 / 93.3; 0.25 64.0 / 56.0 / 25.2 / 82.4 | 65.7 / 58.7 /
   * 20.8 / 90.0; 0 (the significance test alone) 62.3 / 54.7 / 24.6 / 81.0 | 65.3 / 57.7 / 20.9 /
   * 96.3. Capping coherence at 0.2 instead: 61.7 / 54.0 / 24.6 / 85.0 | 68.0 / 61.3 / 20.1 / 93.3.
   */
  coherencePower: 0.5,
  /**
   * Relevance weight of a term that only one paper writes on its own (vocabulary df 1), the other
   * papers reaching it only as the head of a longer phrase of theirs (withHeads): the corpus does
   * not use it as a topic name, one paper does. On Inspec dev the ranked phrases with df 1 were
   * gold in 40% of cases, those with df ≥ 2 in 68–76%. With coherencePower 0.5, dev | train as
   * above: 1 62.0 / 54.3 / 24.7 / 90.0 | 66.0 / 60.3 / 20.5 / 93.3; 0.5 61.7 / 54.7 / 25.2 / 88.9 |
   * 67.0 / 61.3 / 21.3 / 96.3; 0.25 60.3 / 55.3 / 25.2 / 90.5 | 66.7 / 59.3 / 21.1 / 96.6; 0.1
   * 60.0 / 55.3 / 25.2 / 95.2 | 66.3 / 59.0 / 21.1 / 96.9. Medical NMI / ARI: 0.163 / 0.117
   * (before), 0.175 / 0.109 (coherencePower 0.5 alone), 0.181 / 0.132 (with 0.25). 0.25: the only
   * setting at or above the old figures on every measure of both splits. Also measured: a
   * continuous version, × (papers writing it on their own / papers containing it): 61.7 / 55.3 /
   * 25.2 / 90.5 | 67.0 / 59.7 / 20.7 / 96.3 (squared: 60.2 / 53.5 / 24.7 / 85.0 | 63.7 / 57.3 /
   * 19.5 / 96.7): within noise of 0.25, which is simpler.
   */
  headOnlyWeight: 0.25,
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
  /**
   * Relevance is multiplied by keyphraseness^this: the share of the papers containing a term in
   * which it ranks among their topK terms (KEA's keyphraseness, here from our own unsupervised
   * ranking, not training labels). "algorithm" is in many papers and the key phrase of few.
   * Measured with the other issue-10 changes: node precision 50.8 → 51.0 (dev), 57.2 → 57.9
   * (train); label precision 95.2 → 95.2 / 87.9 → 93.9.
   */
  keyphrasenessPower: 1,
  /**
   * withHeads also gives a paper the last word of each of its phrases alone ("tomography" in
   * "thermoacoustic tomography"), at this share of the phrase's score: below all its phrases, so
   * it is a paper's link only when it shares no phrase with another paper. On Inspec 25 of dev's
   * 500 papers had fewer than 2 terms shared with another paper, with phrases and their heads
   * only; with lone heads 4 (dev) and 0 (train) papers stay under 2 links, and node precision rose
   * 52.0 → 53.0 (dev), 48.3 → 59.3 (train) at 0.1: the covering words are heads of the papers'
   * phrases, no longer whatever generic word the most short papers share. With the other issue-10
   * changes, map precision (vocabulary / node / link / label), dev | train: 0.25 58.8 / 50.0 /
   * 20.1 / 85.7 | 63.2 / 55.9 / 17.6 / 88.9; 0.1 58.9 / 51.2 / 22.4 / 91.7 | 64.2 / 58.2 / 18.7 /
   * 96.7; 0.05 60.2 / 52.8 / 23.5 / 95.2 | 63.9 / 57.5 / 18.8 / 92.6; 0.02 60.4 / 53.4 / 23.2 /
   * 95.2 | 64.2 / 57.9 / 19.0 / 92.6 (a last resort, ranked after every phrase).
   */
  loneHeadWeight: 0.02,
  /**
   * A lone common word (isLoneCommonWord) links a paper only when it is among the paper's first
   * this-many terms (a key word of that paper: "quantization"), or the paper needs it to reach
   * minLinksPerPaper. Elsewhere such a link is rarely one of the paper's key phrases. With the lone
   * heads above, link precision 18.0 → 22.4 (dev), 15.5 → 18.7 (train), node precision 53.0 → 51.2
   * / 59.3 → 58.2 (a word node reaches fewer papers). 0 (only to fill) gave 23.1 / 18.5 but lost
   * "quantization" from the seed map; topK (10) gave 20.5 / 16.4 without lone heads.
   */
  loneWordLinkRank: 3,
  /**
   * A chosen term is dropped (subsumedTerms) when at least this share of its papers contain a
   * chosen longer term that ends with its words ("language models" under "large language
   * models"): the specific phrase names those papers better, and the map does not show the same
   * papers twice under a vaguer name. Seed map: drops "language models", "bandits", "policy
   * optimization", "law", "length", "answer". On Inspec, whose indexers keep both levels, it costs
   * a little: node precision dev / train 52.2 / 58.5 → 51.8 / 58.2 (0.5: 51.2 / 58.2, also dropping
   * "integral equations", "user interface", "differential equations"; 0.9: 51.8 / 58.5, keeps
   * "language models"). Any contained sub-phrase, not only the head, also dropped "SFT" under
   * "SFT datasets" and "Adam" under "Adam optimizer": heads only.
   *
   * Measured and not kept, VOSviewer's relevance (Van Eck & Waltman 2011): the KL divergence of a
   * term's co-occurrences over the 1.67 × maxKeywords most relevant terms from the pool's overall
   * distribution, counts smoothed towards it with a prior; the most relevant 60% kept. Inspec
   * node precision dev / train 51.8 / 58.5 → 48.1 / 55.2 (prior 10), 43.5 / 55.2 (prior 2),
   * 47.4 / 55.2 (prior 50), 50.0 / 55.9 (prior 200, keep 80%), 43.0 / 52.8 (pool 3×, keep 40%);
   * as a factor on relevance, 51.7 / 56.9. termCoherence, the same idea measured on all of a
   * paper's words rather than on the few candidate terms, wins on both splits. Also not kept:
   * excluding lone common words from the ranking (coverage brings them back as fillers; node
   * precision 49.7 / 44.5).
   */
  subsumedShare: 0.75,
  /**
   * Relevance weight of a phrase or name (not a lone lowercase word) that the title of at least one
   * of its papers contains (titledTerms): authors title a paper by its topic, and a phrase no title
   * uses is more often a passing one. On the map before this (Inspec), the ranked phrase nodes in
   * some linked paper's title were gold in 79.8% (dev) / 86.8% (train) of cases, the others in
   * 60.9% / 76.9%. Map precision vocabulary / node / link / label, dev | train, medical NMI / ARI:
   * 1 (before) 60.3 / 55.3 / 25.2 / 90.5 | 66.7 / 59.3 / 21.1 / 96.6, 0.181 / 0.132; 1.25 62.0 /
   * 56.7 / 25.7 / 91.7 | 67.3 / 61.7 / 21.3 / 95.8, 0.182 / 0.127; 1.5 62.7 / 56.7 / 25.9 / 85.7 |
   * 67.7 / 60.7 / 21.3 / 93.9, 0.180 / 0.136; 1.75 63.0 / 57.0 / 26.2 / 89.5 | 66.7 / 60.0 / 20.9 /
   * 96.3, 0.172 / 0.126; 2 63.7 / 57.3 / 26.4 / 90.0 | 67.3 / 60.7 / 21.0 / 93.3, 0.172 / 0.126; 3
   * 64.0 / 57.0 / 26.0 / 90.0 | 66.7 / 59.7 / 20.8 / 95.8. 1.25: every Inspec figure but train's
   * label precision up, medical NMI kept. Measured and not kept (title found by substring in the
   * title's key, as here): boosting lone words too (× 2: dev node precision 53.4); × 0.5 or 0.25
   * for every term in no title instead (dev 53.4 / 51.5: the words, nearly all in some title, then
   * outrank phrases); × (1 + s · share of its papers titling it), s = 2: 57.3 | 59.0, s = 4:
   * 57.3 | 57.0 (train falls). The gain is small against the noise: node precision 1 → 1.25 on
   * the two halves of train as corpora of their own 47.6 → 51.0 and 51.8 → 51.3, on dev and train
   * together (1,500 papers) 58.3 → 57.3, where most phrases are in some title and the test says
   * less. Requiring the title of a quarter of its papers instead of one: 56.7 | 61.3, halves 50.2 /
   * 51.3, together 59.3, but medical NMI / ARI 0.171 / 0.115 (0.15 of them: 56.7 | 61.3, together
   * 57.3, 0.179 / 0.125).
   */
  titleBoost: 1.25,
  /** Rounds of dropping subsumed terms and topping the choice up (each costs the chosen terms' papers). */
  subsumedRounds: 8,
} as const;

export type GraphConfig = typeof GRAPH_CONFIG;

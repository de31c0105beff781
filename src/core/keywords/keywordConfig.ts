/**
 * Every tuning constant of the keyword stage, with its default and its reason. F1 figures are
 * macro F1@10 on Inspec dev (`npm run eval`); differences under about 0.5 are noise at 500 papers.
 * The single nouns too generic to be a keyword alone are a list of their own (genericTerms.ts).
 */

/** How candidate occurrences turn into a score; see computeKeywords. */
export interface KeywordWeights {
  /** Multiplier for a term that occurs in the title. */
  titleBoost: number;
  /** Weight of the first occurrence's position: score × (1 + position / (1 + firstIndex)). */
  position: number;
  /** Exponent of the phrase length n: the sum of word IDFs is multiplied by n^lengthExponent. */
  lengthExponent: number;
  /** Times each author keyword is read as title text (authorKeywordEvidence.ts); 0 = not at all. */
  authorKeywords: number;
}

export const DEFAULT_KEYWORD_WEIGHTS: KeywordWeights = {
  /** A title names what the paper is about: × 1.5 was worth about 1 point of F1@10. */
  titleBoost: 1.5,
  /** Abstracts state their subject first: a phrase met early weighs up to 2×; about 0.5 point. */
  position: 1,
  /**
   * √(words): a longer phrase is more specific, but summing word IDFs already favours it, and a
   * full linear weight let rare long phrases crowd out the paper's main terms; about 0.5 point.
   */
  lengthExponent: 0.5,
  /**
   * Once: on CACM, with author keywords given for half the papers and the map scored against the
   * other half's keywords, vocabulary precision rose 3–4 points and node precision 1–2 in every
   * fold of two splits; per-paper F1 of the held-out papers moved 0.1 (scripts/evalAuthorKeywords.ts;
   * README, "Author keywords as evidence"). Twice did no better. Papers without keywords are unchanged.
   */
  authorKeywords: 1,
};

/**
 * findAcronyms: words before "(ACR)" that may be skipped beyond one per letter (stopwords such as
 * "of" in "mixture of experts (MoE)"); more let a stray earlier word start the expansion.
 */
export const ACRONYM_EXTRA_WORDS = 2;

/**
 * The tuning constants of comparing two maps (compareMaps), with their reasons.
 */
export const COMPARE_CONFIG = {
  /**
   * Least match score (the mean of the paper and keyword Jaccard indices) for two clusters to be
   * the same topic. Two maps of one field a week apart may share few papers, so keywords alone
   * must be able to match: a cluster keeping a fifth of its keyword nodes (Jaccard 0.2, score 0.1)
   * is still recognisably itself; below that it is a different topic.
   */
  minScore: 0.1,
  /** Keyword nodes listed as gained or lost per matched cluster. */
  keywordsListed: 5,
  /**
   * A matched cluster whose share of its map's papers moved by less than this part of itself
   * (17.5% → 16.0% is 9% less) kept its size: Louvain moves a few border papers between any two
   * builds, and a tenth keeps that noise from reading as growth or decline.
   */
  sameShare: 0.1,
};

/**
 * Every tuning constant of placing a paper, with its default and its reason (see placePaper).
 */
export interface PlaceConfig {
  /** Most similar papers whose places make the new paper's place (a weighted mean). */
  neighbours: number;
  /**
   * Each neighbour weighs similarity^power in that mean. 4 lets a near twin outweigh the rest (at
   * 0.9 it weighs 0.66, four loose neighbours at 0.4 weigh 0.03 each), so a paper already on the
   * map lands on itself: on a 1,585-paper CACM map, median distance to its own place 0.015% of the
   * map's width, 90th percentile 0.6% (power 2: 0.6% and 3.4%). A new paper, whose neighbours
   * are alike in similarity, still lands between them.
   */
  power: number;
  /** Similar papers listed. */
  similar: number;
  /** Shared key phrases listed per similar paper. */
  sharedPhrases: number;
  /** The cluster's key phrases the paper does not use, listed. */
  unusedPhrases: number;
}

export const PLACE_CONFIG: PlaceConfig = {
  neighbours: 5,
  power: 4,
  similar: 10,
  sharedPhrases: 5,
  unusedPhrases: 10,
};

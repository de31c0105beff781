/**
 * Every constant of the time stage, with its default and its reason (one place, as layoutConfig).
 */
export const TIME_CONFIG = {
  /**
   * Kleinberg's s: the burst state's rate is s times the keyword's base rate. 2 is Kleinberg's
   * own choice and CiteSpace's default; higher finds fewer, sharper bursts.
   */
  burstScale: 2,
  /**
   * Kleinberg's γ: entering the burst state costs γ·ln(n) for n years. 1 is CiteSpace's default
   * (it calls it γ too); lower admits shorter, weaker bursts.
   */
  burstGamma: 1,
  /** Most bursts written to the map file, strongest first: the app lists them, a few hundred at most. */
  maxBursts: 200,
  /**
   * Emerging/declining clusters: the ratio of a cluster's share of the later papers to its share of
   * the earlier ones (split at the median year) must reach this (or its inverse). 1.5 = half as
   * much again, small enough to name a trend on 20 years of CACM, large enough to skip noise.
   */
  trendRatio: 1.5,
  /** A cluster needs this many dated papers to be called emerging or declining at all. */
  trendMinPapers: 10,
} as const;

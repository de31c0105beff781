/**
 * Every tuning constant of the cluster stage, with its default and its reason (NMI figures: the
 * medical-abstracts benchmark of `npm run eval`).
 */
/** Clustering (detectClusters). */
export const CLUSTER_DEFAULTS = {
  /** Neighbours per paper in the paper–paper similarity graph (nearestPapers). */
  neighbours: 20,
  /**
   * Weight of a paper–keyword link (weight in (0, 1]) next to a similarity edge. The links tie
   * each keyword node into the clustering (so it gets its papers' cluster) without letting the
   * few hundred map keywords outvote the full word vectors: at 1 they halved NMI on the medical
   * benchmark, at 0.3 they cost nothing.
   */
  keywordWeight: 0.3,
  /**
   * Louvain resolution = settings.resolution × this. At Louvain's own 1 the 97-paper seed corpus
   * splits into 12–13 clusters of 5–10 papers; 0.85 gives about 10, which reads better.
   */
  resolutionScale: 0.85,
  /**
   * Louvain runs from up to this many random starts, and the partition of highest modularity is
   * kept (VOSviewer's "random starts", 10 by default there). From one seed to another, the
   * clusters then agree more (pairwise NMI of six seeds' partitions, 1 start → as many as the
   * budget below affords): seed map 0.745 → 0.864, Inspec train 0.713 → 0.777 (10 starts), medical
   * set 0.621 → 0.639 (7).
   */
  starts: 10,
  /**
   * ...as many as fit in this many edges summed over the starts (a run costs about its edges,
   * some 14 a paper: 140 ms at 10,000 papers): all 10 up to about 2,000 papers, where one start's
   * luck shows most, 7 on the medical set's 2,811, 2 at 10,000 (2% of the builder's time), 1 from
   * about 20,000 papers.
   */
  startsEdgeBudget: 300_000,
  /** A cluster with fewer papers than max(minPapers, minShare × papers) is merged into a neighbour. */
  minPapers: 2,
  minShare: 0.01,
};

/** Cluster names (labelClusters). */
export const LABEL_CONFIG = {
  /** Terms in a cluster name: two or three read as a name, more as a list. */
  terms: 3,
  /**
   * A label term must have at least this share of its map-wide weight in the cluster: most of it,
   * so a label term is specific to its cluster and no term names two clusters (issue 10). At 0.25
   * "large language models" named two of the seed map's seven clusters.
   */
  minShare: 0.5,
  /**
   * A label is built from phrases and names alone when at least this many qualify; otherwise lone
   * common words fill it up to `terms`. Measured: label precision 72.2 → 94.4 (Inspec dev),
   * 85.2 → 96.3 (train); 2 rather than 3 so a cluster with two good phrases is not padded by words.
   */
  minPhraseTerms: 2,
  /**
   * A label term must be linked to at least this share of the cluster's papers: a name covers
   * its cluster, not two of its papers ("principal component analysis" for 2 of the seed's 27
   * papers on memory and quantization). Measured without the passes below, label precision
   * Inspec dev / train: 0 90.5 / 93.9, 0.05 89.5 / 87.9, 0.1 100 / 95.7, 0.15 75.0 / 86.7. Weighting the label score by the term's coherence (keywordCoherence, ^0.5 / 1 / 2)
   * instead: 85.7 / 93.9, 76.2 / 84.8, 71.4 / 69.7 (it favours rare long phrases): not kept.
   */
  minCover: 0.1,
  /**
   * ... or at least this many of its papers, whatever its size; and a cluster with fewer than
   * minPhraseTerms covering phrases takes specific ones that do not cover it before any lone word
   * (labelClusters' passes). With minCover alone Inspec's big clusters were named "control" or
   * left unnamed (label precision 100.0 dev / 95.7 train, on 11 and 23 terms); with these two,
   * 90.0 / 93.9 with every cluster named by 2–3 phrases (the subsumption change alone: 90.5 /
   * 93.9). Order of the passes (words covering before uncovering phrases): the same figures.
   */
  minCoverPapers: 3,
  // Measured and not kept: choosing each next label term by the weight it adds on papers that the
  // earlier terms do not name (coverage) cut label precision 83.3 → 75.0 (Inspec dev).
  /** Characteristic keywords listed per cluster (MapCluster.topKeywords). */
  topKeywords: 10,
} as const;

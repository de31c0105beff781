/**
 * Every threshold of a map update (issue 12), with its default and its reason. Cluster overlaps
 * count members: papers and keyword nodes, by id, that both maps have.
 */
export interface LivingConfig {
  /**
   * Least Jaccard overlap (shared members / members of either) for a new cluster to take an old
   * cluster's id. Default 0.2: a cluster that kept a third of its members and doubled, or lost
   * two thirds, is still recognisably the same region; below that the "same" cluster would be a
   * different topic wearing an old colour. Pairs are taken greedily, highest overlap first.
   */
  matchMinJaccard: number;
  /**
   * An old cluster split when at least two new clusters each took this share of its surviving
   * members, one of them new. Default 0.25: a quarter is a real part, not a few strays.
   */
  splitShare: number;
  /**
   * An unmatched old cluster that sent this share of its surviving members into one new cluster
   * went there: it continues in it when that cluster has no match yet (a cluster that grew
   * several times over), or merged into it. Default 0.5: most of it went there.
   */
  mergeShare: number;
  /** Fewest shared members for a part of a split or a merge. Default 2: one paper is noise. */
  minPartMembers: number;
  /**
   * A matched cluster grew (shrank) when its share of the map's papers rose (fell) by this part of
   * its old share, and its papers differ by at least `minSizeChange` from the number that keeps the
   * old share; otherwise it is the same (stable). Judged by share, as bibliometrix's thematic
   * evolution and CiteSpace's time slices do: an update that adds papers raises every count.
   * Default 0.1 and 2: a share that moved under a tenth of itself (17.5% → 16%) is the churn of any
   * rebuild. With the same number of papers on both maps this is the old rule by counts.
   */
  sizeChangeShare: number;
  minSizeChange: number;
  /**
   * A paper that changed cluster may drift this share of the old map's width from its old place
   * before its anchor pulls hard (LayoutAnchors.slack), so it can lean towards its new cluster;
   * every other surviving node has none. Default 0.05: the bound on the median displacement.
   */
  movedPaperSlack: number;
}

export const livingConfig: Readonly<LivingConfig> = Object.freeze({
  matchMinJaccard: 0.2,
  splitShare: 0.25,
  mergeShare: 0.5,
  minPartMembers: 2,
  sizeChangeShare: 0.1,
  minSizeChange: 2,
  movedPaperSlack: 0.05,
});

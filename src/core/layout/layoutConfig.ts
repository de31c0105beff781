/**
 * Every tuning constant of the layout stage, in one place, each with its default and the reason
 * for it (as cosmos keeps its simulation config). Units: world units for lengths, shares for
 * ratios, d3-force's conventions for strengths (a strength is applied per tick × alpha).
 *
 * Changing any value changes every map's coordinates: the golden files (test/golden) will say
 * so, and must be updated on purpose.
 */
export interface LayoutConfig {
  // Node sizes (nodeRadius.ts): square-root scales, so a node's area grows with its weight.

  /** Radius of a paper with no keywords. Default 2.5: a dot still easy to hover. */
  paperRadiusBase: number;
  /** Paper radius added per √(keywords). Default 1.1: papers stay smaller than their keywords. */
  paperRadiusScale: number;
  /** Radius of a keyword with no papers. Default 3: a little bigger than a paper. */
  keywordRadiusBase: number;
  /** Keyword radius added per √(papers). Default 2: a keyword of 25 papers is 13, a clear hub. */
  keywordRadiusScale: number;

  // Spacing.

  /** Space kept between any two nodes. Default 1: more than rounding to 2 decimals can eat (0.01·√2). */
  nodeGap: number;
  /** Node area over cluster disc area: how tightly a cluster's disc is sized. Default 0.3. */
  clusterDensity: number;
  /** Smallest radius of a cluster's disc. Default 10: a cluster of one node still has a region. */
  minClusterRadius: number;
  /** Space between the discs of two clusters, as a share of the mean cluster radius. Default 0.15. */
  clusterGap: number;

  // Start positions.

  /**
   * The c-th cluster disc (ids are by size) starts at spiralStep · mean radius · √(c + ½) from the
   * centre, so big clusters sit in the middle. Default 1.2: discs start just clear of each other.
   */
  clusterSpiralStep: number;
  /** A paper starts this share of its cluster's radius from its keywords' weighted mean. Default 0.15. */
  paperStartJitter: number;

  // Placing the cluster discs (a small d3-force run of its own).

  /** Ticks of the cluster-disc run. Default 300, d3-force's own (alpha from 1 to alphaMin). */
  clusterTicks: number;
  /** Alpha the cluster-disc run ends at. Default 0.001, d3-force's alphaMin. */
  clusterAlphaMin: number;
  /** Least strength of a link between two clusters. Default 0.05: unrelated clusters still close ranks. */
  clusterLinkStrengthBase: number;
  /** Link strength added for the heaviest link between clusters (scaled by weight). Default 0.25. */
  clusterLinkStrengthWeight: number;
  /** Collision iterations per tick for the discs. Default 3: discs must not overlap, and there are few. */
  clusterCollideIterations: number;
  /** Pull of every disc towards the origin (forceX / forceY). Default 0.05: keeps the map round. */
  clusterCentring: number;

  // The node simulation (applyForceSimulation).

  /** Fewest ticks, however big the map. Default 30: below that clusters have not settled. */
  ticksMin: number;
  /** Most ticks, for small maps. Default 200. */
  ticksMax: number;
  /**
   * Ticks for a map of `ticksReference` nodes; bigger maps get ticksScale·√(ticksReference / n).
   * Defaults 120 and 1000: each tick costs O(n log n), and the clustered start needs few.
   */
  ticksScale: number;
  ticksReference: number;
  /** Alpha falls from 1 to this over the ticks. Default 0.001, d3-force's alphaMin. */
  alphaMin: number;
  /** d3-force's velocity decay: the share of velocity lost each tick. Default 0.4, d3's own. */
  velocityDecay: number;
  /** Closest distance repulsion is computed at, squared (d3's distanceMin²). Default 1, d3's own. */
  distanceMin2: number;
  /** Barnes–Hut theta: a cell is one body when its width / distance < theta. Default 1.2, coarser than d3's 0.9. */
  theta: number;
  /** Theta past `largeMapNodes` nodes. Default 1.5: repulsion dominates big maps' time. */
  thetaLarge: number;
  /** Maps with more nodes than this use thetaLarge. Default 2000. */
  largeMapNodes: number;
  /**
   * Repulsion reaches no further than reach · mean cluster radius + reachPad. Defaults 2 and 50:
   * about a cluster's diameter, so clusters do not push the whole map apart.
   */
  repulsionReach: number;
  repulsionReachPad: number;
  /** Many-body strength per unit of radius (negative: repulsion). Default 6: big nodes clear more room. */
  repulsionPerRadius: number;
  /** Link length beyond the two radii. Default 4: a paper sits just off its keyword. */
  linkSlack: number;
  /** Room a keyword's papers get around it, in paper widths per √papers. Default 0.8: spread, not a ring. */
  linkSpread: number;
  /**
   * Link strength is (base + weight · w) / the smaller degree (d3's default divides by it, so
   * hubs do not collapse). Defaults 0.3 and 0.7: weak links pull less, but still pull.
   */
  linkStrengthBase: number;
  linkStrengthWeight: number;
  /** Links between clusters pull this much less than links inside one. Default 0.25: regions stay apart. */
  crossClusterLink: number;
  /** Pull of each node towards its cluster's centre. Default 0.2: what keeps clusters reading as regions. */
  clusterPull: number;
  /**
   * How hard a node outside its cluster's disc is pulled back, in proportion to how far out it is;
   * inside the disc nothing, so repulsion can spread a cluster over its whole disc instead of
   * piling it on the centre (which left many overlaps for the end). Default 0.5.
   */
  containStrength: number;
  /** Collision runs only in this last share of the ticks. Default 0.2: it is costly and only needed at the end. */
  collideShare: number;
  /** Collision iterations per tick. Default 2: d3 uses 1; two leave fewer overlaps for the final pass. */
  collideIterations: number;

  // Updating a map (computeAnchoredLayout): old nodes start at their old places and are held there.

  /**
   * An anchored layout runs this share of a fresh layout's ticks. Default 0.5: the old nodes start
   * settled and new ones start amid what they link to, so half the ticks settle them, and an
   * update costs less than a fresh build. (An old node is held to its old place by the home pull
   * plus the push back with no room: clusterPull + containStrength, 0.7 per tick × alpha.)
   */
  anchoredTicksShare: number;

  // The final overlap removal (separateOverlaps).

  /** A pass that still pushes this share of the pairs the pass before it pushed has stalled. Default 0.8. */
  separateStalled: number;
  /** Shortfall below the wanted distance not worth a push. Default 1e-6: far under the gap. */
  separateSlack: number;
  /** Sweeps before the positions are spread out. Default 8: enough for all but dense knots. */
  separatePasses: number;
  /**
   * Rounds of sweeps-then-spread at most. Default 50: by then the spreads have given 1.02⁵⁰ ≈ 2.7
   * times the room.
   */
  separateRounds: number;
  /** A stalled round scales all positions out from their centre by this. Default 1.02: small, and always ends. */
  separateSpread: number;
}

/** The defaults; the layout reads these. */
export const layoutConfig: Readonly<LayoutConfig> = Object.freeze({
  paperRadiusBase: 2.5,
  paperRadiusScale: 1.1,
  keywordRadiusBase: 3,
  keywordRadiusScale: 2,

  nodeGap: 1,
  clusterDensity: 0.3,
  minClusterRadius: 10,
  clusterGap: 0.15,

  clusterSpiralStep: 1.2,
  paperStartJitter: 0.15,

  clusterTicks: 300,
  clusterAlphaMin: 0.001,
  clusterLinkStrengthBase: 0.05,
  clusterLinkStrengthWeight: 0.25,
  clusterCollideIterations: 3,
  clusterCentring: 0.05,

  ticksMin: 30,
  ticksMax: 200,
  ticksScale: 120,
  ticksReference: 1000,
  alphaMin: 0.001,
  velocityDecay: 0.4,
  distanceMin2: 1,
  theta: 1.2,
  thetaLarge: 1.5,
  largeMapNodes: 2000,
  repulsionReach: 2,
  repulsionReachPad: 50,
  repulsionPerRadius: 6,
  linkSlack: 4,
  linkSpread: 0.8,
  linkStrengthBase: 0.3,
  linkStrengthWeight: 0.7,
  crossClusterLink: 0.25,
  clusterPull: 0.2,
  containStrength: 0.5,
  collideShare: 0.2,
  collideIterations: 2,

  anchoredTicksShare: 0.5,

  separateStalled: 0.8,
  separateSlack: 1e-6,
  separatePasses: 8,
  separateRounds: 50,
  separateSpread: 1.02,
});

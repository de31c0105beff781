/**
 * @module core/analysis
 * The structure of a field, read from a built map. Takes a `MapFile` (its papers, keywords,
 * links and clusters); gives research gaps (keyword and cluster pairs that co-occur far less than
 * chance, with a one-sided Fisher exact p-value, its Benjamini–Hochberg q-value and the papers
 * that bridge them), a thematic map
 * of the clusters (Callon centrality and density, bibliometrix's quadrants, and its SVG), and
 * each node's participation coefficient across clusters, and a smoothed density of papers or
 * keyword weight on a grid (for the density view). Shared by the app and `npm run gaps`.
 */
export { bridgingPapers, papersWithBoth, type BridgingPaper } from './bridgingPapers';
export { computeGaps, GAP_DEFAULTS, type ClusterPair, type GapOptions, type GapReport, type KeywordGap } from './computeGaps';
export { computeParticipation, type Participation } from './computeParticipation';
export { computeThematicMap, QUADRANT_NAMES, ranks, type Quadrant, type ThematicMap, type Theme } from './computeThematicMap';
export { countCooccurrences, type CooccurrenceTable } from './countCooccurrences';
export { logDepletionPValue, logFactorials } from './depletionPValue';
export { formatProbability } from './formatProbability';
export { benjaminiHochbergLog, taroneCutoff, type MinimumPGroup } from './multipleTesting';
export { writeThematicMapSvg, THEMATIC_SVG_DEFAULTS, type ThematicSvgOptions } from './writeThematicMapSvg';
export {
  computeDensityGrid,
  DENSITY_DEFAULTS,
  type DensityGrid,
  type DensityOptions,
  type DensityWeight,
} from './computeDensityGrid';
export { densityPixels, type DensityColoring, type DensityMode } from './densityPixels';

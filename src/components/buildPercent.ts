import type { BuildProgress, BuildStage } from '../core/buildMap';

const STAGES: readonly BuildStage[] = ['parse', 'keywords', 'graph', 'clusters', 'layout', 'assemble'];

/**
 * Each stage's share of a build, from the worker's stage times in Chromium: 10,000 generated
 * papers spent 53% in keywords, 14% graph, 29% layout; the 97-paper seed corpus 24% keywords and
 * 74% layout (test/browser/measureCorpusBuild.ts).
 */
const WEIGHT: Record<BuildStage, number> = { parse: 2, keywords: 50, graph: 10, clusters: 2, layout: 34, assemble: 2 };
const TOTAL = STAGES.reduce((sum, s) => sum + WEIGHT[s], 0);

/** How far the whole build is, 0–100, from the stage it reports and how far into that stage. */
export function buildPercent(progress: BuildProgress | null): number {
  if (!progress) return 0;
  const before = STAGES.slice(0, STAGES.indexOf(progress.stage)).reduce((sum, s) => sum + WEIGHT[s], 0);
  const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return Math.round(((before + WEIGHT[progress.stage] * within) / TOTAL) * 100);
}

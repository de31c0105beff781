import type { BuildProgress, BuildStage } from '../core/buildMap';

const STAGES: readonly BuildStage[] = ['parse', 'keywords', 'graph', 'clusters', 'layout', 'assemble'];

/**
 * Each stage's share of a build, from stage timings measured in Chromium (the seed corpus and a
 * 10,000-paper one): keyword extraction and the layout take nearly all of it.
 */
const WEIGHT: Record<BuildStage, number> = { parse: 2, keywords: 48, graph: 8, clusters: 4, layout: 36, assemble: 2 };
const TOTAL = STAGES.reduce((sum, s) => sum + WEIGHT[s], 0);

/** How far the whole build is, 0–100, from the stage it reports and how far into that stage. */
export function buildPercent(progress: BuildProgress | null): number {
  if (!progress) return 0;
  const before = STAGES.slice(0, STAGES.indexOf(progress.stage)).reduce((sum, s) => sum + WEIGHT[s], 0);
  const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return Math.round(((before + WEIGHT[progress.stage] * within) / TOTAL) * 100);
}

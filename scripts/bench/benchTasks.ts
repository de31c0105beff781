/** What the parent asks a child process to measure, and what it answers: one JSON file each way. */
export type BenchTask =
  | { task: 'build'; input: string; output: string; threads?: number }
  | { task: 'keywords'; input: string }
  | { task: 'layout'; input: string; ticks: number }
  | { task: 'papers'; input: string; output: string };
// For 'layout', `input` is a map file written by a 'build' run: the plain layout runs on its graph.
// 'papers' parses a corpus file in any format the builder reads and writes its papers' titles and
// abstracts as JSON Lines, for the scikit-learn baseline to see exactly the papers we do.

/** Stages in the order the table shows them; `read` and `write` are the command's file I/O. */
export const BUILD_STAGES = ['read', 'parse', 'keywords', 'graph', 'clusters', 'layout', 'assemble', 'write'] as const;
export type BuildStageName = (typeof BUILD_STAGES)[number];

export interface BuildMeasurement {
  task: 'build';
  papers: number;
  keywords: number;
  links: number;
  clusters: number;
  stages: Record<BuildStageName, number>;
  /**
   * CPU time (user + system, all threads) per stage, from process.cpuUsage() at buildMap's
   * progress reports: steadier than wall time on a shared machine.
   */
  stagesCpu: Record<BuildStageName, number>;
  cpuMs: number;
  /** The process's peak RSS so far at the end of each stage, MB: where the peak is reached. */
  peakRssAfterMb: Record<BuildStageName, number>;
  /** Wall time from before reading the corpus to after the map file is written, ms. */
  totalMs: number;
  /** The child process's peak resident set size, MB (the whole process: Node, tsx, data). */
  peakRssMb: number;
  mapBytes: number;
  /** Worker threads of the keyword stage (build:map --threads); absent in runs from before it. */
  threads?: number;
}

export interface KeywordsMeasurement {
  task: 'keywords';
  papers: number;
  /** computeKeywords on the parsed papers (tokenizing, tagging, candidates, scoring). */
  oursMs: number;
  oursCpuMs: number;
  /** natural's TfIdf: addDocument for every token stream, then listTerms for every document. */
  naturalMs: number;
  naturalCpuMs: number;
  /** Our tokenizer + stopword filter producing natural's token streams (included in naturalMs). */
  tokenizeMs: number;
}

export interface LayoutSide {
  ms: number;
  cpuMs: number;
  neighbourShare: number;
  /**
   * Overlapping pairs with the radii the app draws (src/core/scene/sceneGeometry.ts) and computeLayout
   * reserves room for: a paper by its number of links on the map, a keyword by its papers.
   */
  overlaps: number;
}

export interface LayoutMeasurement {
  task: 'layout';
  nodes: number;
  links: number;
  /** Readability of the map's own layout; its times come from the build runs. */
  ours: Omit<LayoutSide, 'ms' | 'cpuMs'>;
  plain: LayoutSide & { ticks: number };
}

export interface PapersMeasurement {
  task: 'papers';
  papers: number;
}

export type BenchMeasurement = (BuildMeasurement | KeywordsMeasurement | LayoutMeasurement | PapersMeasurement) & {
  /** The machine's 1-minute load average while the measurement ran (runChild samples it every 5 s). */
  load?: { mean: number; max: number };
};

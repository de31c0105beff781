/** What the parent asks a child process to measure, and what it answers: one JSON file each way. */
export type BenchTask =
  | { task: 'build'; input: string; output: string }
  | { task: 'keywords'; input: string }
  | { task: 'layout'; input: string; ticks: number };

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
  /** Wall time from before reading the corpus to after the map file is written, ms. */
  totalMs: number;
  /** The child process's peak resident set size, MB (the whole process: Node, tsx, data). */
  peakRssMb: number;
  mapBytes: number;
}

export interface KeywordsMeasurement {
  task: 'keywords';
  papers: number;
  /** computeKeywords on the parsed papers (tokenizing, tagging, candidates, scoring). */
  oursMs: number;
  /** natural's TfIdf: addDocument for every token stream, then listTerms for every document. */
  naturalMs: number;
  /** Our tokenizer + stopword filter producing natural's token streams (included in naturalMs). */
  tokenizeMs: number;
}

export interface LayoutSide {
  ms: number;
  neighbourShare: number;
  overlaps: number;
}

export interface LayoutMeasurement {
  task: 'layout';
  nodes: number;
  links: number;
  ours: LayoutSide;
  plain: LayoutSide & { ticks: number };
}

export type BenchMeasurement = BuildMeasurement | KeywordsMeasurement | LayoutMeasurement;

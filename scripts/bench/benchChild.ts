/**
 * One measurement in a fresh process, so that its peak memory is its own and no JIT or cache
 * state carries over: `node --import tsx scripts/bench/benchChild.ts TASK_JSON RESULT_FILE`.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { type BuildMapResult, type BuildStage, buildMapFromCorpusWith } from '../../src/core/buildMap';
import { STOPWORDS, computeKeywords, tokenize } from '../../src/core/keywords';
import { keywordRadius, paperRadius } from '../../src/core/layout';
import { parseCorpus } from '../../src/core/corpus';
import { type MapFile, serializeMapParts, TOOL_VERSION } from '../../src/core/map';
import { readCorpora } from '../buildMap';
import { computeKeywordsParallel } from '../lib/parallel/computeKeywordsParallel';
import { writeTextPartsAtomic } from '../lib/writeTextPartsAtomic';
import type {
  BenchMeasurement,
  BenchTask,
  BuildMeasurement,
  KeywordsMeasurement,
  LayoutMeasurement,
  LayoutSide,
  PapersMeasurement,
} from './benchTasks';
import { layoutReadability, type PlacedNode } from './layoutReadability';
import { plainForceLayout } from './plainForceLayout';

const WORD = /[\p{L}\p{N}]/u;

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** CPU milliseconds (user + system) of this process so far. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The build as `npm run build:map -- --threads N` runs it, with the CPU time of each stage: the
 * corpus read and parsed as a stream (readCorpora: the `parse` stage), the keyword stage on N
 * worker threads (computeKeywordsParallel; 1 = this thread), the rest from buildMap's progress
 * reports. Every stage but `keywords` reports at its start and at its end; `keywords` reports
 * while it extracts candidates but not while it scores them, so it runs from the end of `parse`
 * to the start of `graph`. CPU time is the whole process's, worker threads included.
 */
async function buildTimed(
  input: string,
  threads: number,
): Promise<{ result: BuildMapResult; cpu: Record<BuildStage, number>; peakRss: Record<BuildStage, number> }> {
  const first = new Map<BuildStage, number>();
  const last = new Map<BuildStage, number>();
  const peakRss = {} as Record<BuildStage, number>;
  const onProgress = ({ stage }: { stage: BuildStage | 'parse' }): void => {
    const now = cpuNow();
    if (!first.has(stage)) {
      first.set(stage, now);
      // keywords ends unreported, when graph starts (see above).
      if (stage === 'graph') peakRss.keywords = peakRssMb();
    }
    last.set(stage, now);
    if (stage !== 'keywords') peakRss[stage] = peakRssMb();
  };
  const corpus = readCorpora([input], undefined, () => onProgress({ stage: 'parse' }));
  const result = await buildMapFromCorpusWith(
    corpus,
    { fileName: basename(input), toolVersion: TOOL_VERSION, onProgress },
    (docs, progress) => computeKeywordsParallel(docs, { threads, onProgress: progress }),
  );
  const cpu = {} as Record<BuildStage, number>;
  for (const stage of first.keys()) {
    cpu[stage] =
      stage === 'keywords' ? (first.get('graph') ?? NaN) - (last.get('parse') ?? NaN) : last.get(stage)! - first.get(stage)!;
  }
  return { result, cpu, peakRss };
}

async function measureBuild(input: string, output: string, threads: number): Promise<BuildMeasurement> {
  const started = performance.now();
  const cpuStart = cpuNow();
  // Read and parse are one streamed step now (the `parse` stage): a million papers' text is more
  // than one string can hold.
  const read = 0;
  const readCpu = 0;
  const readRss = peakRssMb();
  const { result, cpu, peakRss } = await buildTimed(input, threads);
  const { map, timings } = result;
  const writeStart = performance.now();
  const writeCpuStart = cpuNow();
  // As `npm run build:map` writes it: in parts, never the whole text (217 MB at 100k papers) at once.
  writeTextPartsAtomic(output, serializeMapParts(map));
  const write = performance.now() - writeStart;
  const writeCpu = cpuNow() - writeCpuStart;
  const totalMs = performance.now() - started;
  return {
    task: 'build',
    threads,
    papers: map.papers.length,
    keywords: map.keywords.length,
    links: map.links.length,
    clusters: map.clusters.length,
    stages: {
      read,
      parse: timings.parse,
      keywords: timings.keywords,
      graph: timings.graph,
      clusters: timings.clusters,
      layout: timings.layout,
      assemble: timings.assemble,
      write,
    },
    stagesCpu: {
      read: readCpu,
      parse: cpu.parse,
      keywords: cpu.keywords,
      graph: cpu.graph,
      clusters: cpu.clusters,
      layout: cpu.layout,
      assemble: cpu.assemble,
      write: writeCpu,
    },
    cpuMs: cpuNow() - cpuStart,
    peakRssAfterMb: { read: readRss, ...peakRss, write: peakRssMb() },
    totalMs,
    peakRssMb: peakRssMb(),
    mapBytes: statSync(output).size,
  };
}

function measureKeywords(input: string): KeywordsMeasurement {
  const { papers } = parseCorpus(readFileSync(input, 'utf8'), { fileName: basename(input) });
  let started = performance.now();
  let cpuStart = cpuNow();
  computeKeywords(papers);
  const oursMs = performance.now() - started;
  const oursCpuMs = cpuNow() - cpuStart;

  started = performance.now();
  cpuStart = cpuNow();
  // The same words ours sees: our tokenizer, lowercased, without punctuation and stopwords.
  const streams = papers.map((p) =>
    tokenize(`${p.title}. ${p.abstract}`)
      .map((t) => t.toLowerCase())
      .filter((t) => WORD.test(t) && !STOPWORDS.has(t)),
  );
  const tokenizeMs = performance.now() - started;
  const tfidf = new TfIdf();
  for (const stream of streams) tfidf.addDocument(stream);
  for (let d = 0; d < streams.length; d++) tfidf.listTerms(d).slice(0, 10);
  const naturalMs = performance.now() - started;
  const naturalCpuMs = cpuNow() - cpuStart;
  return { task: 'keywords', papers: papers.length, oursMs, oursCpuMs, naturalMs, naturalCpuMs, tokenizeMs };
}

/**
 * The map's nodes at positions `at(i)` (papers, then keywords) with the radii the app draws
 * (src/core/scene/sceneGeometry.ts), which computeLayout also reserves room for: a paper by its number of
 * links on the map (links whose paper and keyword are both on it), a keyword by its papers.
 */
function placed(map: MapFile, at: (i: number) => { x: number; y: number }): PlacedNode[] {
  const paperAt = new Map(map.papers.map((p, i) => [p.id, i]));
  const keywordIds = new Set(map.keywords.map((k) => k.id));
  const degree = new Array<number>(map.papers.length).fill(0);
  for (const l of map.links) {
    const i = paperAt.get(l.paper);
    if (i !== undefined && keywordIds.has(l.keyword)) degree[i]++;
  }
  const nodes: PlacedNode[] = map.papers.map((p, i) => ({ ...at(i), r: paperRadius(degree[i]), cluster: p.cluster }));
  const n = map.papers.length;
  map.keywords.forEach((k, j) => nodes.push({ ...at(n + j), r: keywordRadius(k.papers), cluster: k.cluster }));
  return nodes;
}

function readability(map: MapFile, at: (i: number) => { x: number; y: number }): Omit<LayoutSide, 'ms' | 'cpuMs'> {
  return layoutReadability(placed(map, at));
}

function measureLayout(mapFile: string, ticks: number): LayoutMeasurement {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as MapFile;
  const started = performance.now();
  const cpuStart = cpuNow();
  const positions = plainForceLayout(map, map.meta.settings.seed, ticks);
  const plainMs = performance.now() - started;
  const plainCpuMs = cpuNow() - cpuStart;
  return {
    task: 'layout',
    nodes: map.papers.length + map.keywords.length,
    links: map.links.length,
    ours: readability(map, (i) => (i < map.papers.length ? map.papers[i] : map.keywords[i - map.papers.length])),
    plain: { ms: plainMs, cpuMs: plainCpuMs, ticks, ...readability(map, (i) => positions[i]) },
  };
}

/** The corpus's papers as our parser reads them, as JSON Lines of titles and abstracts. */
function writePapers(input: string, output: string): PapersMeasurement {
  const { papers } = parseCorpus(readFileSync(input, 'utf8'), { fileName: basename(input) });
  writeTextPartsAtomic(
    output,
    (function* () {
      for (const p of papers) yield `${JSON.stringify({ id: p.id, title: p.title, abstract: p.abstract })}\n`;
    })(),
  );
  return { task: 'papers', papers: papers.length };
}

const [taskJson, resultFile] = process.argv.slice(2);
const task = JSON.parse(taskJson) as BenchTask;
let result: BenchMeasurement;
switch (task.task) {
  case 'build':
    result = await measureBuild(task.input, task.output, task.threads ?? 1);
    break;
  case 'keywords':
    result = measureKeywords(task.input);
    break;
  case 'layout':
    result = measureLayout(task.input, task.ticks);
    break;
  case 'papers':
    result = writePapers(task.input, task.output);
    break;
}
writeFileSync(resultFile, JSON.stringify(result));

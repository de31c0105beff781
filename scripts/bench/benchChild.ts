/**
 * One measurement in a fresh process, so that its peak memory is its own and no JIT or cache
 * state carries over: `node --import tsx scripts/bench/benchChild.ts TASK_JSON RESULT_FILE`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { buildMap, serializeMap } from '../../src/core/buildMap';
import { computeKeywords } from '../../src/core/computeKeywords';
import { keywordRadius, paperRadius } from '../../src/core/nodeRadius';
import { parseCorpus } from '../../src/core/parseCorpus';
import { STOPWORDS } from '../../src/core/stopwords';
import { tokenize } from '../../src/core/tokenize';
import type { MapFile } from '../../src/core/types';
import { toolVersion } from '../lib/toolVersion';
import type { BenchMeasurement, BenchTask, BuildMeasurement, KeywordsMeasurement, LayoutMeasurement } from './benchTasks';
import { layoutReadability, type PlacedNode } from './layoutReadability';
import { plainForceLayout } from './plainForceLayout';

const WORD = /[\p{L}\p{N}]/u;

function measureBuild(input: string, output: string): BuildMeasurement {
  const started = performance.now();
  const text = readFileSync(input, 'utf8');
  const read = performance.now() - started;
  const { map, timings } = buildMap(text, { fileName: basename(input), toolVersion: toolVersion() });
  const writeStart = performance.now();
  const json = serializeMap(map);
  writeFileSync(output, json);
  const write = performance.now() - writeStart;
  const totalMs = performance.now() - started;
  return {
    task: 'build',
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
    totalMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    mapBytes: Buffer.byteLength(json),
  };
}

function measureKeywords(input: string): KeywordsMeasurement {
  const { papers } = parseCorpus(readFileSync(input, 'utf8'), { fileName: basename(input) });
  let started = performance.now();
  computeKeywords(papers);
  const oursMs = performance.now() - started;

  started = performance.now();
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
  return { task: 'keywords', papers: papers.length, oursMs, naturalMs, tokenizeMs };
}

function placed(map: MapFile, at: (i: number) => { x: number; y: number }): PlacedNode[] {
  const nodes: PlacedNode[] = [];
  map.papers.forEach((p, i) => nodes.push({ ...at(i), r: paperRadius(p.keywords.length), cluster: p.cluster }));
  const n = map.papers.length;
  map.keywords.forEach((k, j) => nodes.push({ ...at(n + j), r: keywordRadius(k.papers), cluster: k.cluster }));
  return nodes;
}

function measureLayout(input: string, ticks: number): LayoutMeasurement {
  const { map, timings } = buildMap(readFileSync(input, 'utf8'), { fileName: basename(input), toolVersion: toolVersion() });
  const ours = placed(map, (i) => (i < map.papers.length ? map.papers[i] : map.keywords[i - map.papers.length]));
  const started = performance.now();
  const positions = plainForceLayout(map, map.meta.settings.seed, ticks);
  const plainMs = performance.now() - started;
  return {
    task: 'layout',
    nodes: ours.length,
    links: map.links.length,
    ours: { ms: timings.layout, ...layoutReadability(ours) },
    plain: { ms: plainMs, ticks, ...layoutReadability(placed(map, (i) => positions[i])) },
  };
}

const [taskJson, resultFile] = process.argv.slice(2);
const task = JSON.parse(taskJson) as BenchTask;
let result: BenchMeasurement;
switch (task.task) {
  case 'build':
    result = measureBuild(task.input, task.output);
    break;
  case 'keywords':
    result = measureKeywords(task.input);
    break;
  case 'layout':
    result = measureLayout(task.input, task.ticks);
    break;
}
writeFileSync(resultFile, JSON.stringify(result));

/**
 * Keyword quality on a corpus with gold key phrases (Inspec), under the protocol of
 * ../shared/eval/README.md: lowercase, tokens [a-z0-9]+, Porter stems, exact match of stemmed
 * token sequences, duplicates dropped after stemming, gold phrases absent from the text still
 * count against recall; macro (mean over papers) and micro (pooled counts) precision, recall, F1.
 *
 * Run directly: npx tsx scripts/evalKeywords.ts ../shared/eval/inspec-dev.jsonl
 * scripts/evaluate.ts (npm run eval) calls runKeywordEval.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { type KeywordWeights, computeKeywords } from '../src/core/keywords';

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface KeywordScores {
  k: number;
  /** Mean over papers of each paper's precision, recall and F1. */
  macro: PrecisionRecall;
  /** Precision and recall of hits, predictions and gold pooled over the corpus; F1 of those. */
  micro: PrecisionRecall;
}

export interface KeywordEvalResult {
  file: string;
  papers: number;
  /** Wall-clock seconds spent in computeKeywords, and papers per second. */
  seconds: number;
  papersPerSecond: number;
  /** CPU seconds of this process in computeKeywords: steadier than wall-clock on a busy machine. */
  cpuSeconds: number;
  at5: KeywordScores;
  at10: KeywordScores;
}

/** The protocol's normal form of a phrase: its stemmed [a-z0-9]+ tokens joined by spaces. */
export function protocolKey(phrase: string): string {
  const tokens = phrase.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return tokens.map((t) => PorterStemmer.stem(t)).join(' ');
}

function uniqueKeys(phrases: string[]): string[] {
  const seen = new Set<string>();
  for (const p of phrases) {
    const key = protocolKey(p);
    if (key !== '') seen.add(key);
  }
  return [...seen];
}

function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/**
 * Precision, recall and F1 at k of ranked predictions against gold phrases, paper by paper
 * (predicted[i] and gold[i] belong to paper i). Predictions are deduplicated after stemming
 * before the first k are taken; a paper with no prediction has precision 0.
 */
export function scoreKeywords(predicted: string[][], gold: string[][], k: number): KeywordScores {
  if (predicted.length !== gold.length) {
    throw new Error(`scoreKeywords: ${predicted.length} prediction lists for ${gold.length} papers`);
  }
  let sumP = 0;
  let sumR = 0;
  let sumF = 0;
  let hits = 0;
  let predictions = 0;
  let golds = 0;
  for (let i = 0; i < gold.length; i++) {
    const top = uniqueKeys(predicted[i]).slice(0, k);
    const truth = new Set(uniqueKeys(gold[i]));
    const h = top.filter((key) => truth.has(key)).length;
    const p = top.length > 0 ? h / top.length : 0;
    const r = truth.size > 0 ? h / truth.size : 0;
    sumP += p;
    sumR += r;
    sumF += f1(p, r);
    hits += h;
    predictions += top.length;
    golds += truth.size;
  }
  const n = gold.length || 1;
  const microP = predictions > 0 ? hits / predictions : 0;
  const microR = golds > 0 ? hits / golds : 0;
  return {
    k,
    macro: { precision: sumP / n, recall: sumR / n, f1: sumF / n },
    micro: { precision: microP, recall: microR, f1: f1(microP, microR) },
  };
}

interface GoldPaper {
  title: string;
  abstract: string;
  keyphrases: string[];
}

/** Reads a JSON Lines file of papers with `title`, `abstract` and `keyphrases`. */
export async function readGold(goldPath: string): Promise<GoldPaper[]> {
  const text = await readFile(goldPath, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as Partial<GoldPaper>;
      if (typeof row.abstract !== 'string' || !Array.isArray(row.keyphrases)) {
        throw new Error(`evalKeywords: ${goldPath}:${i + 1}: needs "abstract" and "keyphrases"`);
      }
      return { title: row.title ?? '', abstract: row.abstract, keyphrases: row.keyphrases };
    });
}

/** Top keywords (surface forms) of each paper, best first, as the map builder would take them. */
export function topKeywords(
  papers: { title: string; abstract: string }[],
  k: number,
  weights?: Partial<KeywordWeights>,
): string[][] {
  const index = computeKeywords(papers, { weights });
  return index.docs.map((terms) => terms.slice(0, k).map((t) => index.vocabulary[t.term].term));
}

/**
 * Keywords of every paper in `goldPath`, computed over that file as the corpus (document
 * frequencies from its own papers, title + abstract), scored at 5 and 10.
 */
export async function runKeywordEval(goldPath: string, weights?: Partial<KeywordWeights>): Promise<KeywordEvalResult> {
  const papers = await readGold(goldPath);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  // A few spare keywords: duplicates under the protocol's stemming are dropped before the cut.
  const predicted = topKeywords(papers, 15, weights);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const gold = papers.map((p) => p.keyphrases);
  return {
    file: goldPath,
    papers: papers.length,
    seconds,
    papersPerSecond: papers.length / seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    at5: scoreKeywords(predicted, gold, 5),
    at10: scoreKeywords(predicted, gold, 10),
  };
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** A few lines for the terminal. */
export function formatKeywordEval(result: KeywordEvalResult): string {
  const row = (s: KeywordScores): string =>
    `  F1@${s.k}: macro ${pct(s.macro.f1)} (P ${pct(s.macro.precision)}, R ${pct(s.macro.recall)})` +
    `  micro ${pct(s.micro.f1)} (P ${pct(s.micro.precision)}, R ${pct(s.micro.recall)})`;
  return [
    `Keywords: ${result.file}, ${result.papers} papers, ` +
      `${result.seconds.toFixed(2)} s (${Math.round(result.papersPerSecond)} papers/s, ` +
      `CPU ${result.cpuSeconds.toFixed(2)} s)`,
    row(result.at5),
    row(result.at10),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const goldPath = process.argv[2];
  if (!goldPath) {
    console.error('usage: npx tsx scripts/evalKeywords.ts <gold.jsonl>');
    process.exit(2);
  }
  runKeywordEval(goldPath).then(
    (result) => console.log(formatKeywordEval(result)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

/**
 * `npm run eval -- [FILE ...] [--resolution X] [--min-df N] [--max-keywords N] [--seed N]`
 * Scores keyword quality on corpora with gold `keyphrases` (macro and micro F1@5, F1@10; the map's
 * vocabulary, node, link and label precision) and
 * cluster quality on corpora with gold `label`s (NMI, ARI). With no files: Inspec's dev split and
 * Inspec's train split and the medical abstracts from ../shared/eval/.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatClusterEval, runClusterEval } from './evalClusters';
import { formatKeywordEval, runKeywordEval } from './evalKeywords';
import { formatMapEval, runMapEval } from './evalMap';
import type { BuildSettings } from '../src/core/map';

const DEFAULT_FILES = [
  '../shared/eval/inspec-dev.jsonl',
  '../shared/eval/inspec-train.jsonl',
  '../shared/eval/medical-abstracts.jsonl',
];

function goldKind(file: string): 'keyphrases' | 'label' {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0];
  const row = JSON.parse(first) as Record<string, unknown>;
  if (Array.isArray(row.keyphrases)) return 'keyphrases';
  if (row.label !== undefined) return 'label';
  throw new Error(`eval: ${file}:1: no "keyphrases" or "label" field to score against`);
}

const { values, positionals } = parseArgs({
  options: {
    resolution: { type: 'string' },
    'min-df': { type: 'string' },
    'max-keywords': { type: 'string' },
    seed: { type: 'string' },
  },
  allowPositionals: true,
});
const settings: Partial<BuildSettings> = {};
if (values.resolution) settings.resolution = Number(values.resolution);
if (values['min-df']) settings.minDf = Number(values['min-df']);
if (values['max-keywords']) settings.maxKeywords = Number(values['max-keywords']);
if (values.seed) settings.seed = Number(values.seed);

try {
  for (const file of positionals.length ? positionals : DEFAULT_FILES) {
    if (goldKind(file) === 'keyphrases') {
      console.log(formatKeywordEval(await runKeywordEval(file)));
      console.log(formatMapEval(await runMapEval(file, settings)));
    } else console.log(formatClusterEval(await runClusterEval(file, settings)));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

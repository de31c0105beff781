/**
 * `npx tsx scripts/evalAuthorKeywords.ts [FILE] [--weights 0,1,2]`: does reading the authors'
 * keywords as extra key-phrase evidence (keyword weight `authorKeywords`, authorKeywordEvidence.ts)
 * make a better map? FILE (default ../shared/eval/cacm-dated.jsonl) needs author `keywords` on
 * some papers; the only gold it has is those keywords, so the test is held out, in two folds: the
 * papers with keywords are split in halves A and B (alternately, in file order); the corpus is
 * built with A's keywords given and B's withheld, and scored on B's keywords only, then the halves
 * swap. Scores (mean of the two folds), under the protocol of ../shared/eval/README.md:
 * - per-paper macro F1@5 and F1@10 of B's papers (computeKeywords on the whole corpus);
 * - the map (buildMap, default settings): vocabulary and node precision against B's keywords,
 *   and link precision over B's papers' links.
 * Weight 0 is the map as built today. The "A, own keywords" column shows what a paper's own
 * keywords do to its own list (leaked gold: not evidence of a better map, only of the keywords
 * showing up).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildMapFromCorpus } from '../src/core/buildMap';
import { parseCorpus } from '../src/core/corpus';
import { computeKeywords, DEFAULT_KEYWORD_WEIGHTS } from '../src/core/keywords';
import { scoreKeywords } from './evalKeywords';
import { scoreMap } from './evalMap';

interface Row {
  id: string;
  title: string;
  abstract: string;
  keywords?: string[];
  [key: string]: unknown;
}

const { values, positionals } = parseArgs({
  options: { weights: { type: 'string', default: '0,1,2' }, split: { type: 'string', default: 'alternate' } },
  allowPositionals: true,
});
const file = positionals[0] ?? '../shared/eval/cacm-dated.jsonl';
const weights = values.weights.split(',').map(Number);
const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row);
const keyworded = rows.filter((r) => (r.keywords ?? []).length > 0);
if (keyworded.length === 0) throw new Error(`evalAuthorKeywords: ${file}: no paper has "keywords"`);
// "alternate": every other keyworded paper; "blocks": the first half of the file against the second
// (CACM is in date order, so this also asks whether older papers' keywords help newer ones).
const inFirst = (i: number): boolean => (values.split === 'blocks' ? i < keyworded.length / 2 : i % 2 === 0);
const halves = [keyworded.filter((_, i) => inFirst(i)), keyworded.filter((_, i) => !inFirst(i))];

interface Scores {
  f1at5: number;
  f1at10: number;
  ownF1at10: number;
  vocabulary: number;
  node: number;
  link: number;
  nodes: number;
}

function foldScores(weight: number, given: Row[], held: Row[]): Scores {
  const givenIds = new Set(given.map((r) => r.id));
  const heldIds = new Set(held.map((r) => r.id));
  // The corpus as the builder sees it: keywords kept only on the "given" half.
  const corpusRows = rows.map(({ keywords, ...rest }) => (givenIds.has(rest.id) ? { ...rest, keywords } : rest));
  const docs = corpusRows.map((r) => ({
    title: r.title,
    abstract: r.abstract,
    ...(Array.isArray(r.keywords) ? { authorKeywords: r.keywords as string[] } : {}),
  }));
  const index = computeKeywords(docs, { weights: { authorKeywords: weight } });
  const top = index.docs.map((terms) => terms.slice(0, 15).map((t) => index.vocabulary[t.term].term));
  const heldAt = rows.flatMap((r, i) => (heldIds.has(r.id) ? [i] : []));
  const givenAt = rows.flatMap((r, i) => (givenIds.has(r.id) ? [i] : []));
  const at5 = scoreKeywords(
    heldAt.map((i) => top[i]),
    heldAt.map((i) => rows[i].keywords ?? []),
    5,
  );
  const at10 = scoreKeywords(
    heldAt.map((i) => top[i]),
    heldAt.map((i) => rows[i].keywords ?? []),
    10,
  );
  const own = scoreKeywords(
    givenAt.map((i) => top[i]),
    givenAt.map((i) => rows[i].keywords ?? []),
    10,
  );

  // The map, with the weight as the builder's default for this run only.
  const saved = DEFAULT_KEYWORD_WEIGHTS.authorKeywords;
  DEFAULT_KEYWORD_WEIGHTS.authorKeywords = weight;
  let map: ReturnType<typeof buildMapFromCorpus>['map'];
  try {
    const text = corpusRows.map((r) => JSON.stringify(r)).join('\n');
    const corpus = parseCorpus(text, { fileName: 'eval.jsonl', format: 'jsonl' });
    map = buildMapFromCorpus({ ...corpus, corpusHash: '0' }, { fileName: 'eval.jsonl', toolVersion: 'eval' }).map;
  } finally {
    DEFAULT_KEYWORD_WEIGHTS.authorKeywords = saved;
  }
  const gold = new Map(held.map((r) => [r.id, r.keywords ?? []]));
  const scored = scoreMap({ ...map, links: map.links.filter((l) => heldIds.has(l.paper)) }, gold);
  return {
    f1at5: at5.macro.f1,
    f1at10: at10.macro.f1,
    ownF1at10: own.macro.f1,
    vocabulary: scored.vocabularyPrecision,
    node: scored.nodePrecision,
    link: scored.linkPrecision,
    nodes: map.keywords.length,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1);
const lines = [
  `${file}: ${rows.length} papers, ${keyworded.length} with author keywords (${values.split} halves of ${halves[0].length} and ${halves[1].length}); mean of 2 folds (each fold's value in brackets)`,
  '',
  '| authorKeywords weight | held-out F1@5 | held-out F1@10 | vocabulary precision | node precision | link precision (held-out papers) | nodes | A, own keywords F1@10 |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const weight of weights) {
  const folds = [foldScores(weight, halves[0], halves[1]), foldScores(weight, halves[1], halves[0])];
  const cell = (pick: (s: Scores) => number): string =>
    `${pct((pick(folds[0]) + pick(folds[1])) / 2)} (${pct(pick(folds[0]))}, ${pct(pick(folds[1]))})`;
  lines.push(
    `| ${weight} | ${cell((s) => s.f1at5)} | ${cell((s) => s.f1at10)} | ${cell((s) => s.vocabulary)} | ` +
      `${cell((s) => s.node)} | ${cell((s) => s.link)} | ${((folds[0].nodes + folds[1].nodes) / 2).toFixed(0)} | ${cell((s) => s.ownF1at10)} |`,
  );
  process.stderr.write(`${lines[lines.length - 1]}\n`);
}
process.stdout.write(`${lines.join('\n')}\n`);

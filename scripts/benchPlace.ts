/**
 * `npm run bench:place [-- --size N --runs N --papers N]`: how fast a paper is placed on a big map (issue 12:
 * at most 200 ms per placement at 20,000 papers). The map is built once from the bench's generated
 * corpus of N papers (default 20,000; kept in the bench's temp folder, so later runs reuse it), then
 * timed: reading and validating the map file, building the place index (once per map, medians of
 * --runs builds), the first placement (it loads the part-of-speech tagger), and placements of map
 * papers (their own title and abstract) and of new generated papers. Prints medians, the 90th
 * percentile and the worst, with the machine's load average before and after (other processes on
 * the machine slow every figure alike).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildMap } from '../src/core/buildMap';
import { parseMapFile, serializeMap } from '../src/core/map';
import { createPlaceIndex, placePaper } from '../src/core/place';
import { benchCorpusFile, benchTempDir } from './bench/benchCorpusFile';
import { generateCorpus } from './bench/generateCorpus';
import { median } from './bench/median';
import { writeFileAtomic } from './lib/writeFileAtomic';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { size: { type: 'string' }, runs: { type: 'string' }, papers: { type: 'string' } },
});
function whole(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench:place: --${name} must be a whole number >= 1, got "${text}"`);
  return n;
}
const size = whole(values.size, 'size', 20000);
const runs = whole(values.runs, 'runs', 3);
const sampled = whole(values.papers, 'papers', 50);

const log = (line: string): void => {
  process.stderr.write(`[bench:place] ${line}\n`);
};
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const time = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
};
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

const loadBefore = load();
const mapFile = join(benchTempDir(), `place-${size}.map.json`);
if (!existsSync(mapFile)) {
  const corpus = benchCorpusFile(size);
  log(`building the ${size}-paper map from ${corpus} (once; kept as ${mapFile})`);
  const { map } = buildMap(readFileSync(corpus, 'utf8'), { fileName: 'bench.jsonl', toolVersion: 'bench' });
  writeFileAtomic(mapFile, serializeMap(map));
}
const text = readFileSync(mapFile, 'utf8');
const [map, readMs] = time(() => parseMapFile(text, mapFile));
const indexTimes: number[] = [];
let index = createPlaceIndex(map);
for (let r = 0; r < runs; r++) {
  const [made, took] = time(() => createPlaceIndex(map));
  index = made;
  indexTimes.push(took);
}
const stride = Math.max(1, Math.floor(map.papers.length / sampled));
const own = map.papers.filter((_, i) => i % stride === 0).slice(0, sampled);
const [, firstMs] = time(() => placePaper(map, own[0], { index }));
const ownTimes: number[] = [];
let found = 0;
for (const paper of own) {
  const [placed, took] = time(() => placePaper(map, { title: paper.title, abstract: paper.abstract }, { index }));
  ownTimes.push(took);
  if (placed.similar[0]?.id === paper.id && placed.cluster?.id === paper.cluster) found++;
}
const fresh = generateCorpus(sampled, 99);
const freshTimes = fresh.map((paper) => time(() => placePaper(map, paper, { index }))[1]);
const all = [...ownTimes, ...freshTimes];

const lines = [
  `Placing a paper on a ${map.papers.length}-paper map (${map.keywords.length} keywords, ${map.links.length} links, ${map.clusters.length} clusters)`,
  `load average before ${loadBefore}, after ${load()} (1, 5, 15 min)`,
  `read + validate the map file: ${ms(readMs)}`,
  `place index (once per map): median ${ms(median(indexTimes))} of ${runs}`,
  `first placement (loads the tagger, unless this run built the map): ${ms(firstMs)}`,
  `map papers placed again (${own.length}): median ${ms(median(ownTimes))}, p90 ${ms(quantile(ownTimes, 0.9))}, worst ${ms(Math.max(...ownTimes))}; found themselves first, in their own cluster: ${found} of ${own.length}`,
  `new papers (${fresh.length}): median ${ms(median(freshTimes))}, p90 ${ms(quantile(freshTimes, 0.9))}, worst ${ms(Math.max(...freshTimes))}`,
  `all placements: median ${ms(median(all))}; target 200 ms: ${Math.max(...all) <= 200 ? 'met by every one' : `${all.filter((t) => t > 200).length} of ${all.length} over`}`,
];
for (const line of lines) console.log(line);

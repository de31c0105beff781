/**
 * `npx tsx scripts/bench/benchUpdate.ts [PAPERS] [NEW] [RUNS]`: the cost of updating a map
 * (issue 12) against a fresh build of the same corpus. A generated corpus of PAPERS + NEW papers
 * (default 20,000 + 1,000); the previous map is built from the first PAPERS; then, alternating in
 * one process so both see the same load (the update first in even runs), RUNS fresh builds of the whole corpus and RUNS updates of
 * it against the previous map. Prints CPU-time medians (user + system) per stage and overall, the
 * ratio, and the load average before and after.
 */
import { readFileSync } from 'node:fs';
import { buildMap, type BuildStage } from '../../src/core/buildMap';
import type { MapFile } from '../../src/core/map';
import { benchCorpusFile } from './benchCorpusFile';
import { median } from './median';

const papers = Number(process.argv[2] ?? 20_000);
const added = Number(process.argv[3] ?? 1_000);
const runs = Number(process.argv[4] ?? 3);

const lines = readFileSync(benchCorpusFile(papers + added), 'utf8')
  .trim()
  .split('\n');
const oldText = `${lines.slice(0, papers).join('\n')}\n`;
const newText = `${lines.join('\n')}\n`;
const loadBefore = readFileSync('/proc/loadavg', 'utf8').trim();

/** CPU milliseconds of one build, and its per-stage wall times (the builder's own). */
function measure(previous?: MapFile): { cpu: number; stages: Record<BuildStage, number>; map: MapFile } {
  const started = process.cpuUsage();
  const result = buildMap(newText, { fileName: 'bench.jsonl', toolVersion: 'bench', previous });
  const used = process.cpuUsage(started);
  return { cpu: (used.user + used.system) / 1000, stages: result.timings, map: result.map };
}

const previous = buildMap(oldText, { fileName: 'bench.jsonl', toolVersion: 'bench' }).map;
const fresh: ReturnType<typeof measure>[] = [];
const update: ReturnType<typeof measure>[] = [];
// Alternating, the update first in even runs: a single run gives the warm-up to the fresh build.
for (let r = 0; r < runs; r++) {
  if (r % 2 === 0) update.push(measure(previous));
  fresh.push(measure());
  if (r % 2 === 1) update.push(measure(previous));
}
const stages: BuildStage[] = ['parse', 'keywords', 'graph', 'clusters', 'layout', 'assemble'];
const row = (name: string, all: ReturnType<typeof measure>[]): string =>
  `${name.padEnd(7)} cpu ${median(all.map((m) => m.cpu)).toFixed(0)} ms; ` +
  stages.map((s) => `${s} ${median(all.map((m) => m.stages[s])).toFixed(0)}`).join(', ');
const ratio = median(update.map((m) => m.cpu)) / median(fresh.map((m) => m.cpu));
const changes = update[0].map.changes;
// Stability at this size: median displacement of surviving papers (share of the old map's width)
// and the share of old cluster ids still on the map.
const xs = [...previous.papers, ...previous.keywords].map((node) => node.x);
const width = Math.max(...xs) - Math.min(...xs);
const before = new Map(previous.papers.map((p) => [p.id, p]));
const moved = update[0].map.papers
  .filter((p) => before.has(p.id))
  .map((p) => {
    const o = before.get(p.id) as MapFile['papers'][number];
    return Math.hypot(p.x - o.x, p.y - o.y) / width;
  });
const ids = new Set(update[0].map.clusters.map((c) => c.id));
const kept = previous.clusters.filter((c) => ids.has(c.id)).length;
process.stdout.write(
  `${papers} + ${added} papers, ${runs} runs each, alternating; load before ${loadBefore}, after ${readFileSync('/proc/loadavg', 'utf8').trim()}\n` +
    `${row('fresh', fresh)}\n${row('update', update)}\n` +
    `update / fresh CPU: ${ratio.toFixed(2)}; changes: ${changes?.newPapers.length} new papers, ` +
    `${changes?.clusters.filter((e) => e.kind === 'new').length} new clusters, ${changes?.clusters.length} cluster events ` +
    `(${[...new Set(changes?.clusters.map((e) => e.kind))].join(', ')}), ${changes?.movedPapers.length} papers moved cluster\n` +
    `median displacement ${(100 * median(moved)).toFixed(2)}% of the width; cluster ids kept ${kept} of ${previous.clusters.length}\n`,
);

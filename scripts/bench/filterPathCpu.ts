/**
 * CPU time of what a keyword filter runs in the canvas's scene code (filterMap, then
 * computeLayeredScene with the whole map's layers already cached, as the app has them), on one
 * map, for this tree's code and an older tree's side by side in one process, alternating.
 * Drawing is not included (no canvas in Node).
 *
 *   git archive <commit> src | tar -x -C /tmp/old
 *   npx tsx scripts/bench/filterPathCpu.ts --map /tmp/q/m100k.map.json --old /tmp/old --reps 7
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readMapFile } from '../lib/readMapFile';
import { fittedView } from './fittedView';
import { median } from './median';

const { values } = parseArgs({
  options: {
    map: { type: 'string' },
    old: { type: 'string' },
    reps: { type: 'string', default: '7' },
    terms: { type: 'string', default: '4' },
  },
});
if (!values.map || !values.old) throw new Error('usage: filterPathCpu.ts --map FILE --old SRC_TREE_ROOT [--reps N] [--terms N]');

type Side = {
  name: string;
  filterMap: typeof import('../../src/core/query').filterMap;
  indexMap: typeof import('../../src/core/query').indexMap;
  computeLayeredScene: typeof import('../../src/render/computeLayeredScene').computeLayeredScene;
  createLayeredSceneCache: typeof import('../../src/render/computeLayeredScene').createLayeredSceneCache;
};

async function side(name: string, root: string): Promise<Side> {
  const query = await import(resolve(root, 'src/core/query/index.ts'));
  const render = await import(resolve(root, 'src/render/computeLayeredScene.ts'));
  return { name, filterMap: query.filterMap, indexMap: query.indexMap, ...render };
}

const cpuMs = (start: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

const load0 = loadavg()[0];
let t = process.cpuUsage();
const map = readMapFile(values.map, (m) => new Error(m));
process.stdout.write(`map read: ${map.papers.length} papers, ${map.links.length} links, ${cpuMs(t).toFixed(0)} ms CPU\n`);
const sides = [await side('before', values.old), await side('after', process.cwd())];
t = process.cpuUsage();
const index = sides[1].indexMap(map);
process.stdout.write(`index: ${cpuMs(t).toFixed(0)} ms CPU\n`);

// A 1280×800 view fitting the map, as the app opens it.
const view = fittedView(map.papers);

const terms = [...map.keywords].sort((a, b) => b.papers - a.papers).slice(0, Number(values.terms));
const caches = sides.map((s) => s.createLayeredSceneCache(map));
const base = {
  map,
  index,
  hideFiltered: false,
  selection: null,
  hoverId: null,
  theme: 'light' as const,
  view,
};
// The whole map's layers and picture, as the app has them before the first filter.
sides.forEach((s, i) => {
  t = process.cpuUsage();
  s.computeLayeredScene({ ...base, filter: s.filterMap(map, index, { keywords: [], mode: 'all' }) }, caches[i]);
  process.stdout.write(`${s.name}: whole map first scene ${cpuMs(t).toFixed(0)} ms CPU\n`);
});

const reps = Number(values.reps);
const times: number[][][] = sides.map(() => terms.map(() => []));
const filterOnly: number[][][] = sides.map(() => terms.map(() => []));
const drawnLinks: number[][] = sides.map(() => []);
for (let r = 0; r < reps; r++) {
  for (const [ti, term] of terms.entries()) {
    // Alternate which side goes first.
    const order = (r + ti) % 2 === 0 ? [0, 1] : [1, 0];
    for (const si of order) {
      const s = sides[si];
      const start = process.cpuUsage();
      const filter = s.filterMap(map, index, { keywords: [term.id], mode: 'all' });
      const mid = cpuMs(start);
      const layered = s.computeLayeredScene({ ...base, filter }, caches[si]);
      times[si][ti].push(cpuMs(start));
      filterOnly[si][ti].push(mid);
      const o = layered.overlays[0] as { edges: unknown[]; links?: { at: Int32Array } };
      drawnLinks[si][ti] = o.edges.length + (o.links?.at.length ?? 0);
    }
  }
}
const load1 = loadavg()[0];
process.stdout.write(
  `\nNode ${process.version}, ${cpus().length} cores, load avg (1 min) ${load0.toFixed(2)} -> ${load1.toFixed(2)}, ${reps} reps, medians of CPU ms\n`,
);
process.stdout.write(
  '| term (papers) | links drawn | filterMap before | filterMap after | filter path before | filter path after | after / before |\n',
);
process.stdout.write('| --- | --- | --- | --- | --- | --- | --- |\n');
for (const [ti, term] of terms.entries()) {
  const b = median(times[0][ti]);
  const a = median(times[1][ti]);
  if (drawnLinks[0][ti] !== drawnLinks[1][ti]) throw new Error(`links drawn differ for ${term.term}`);
  process.stdout.write(
    `| ${term.term} (${term.papers}) | ${drawnLinks[1][ti]} | ${median(filterOnly[0][ti]).toFixed(1)} | ${median(filterOnly[1][ti]).toFixed(1)} | ${b.toFixed(1)} (${Math.min(...times[0][ti]).toFixed(0)}–${Math.max(...times[0][ti]).toFixed(0)}) | ${a.toFixed(1)} (${Math.min(...times[1][ti]).toFixed(0)}–${Math.max(...times[1][ti]).toFixed(0)}) | ${(a / b).toFixed(2)} |\n`,
  );
}

/**
 * CPU time of the canvas's scene code on a map's first load, cold (each run a fresh Node process,
 * as a page load is): the whole map's first layered scene (layers, labels, links; drawing is not
 * included), then what the app does once that is on screen (idle: the nodes a filter fades, where
 * the tree has prepareFilteredNodes), then a first and a second keyword filter. This tree and an
 * older one, run by run alternating, so both see the same load.
 *
 *   git archive <commit> | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   npx tsx scripts/bench/firstScenePathCpu.ts --map /tmp/q/m20k.map.json --old /tmp/old --runs 9
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fittedView } from './fittedView';
import { median } from './median';

const { values } = parseArgs({
  options: {
    map: { type: 'string' },
    old: { type: 'string' },
    runs: { type: 'string', default: '7' },
    child: { type: 'string' },
  },
});
if (!values.map || (!values.old && !values.child))
  throw new Error('usage: firstScenePathCpu.ts --map FILE --old SRC_TREE_ROOT [--runs N]');

interface Run {
  read: number;
  first: number;
  idle: number;
  filter1: number;
  filter2: number;
}
const FIELDS: (keyof Run)[] = ['read', 'first', 'idle', 'filter1', 'filter2'];

const cpuMs = (start: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};

/** One cold run of the tree at `root`: its figures as JSON on stdout. */
async function child(root: string, file: string): Promise<void> {
  let t = process.cpuUsage();
  const { readMapFile } = await import(resolve(root, 'scripts/lib/readMapFile.ts'));
  const map = readMapFile(file, (m: string) => new Error(m));
  const query = await import(resolve(root, 'src/core/query/index.ts'));
  const scene = await import(resolve(root, 'src/core/scene/index.ts'));
  const render = await import(resolve(root, 'src/render/computeLayeredScene.ts'));
  const index = query.indexMap(map);
  const read = cpuMs(t);
  // A 1280×800 view fitting the map, as the app opens it.
  const view = fittedView(map.papers);
  const base = { map, index, hideFiltered: false, selection: null, hoverId: null, theme: 'light' as const, view };
  const cache = render.createLayeredSceneCache(map);
  const terms = [...map.keywords].sort((a, b) => b.papers - a.papers).slice(0, 2);
  t = process.cpuUsage();
  render.computeLayeredScene({ ...base, filter: query.filterMap(map, index, { keywords: [], mode: 'all' }) }, cache);
  const first = cpuMs(t);
  t = process.cpuUsage();
  // In slices, as the canvas makes them after the paint; all of them here.
  while (scene.prepareFilteredNodes && !scene.prepareFilteredNodes(cache.scene));
  const idle = cpuMs(t);
  const filtered: number[] = [];
  for (const term of terms) {
    t = process.cpuUsage();
    render.computeLayeredScene({ ...base, filter: query.filterMap(map, index, { keywords: [term.id], mode: 'all' }) }, cache);
    filtered.push(cpuMs(t));
  }
  const run: Run = { read, first, idle, filter1: filtered[0], filter2: filtered[1] };
  process.stdout.write(JSON.stringify(run));
}

function spawnRun(root: string): Run {
  const out = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', root, '--map', values.map!],
    { cwd: process.cwd(), encoding: 'utf8' },
  );
  if (out.status !== 0) throw new Error(`run of ${root} failed:\n${out.stderr}`);
  return JSON.parse(out.stdout) as Run;
}

if (values.child) await child(values.child, values.map);
else {
  const roots = [values.old!, process.cwd()];
  const runs: Run[][] = [[], []];
  const load0 = loadavg()[0];
  for (let r = 0; r < Number(values.runs); r++) {
    for (const si of r % 2 === 0 ? [0, 1] : [1, 0]) runs[si].push(spawnRun(roots[si]));
  }
  const load1 = loadavg()[0];
  process.stdout.write(
    `Node ${process.version}, ${cpus().length} cores, load avg (1 min) ${load0.toFixed(2)} -> ${load1.toFixed(2)}, ${values.runs} cold runs each, medians (minima) of CPU ms\n`,
  );
  process.stdout.write('| step | before | after | after / before |\n| --- | --- | --- | --- |\n');
  for (const f of FIELDS) {
    const b = median(runs[0].map((r) => r[f]));
    const a = median(runs[1].map((r) => r[f]));
    const bMin = Math.min(...runs[0].map((r) => r[f]));
    const aMin = Math.min(...runs[1].map((r) => r[f]));
    process.stdout.write(
      `| ${f} | ${b.toFixed(1)} (${bMin.toFixed(1)}) | ${a.toFixed(1)} (${aMin.toFixed(1)}) | ${b > 0 ? (a / b).toFixed(2) : '-'} |\n`,
    );
  }
  const sum = (r: Run): number => r.first + r.idle + r.filter1;
  const b = median(runs[0].map(sum));
  const a = median(runs[1].map(sum));
  process.stdout.write(`| first + idle + filter1 | ${b.toFixed(1)} | ${a.toFixed(1)} | ${(a / b).toFixed(2)} |\n`);
}

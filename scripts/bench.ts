/**
 * `npm run bench [-- --sizes 1000,10000 --smoke ...]`: the builder and the app against issue 5's
 * targets, with same-run baselines; prints the tables and writes BENCHMARKS.md. See --help.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchCorpusFile, benchTempDir } from './bench/benchCorpusFile';
import type { BuildMeasurement, KeywordsMeasurement, LayoutMeasurement, PapersMeasurement } from './bench/benchTasks';
import { machineInfo } from './bench/machineInfo';
import { measureApp, measureFirstPaint } from './bench/measureApp';
import { renderReport, type BenchResults, type SizeResult } from './bench/renderReport';
import { runChild } from './bench/runChild';
import { PYTHON, runSklearn } from './bench/runSklearn';
import { CHROMIUM_PATH } from './lib/chromiumArgs';
import { defaultThreads } from './lib/parallel/computeKeywordsParallel';
import { loadNow } from './bench/machineInfo';

const USAGE = `Usage: npm run bench -- [options]

  --sizes N,N,...      generated corpus sizes for the builder (default 1000,10000,100000)
  --corpus FILE        also time the builder on this corpus (any format build:map reads: .jsonl,
                       .json, .csv, .bib, .txt), e.g. real abstracts kept out of the repository;
                       repeat for several files. Rows are named after the file, with its paper count,
                       and get the same baselines as a generated size of that many papers
  --threads N          worker threads of the builder's keyword stage, as build:map --threads
                       (default: the cores available)
  --runs N             builder runs per size (default: 5 up to 2,000 papers, 3 up to 20,000, then 1)
  --baseline-max N     largest size for the slow baselines, natural TfIdf and plain d3-force (default 10000)
  --sklearn-max N      largest size for the scikit-learn TF-IDF baseline (default: every size);
                       --no-sklearn skips it. Runs ${PYTHON} (env PYTHON overrides); without
                       scikit-learn its rows say how to install it and the bench goes on
  --app-size N         papers in the map the app is measured with (default 20000); --no-app skips it
  --app-loads N        page loads timed for first paint (default 3)
  --first-paint-sizes N,N,...
                       generated sizes whose map is also opened in the app for its first paint only
                       (default: the sizes above --app-size; none with --no-app)
  --gesture-ms N       length of the wheel-and-drag gesture (default 3000)
  --timeout-min N      give up on one measurement after N minutes (default 90); its row says so
  --out FILE           report file (default BENCHMARKS.md; with --smoke, none unless given)
  --smoke              tiny sizes, one run each, short gesture: a check that everything runs
  --from-results FILE  only re-render the report from a run's raw figures (the JSON it saves)
  --help               this text

Generated corpora, maps and raw results go to $TMPDIR/topic-map-bench (kept: a corpus is generated
once); env TOPIC_MAP_BENCH_DIR puts them elsewhere.
`;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const log = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench: --${name} must be a whole number >= 1, got "${value}"`);
  return n;
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sizes: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    runs: { type: 'string' },
    threads: { type: 'string' },
    'baseline-max': { type: 'string' },
    'sklearn-max': { type: 'string' },
    'no-sklearn': { type: 'boolean', default: false },
    'first-paint-sizes': { type: 'string' },
    'app-size': { type: 'string' },
    'no-app': { type: 'boolean', default: false },
    'app-loads': { type: 'string' },
    'gesture-ms': { type: 'string' },
    out: { type: 'string' },
    'timeout-min': { type: 'string' },
    smoke: { type: 'boolean', default: false },
    'from-results': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (values['from-results']) {
  // Re-render a report from a run's raw figures (e.g. after changing the tables), measuring nothing.
  // The same rule as a run's: sections of the report file this one does not write are kept.
  const report = keepOtherSections(
    renderReport(JSON.parse(readFileSync(values['from-results'], 'utf8')) as BenchResults),
    values.out,
  );
  process.stdout.write(`${report}\n`);
  if (values.out) writeFileSync(values.out, report);
  process.exit(0);
}
const smoke = values.smoke;
const sizes = (values.sizes ?? (smoke ? '150' : '1000,10000,100000')).split(',').map((s) => integer(s.trim(), 'sizes', 0));
const runsFor = (size: number): number => integer(values.runs, 'runs', smoke ? 1 : size <= 2000 ? 5 : size <= 20000 ? 3 : 1);
const threads = integer(values.threads, 'threads', defaultThreads());
const baselineMax = integer(values['baseline-max'], 'baseline-max', 10000);
const sklearnMax = values['no-sklearn'] ? 0 : integer(values['sklearn-max'], 'sklearn-max', Number.MAX_SAFE_INTEGER);
const corpora = values.corpus ?? [];
for (const file of corpora) if (!existsSync(file)) throw new Error(`bench: --corpus ${file}: no such file`);
// The smoke run opens the builder's own map, to save a build.
const appSize = integer(values['app-size'], 'app-size', smoke ? sizes[sizes.length - 1] : 20000);
const firstPaintSizes =
  values['first-paint-sizes'] !== undefined
    ? values['first-paint-sizes'].split(',').map((s) => integer(s.trim(), 'first-paint-sizes', 0))
    : values['no-app']
      ? []
      : sizes.filter((s) => s > appSize);
const out = values.out ?? (smoke ? undefined : join(ROOT, 'BENCHMARKS.md'));
const childTimeoutMs = integer(values['timeout-min'], 'timeout-min', 90) * 60_000;

const results: BenchResults = {
  machine: machineInfo(CHROMIUM_PATH),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  sizes: [],
  baselineMax,
};
/** This run's map files, by corpus (a size, or a --corpus file's place in the list): removed at the end. */
const tempMaps = new Set<string>();
const tempMap = (key: number | string): string => {
  const file = join(benchTempDir(), `map-${key}-${process.pid}.json`);
  tempMaps.add(file);
  return file;
};

// Per run: other checkouts' benches share the folder.
const saved = join(benchTempDir(), `results-${process.pid}.json`);
/**
 * The report with the sections of the existing report file that this run does not write (the app
 * sections when run with --no-app, sections others append), after its own, in their order.
 */
function keepOtherSections(report: string, file: string | undefined): string {
  if (!file || !existsSync(file)) return report;
  const heading = /^## .*$/gm;
  const ours = new Set(report.match(heading) ?? []);
  const old = readFileSync(file, 'utf8');
  const kept = old
    .split(/^(?=## )/m)
    .slice(1)
    .filter((section) => !ours.has(section.split('\n')[0]));
  return kept.length === 0 ? report : `${report.trimEnd()}\n\n${kept.join('').trimEnd()}\n`;
}

/** Writes the report so far: a long run killed on its biggest size still leaves the rest. */
function save(final: boolean): void {
  const report = keepOtherSections(renderReport(results), out);
  writeFileSync(saved, JSON.stringify(results, null, 1));
  if (out) {
    writeFileSync(`${out}.part`, report);
    renameSync(`${out}.part`, out);
  }
  if (final) {
    process.stdout.write(`${report}\n`);
    if (out) log(`wrote ${out} (raw figures: ${saved})`);
  }
}

/**
 * The builder runs on one corpus, then the baselines its size allows. `input` is the corpus as
 * the builder reads it; `plain` is the same papers as JSON Lines of titles and abstracts, for
 * scikit-learn.
 */
async function measureCorpus(result: SizeResult, input: string, plain: string, mapFile: string): Promise<void> {
  const { size } = result;
  const runs = runsFor(size);
  const name = result.label ?? `${size} papers`;
  try {
    for (let r = 0; r < runs; r++) {
      log(`builder ${name}, run ${r + 1}/${runs}`);
      const build = await runChild<BuildMeasurement>({ task: 'build', input, output: mapFile, threads }, childTimeoutMs);
      log(
        `  ${(build.totalMs / 1000).toFixed(1)} s, CPU ${(build.cpuMs / 1000).toFixed(1)} s, peak ${build.peakRssMb.toFixed(0)} MB, load ${loadNow()}`,
      );
      result.builds.push(build);
    }
    if (size <= baselineMax) {
      log(`keywords: ours vs natural TfIdf, ${name}`);
      result.keywords = await runChild<KeywordsMeasurement>({ task: 'keywords', input }, childTimeoutMs);
      log(`layout: ours vs plain d3-force, ${name}`);
      result.layout = await runChild<LayoutMeasurement>({ task: 'layout', input: mapFile, ticks: 300 }, childTimeoutMs);
    }
  } catch (error) {
    if (smoke) throw error;
    result.error = (error as Error).message.split('\n')[0];
    log(result.error);
  }
  // Never fails the bench: a machine without scikit-learn gets a row saying how to install it.
  if (size <= sklearnMax) {
    log(`keywords: scikit-learn TF-IDF, ${name}`);
    result.sklearn = await runSklearn(plain, { timeoutMs: childTimeoutMs });
    const k = result.sklearn;
    log(
      `  ${'measured' in k ? `${(k.measured.totalMs / 1000).toFixed(1)} s, CPU ${(k.measured.cpuMs / 1000).toFixed(1)} s, peak ${k.measured.peakRssMb.toFixed(0)} MB` : 'notRun' in k ? k.notRun : k.error}`,
    );
  }
  save(false);
}

async function measureSize(size: number): Promise<void> {
  const input = benchCorpusFile(size);
  const result: SizeResult = { size, builds: [] };
  results.sizes.push(result);
  await measureCorpus(result, input, input, tempMap(size));
  if (firstPaintSizes.includes(size) && result.builds.length > 0) {
    log(`first paint of the ${size}-paper map in the app`);
    const [probe] = await measureFirstPaint(
      [{ file: tempMap(size), papers: result.builds[0].papers }],
      smoke ? 1 : 2,
      childTimeoutMs,
    );
    log(`  ${probe.error ?? `${probe.firstPaintMs.map((v) => (v / 1000).toFixed(1)).join(', ')} s`}`);
    (results.firstPaints ??= []).push(probe);
    save(false);
  }
}

/** A corpus file the user gave (--corpus): parsed once by our parser for its size and for scikit-learn. */
async function measureCorpusFile(file: string, index: number): Promise<void> {
  const result: SizeResult = { size: 0, label: basename(file), builds: [] };
  results.sizes.push(result);
  const plain = join(benchTempDir(), `papers-${index}-${process.pid}.jsonl`);
  try {
    log(`reading ${file}`);
    result.size = (await runChild<PapersMeasurement>({ task: 'papers', input: file, output: plain }, childTimeoutMs)).papers;
    await measureCorpus(result, file, plain, tempMap(`corpus${index}`));
  } catch (error) {
    if (smoke) throw error;
    result.error = (error as Error).message.split('\n')[0];
    log(result.error);
    save(false);
  } finally {
    rmSync(plain, { force: true });
  }
}

async function measureTheApp(): Promise<void> {
  const mapFile = tempMap(appSize);
  if (!sizes.includes(appSize) || !existsSync(mapFile)) {
    log(`map of ${appSize} papers for the app (builder)`);
    const build = await runChild<BuildMeasurement>(
      { task: 'build', input: benchCorpusFile(appSize), output: mapFile, threads },
      childTimeoutMs,
    );
    log(`  ${(build.totalMs / 1000).toFixed(1)} s`);
  }
  log(`app in Chromium with ${appSize} papers`);
  const app = await measureApp({
    mapFile,
    loads: integer(values['app-loads'], 'app-loads', smoke ? 1 : 3),
    gestureMs: integer(values['gesture-ms'], 'gesture-ms', smoke ? 500 : 3000),
    samples: smoke ? 2 : 7,
    settleMs: smoke ? 150 : 500,
    // The smoke run checks that every figure is there, not how fast: on a busy machine a hover
    // may take seconds, which must not turn into a missing figure.
    waitMs: smoke ? 120_000 : undefined,
  });
  results.app = { ...app, mapSource: 'built by the map builder from the generated corpus' };
  results.machine.chromium = `Chromium ${app.chromium}`;
  save(false);
}

// Sizes up to the app's first, then the app, the --corpus files, then the big sizes (which may not finish).
const ordered = [...sizes].sort((a, b) => a - b);
try {
  for (const size of ordered.filter((s) => s <= appSize)) await measureSize(size);
  if (!values['no-app']) await measureTheApp();
  for (const [i, file] of corpora.entries()) await measureCorpusFile(file, i);
  for (const size of ordered.filter((s) => s > appSize)) await measureSize(size);
  save(true);
} finally {
  // A 100,000-paper map is over 200 MB.
  for (const file of tempMaps) rmSync(file, { force: true });
}

/**
 * How long a corpus takes to build in the browser (the app's worker) against the command line:
 * `npx tsx test/browser/measureCorpusBuild.ts [sizes…]` (default: the seed corpus and 10000).
 * A size is a generated corpus (scripts/bench/generateCorpus: real abstracts of ../shared/eval
 * recombined, seed 1). For each corpus: `build:map` wall time (a fresh Node process, as a user
 * runs it) and buildMap's own time; in headless Chromium, from picking the file to the map on
 * screen (cold worker), the page's own request-to-map time and the worker's stage times, and a
 * rebuild with another seed (warm worker). Prints a Markdown table. Not a test: timings depend on
 * the machine and its load.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchCorpusFile } from '../../scripts/bench/benchCorpusFile';
import { launchChromium } from './chromium';
import { serveBuild } from './serveBuild';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const corpora = (args.length > 0 ? args : ['seed', '10000']).map((a) =>
  a === 'seed'
    ? { name: 'seed (trending-papers.txt)', file: join(ROOT, 'data/trending-papers.txt') }
    : { name: `${Number(a).toLocaleString('en')} generated`, file: benchCorpusFile(Number(a)) },
);
const out = mkdtempSync(join(tmpdir(), 'topic-map-measure-'));
const fmt = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

function cli(file: string): { wall: number; pipeline: number; papers: number } {
  const started = performance.now();
  const output = join(out, 'cli.map.json');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/buildMap.ts', '--input', file, '--output', output], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const wall = performance.now() - started;
  if (run.status !== 0) throw new Error(`build:map failed: ${run.stderr}`);
  // The command line prints each stage's time; their sum is the pipeline alone.
  const stages = [...run.stderr.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s)\b/g)].map(
    ([, n, unit]) => Number(n) * (unit === 's' ? 1000 : 1),
  );
  const papers = (JSON.parse(readFileSync(output, 'utf8')) as { papers: unknown[] }).papers.length;
  return { wall, pipeline: stages.length > 0 ? Math.max(...stages) : NaN, papers };
}

const served = await serveBuild();
const browser = await launchChromium({ width: 1280, height: 800 });
const rows: string[] = [];
try {
  for (const corpus of corpora) {
    const cliRun = cli(corpus.file);
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const count = `${cliRun.papers.toLocaleString('en')} of ${cliRun.papers.toLocaleString('en')} papers`;
    let started = performance.now();
    await page.getByLabel('Corpus file').setInputFiles(corpus.file);
    await page.getByText(count).waitFor({ timeout: 30 * 60_000 });
    await page.waitForFunction(
      (n) => window.__topicMap?.getScene()?.nodes.filter((x) => x.kind === 'paper').length === n,
      cliRun.papers,
    );
    const cold = performance.now() - started;
    const note = page.getByRole('group', { name: 'Map built' });
    const noteText = (await note.textContent()) ?? '';
    const stages = (await note.locator('span[title]').getAttribute('title')) ?? '';
    const inPage = /in ([\d.]+) (ms|s)/.exec(noteText);
    const pageMs = inPage ? Number(inPage[1]) * (inPage[2] === 's' ? 1000 : 1) : NaN;

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Seed').fill('7');
    started = performance.now();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('progressbar').waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 30 * 60_000 });
    const warm = performance.now() - started;
    await page.close();
    rows.push(
      `| ${corpus.name} | ${cliRun.papers.toLocaleString('en')} | ${fmt(cliRun.wall)} | ${fmt(cliRun.pipeline)} | ${fmt(cold)} (${(cold / cliRun.wall).toFixed(2)}×) | ${fmt(pageMs)} | ${fmt(warm)} | ${stages.replace(/^In the worker: /, '')} |`,
    );
    console.error(rows[rows.length - 1]);
  }
} finally {
  await browser.close();
  await served.close();
  rmSync(out, { recursive: true, force: true });
}
console.log(
  `Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; Chromium ${execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()}\n`,
);
console.log(
  '| corpus | papers | build:map (wall, new process) | build:map total it prints | browser: pick file → map on screen, cold worker (vs CLI) | browser: request → map (page) | browser: rebuild, other seed (warm worker) | worker stage times |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);

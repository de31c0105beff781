import {
  BUILD_STAGES,
  type BenchMeasurement,
  type BuildMeasurement,
  type KeywordsMeasurement,
  type LayoutMeasurement,
} from './benchTasks';
import type { MachineInfo } from './machineInfo';
import type { AppMeasurement, FirstPaintMeasurement, PageFigures } from './measureApp';
import { median } from './median';
import type { SklearnOutcome } from './runSklearn';

export interface SizeResult {
  /** Papers in the corpus (for a --corpus file: as our parser reads it; 0 if it could not). */
  size: number;
  /** For a --corpus file: its name; generated corpora have none. */
  label?: string;
  builds: (BuildMeasurement & Pick<BenchMeasurement, 'load'>)[];
  /** Why the size's measurements stopped (a child failed or timed out). */
  error?: string;
  /** Absent when the size is above the baseline limit. */
  keywords?: KeywordsMeasurement;
  layout?: LayoutMeasurement;
  /** Absent when the size is above --sklearn-max or the baseline is switched off. */
  sklearn?: SklearnOutcome;
}

export interface BenchResults {
  machine: MachineInfo;
  command: string;
  sizes: SizeResult[];
  /** Largest size the slow baselines ran at. */
  baselineMax: number;
  app?: AppMeasurement & { mapSource: string };
  /** The builder's maps above the app's size opened in the app: does the file load, how fast is the first paint. */
  firstPaints?: FirstPaintMeasurement[];
}

/** Targets of issue 5, by corpus size: end-to-end seconds and peak memory. */
const BUILD_TARGETS: Record<number, { seconds: number; gb: number }> = {
  10000: { seconds: 20, gb: 1 },
  100000: { seconds: 120, gb: 4 },
  // Issue 17: a million abstracts on this 2-core machine.
  1000000: { seconds: 900, gb: 8 },
};

const ms = (v: number): string =>
  !Number.isFinite(v) ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(v >= 100_000 ? 0 : 1)} s` : `${v.toFixed(v >= 10 ? 0 : 1)} ms`;
const ratio = (a: number, b: number): string => {
  const r = a / b;
  if (!(b > 0) || !Number.isFinite(r)) return 'n/a';
  return `${r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(1) : r.toPrecision(2)}×`;
};
const yes = (ok: boolean): string => (ok ? 'yes' : '**no**');
const count = (n: number): string => n.toLocaleString('en-US');
/** First cell of a row: the generated corpus's size, or a --corpus file's name and paper count. */
const rowName = (s: SizeResult): string => (s.label ? `${s.label} (${count(s.size)} papers)` : count(s.size));

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Met on wall time, and — because other workers share the 2 cores — whether CPU time (what the
 * run would take with a core to itself; the builder is single-threaded) is within the target.
 */
function metBoth(wallMs: number, cpuMs: number, rssMb: number, target: { seconds: number; gb: number }): string {
  const memory = rssMb <= target.gb * 1024;
  const wall = yes(wallMs <= target.seconds * 1000 && memory);
  return `${wall} (CPU time: ${cpuMs <= target.seconds * 1000 && memory ? 'yes' : 'no'})`;
}

function builderTable(sizes: SizeResult[]): string {
  const rows = sizes.map((s) => {
    const { size, builds, error } = s;
    if (builds.length === 0)
      return [
        rowName(s),
        '0',
        `did not finish: ${error ?? 'unknown'}`,
        ...BUILD_STAGES.map(() => '–'),
        '–',
        '–',
        '–',
        '–',
        '**no**',
      ];
    const stage = (s: (typeof BUILD_STAGES)[number]): number => median(builds.map((b) => b.stages[s]));
    const total = median(builds.map((b) => b.totalMs));
    const rss = median(builds.map((b) => b.peakRssMb));
    // The targets are for issue 5's generated sizes; a --corpus file is only reported.
    const target = s.label ? undefined : BUILD_TARGETS[size];
    const b = builds[0];
    return [
      rowName(s),
      String(builds.length),
      `${count(b.keywords)} / ${count(b.links)} / ${b.clusters}`,
      ...BUILD_STAGES.map((s) => ms(stage(s))),
      `**${ms(total)}**`,
      ms(median(builds.map((b) => b.cpuMs))),
      `${rss.toFixed(0)} MB`,
      target ? `≤ ${target.seconds} s, ≤ ${target.gb} GB` : 'none',
      target ? metBoth(total, median(builds.map((b) => b.cpuMs)), rss, target) : 'n/a',
    ];
  });
  return table(
    ['papers', 'runs', 'keywords / links / clusters', ...BUILD_STAGES, 'total (wall)', 'CPU', 'peak RSS', 'target', 'met'],
    rows,
  );
}

/**
 * The scaling curve (issue 17): per size, wall, CPU and CPU / wall (above 1× the cores work side
 * by side: the keyword stage's worker threads), peak memory, the machine's load while it ran, and
 * the same run's scikit-learn baseline where it ran.
 */
function scalingTable(sizes: SizeResult[]): string {
  const rows = sizes
    .filter((s) => s.builds.length > 0)
    .map((s) => {
      const { builds, sklearn } = s;
      const wall = median(builds.map((b) => b.totalMs));
      const cpu = median(builds.map((b) => b.cpuMs));
      const rss = median(builds.map((b) => b.peakRssMb));
      const loads = builds.map((b) => b.load).filter((l) => l !== undefined);
      const k = sklearn && 'measured' in sklearn ? sklearn.measured : undefined;
      const target = s.label ? undefined : BUILD_TARGETS[s.size];
      return [
        rowName(s),
        builds[0].threads === undefined ? '1' : String(builds[0].threads),
        ms(wall),
        ms(cpu),
        `${(cpu / wall).toFixed(2)}×`,
        `${rss.toFixed(0)} MB`,
        loads.length ? `${median(loads.map((l) => l.mean)).toFixed(1)} / ${median(loads.map((l) => l.max)).toFixed(1)}` : 'n/a',
        k
          ? `${ms(k.totalMs)}, ${ms(k.cpuMs)}, ${k.peakRssMb.toFixed(0)} MB`
          : !sklearn
            ? 'not run (above --sklearn-max)'
            : 'notRun' in sklearn
              ? sklearn.notRun
              : 'error' in sklearn
                ? sklearn.error
                : '–',
        k ? ratio(cpu, k.cpuMs) : '–',
        // On a shared machine also: would CPU time spread over the threads have made it?
        target
          ? `≤ ${ms(target.seconds * 1000)}, ≤ ${target.gb} GB: ${metBoth(wall, cpu / Math.max(1, builds[0].threads ?? 1), rss, target)}`
          : 'none',
      ];
    });
  return table(
    [
      'papers',
      'threads',
      'wall',
      'CPU',
      'CPU / wall',
      'peak RSS',
      'load, mean / max',
      'scikit-learn TF-IDF: wall, CPU, peak RSS',
      'ours / sklearn (CPU)',
      'target: met (CPU time ÷ threads)',
    ],
    rows,
  );
}

function builderCpuTable(sizes: SizeResult[]): string {
  const rows = sizes
    .filter((s) => s.builds.length > 0)
    .map((s) => {
      const cpu = median(s.builds.map((b) => b.cpuMs));
      const builds = s.builds;
      return [
        rowName(s),
        ...BUILD_STAGES.map((s) => {
          const v = median(builds.map((b) => b.stagesCpu[s]));
          return `${ms(v)} (${((100 * v) / cpu).toFixed(0)}%)`;
        }),
        ms(cpu),
      ];
    });
  return table(['papers', ...BUILD_STAGES, 'CPU total'], rows);
}

function builderMemoryTable(sizes: SizeResult[]): string {
  const rows = sizes
    .filter((s) => s.builds.length > 0 && s.builds.every((b) => b.peakRssAfterMb))
    .map((s) => [
      rowName(s),
      ...BUILD_STAGES.map((stage) => `${median(s.builds.map((b) => b.peakRssAfterMb[stage])).toFixed(0)} MB`),
    ]);
  return table(['papers', ...BUILD_STAGES.map((s) => `after ${s}`)], rows);
}

function keywordTable(sizes: SizeResult[]): string {
  const rows = sizes
    .filter((s) => s.keywords)
    .map((s) => {
      const k = s.keywords;
      return [
        rowName(s),
        `${ms(k!.oursMs)} (${ms(k!.oursCpuMs)})`,
        `${ms(k!.naturalMs)} (${ms(k!.naturalCpuMs)})`,
        ms(k!.tokenizeMs),
        ratio(k!.naturalCpuMs, k!.oursCpuMs),
      ];
    });
  return table(
    [
      'papers',
      'ours: computeKeywords, wall (CPU)',
      'natural TfIdf incl. tokenizing, wall (CPU)',
      'of which tokenizing',
      'natural / ours (CPU)',
    ],
    rows,
  );
}

function sklearnTable(sizes: SizeResult[]): string {
  const rows = sizes
    .filter((s) => s.sklearn)
    .map((s) => {
      const { builds, sklearn } = s;
      const done = builds.length > 0;
      const keywordsMs = done ? median(builds.map((b) => b.stages.keywords)) : NaN;
      const keywordsCpu = done ? median(builds.map((b) => b.stagesCpu.keywords)) : NaN;
      const wholeMs = done ? median(builds.map((b) => b.totalMs)) : NaN;
      const wholeCpu = done ? median(builds.map((b) => b.cpuMs)) : NaN;
      const ours = [
        done ? `${ms(keywordsMs)} (${ms(keywordsCpu)})` : '–',
        done ? `${ms(wholeMs)} (${ms(wholeCpu)}), ${median(builds.map((b) => b.peakRssMb)).toFixed(0)} MB` : '–',
      ];
      if (!sklearn || !('measured' in sklearn)) {
        const why = !sklearn ? '–' : 'notRun' in sklearn ? sklearn.notRun : sklearn.error;
        return [rowName(s), ...ours, why, '–', '–'];
      }
      const k = sklearn.measured;
      return [
        rowName(s),
        ...ours,
        `${ms(k.totalMs)} (${ms(k.cpuMs)}), ${k.peakRssMb.toFixed(0)} MB; ${count(k.vocabulary)} terms`,
        done ? ratio(keywordsCpu, k.cpuMs) : '–',
        done ? ratio(wholeCpu, k.cpuMs) : '–',
      ];
    });
  return table(
    [
      'papers',
      'ours: keywords stage, wall (CPU)',
      'ours: whole builder, wall (CPU), peak RSS',
      'scikit-learn TF-IDF 1–3-grams top-10, wall (CPU), peak RSS; vocabulary',
      'ours keywords / sklearn (CPU)',
      'ours whole builder / sklearn (CPU)',
    ],
    rows,
  );
}

function firstPaintTable(probes: FirstPaintMeasurement[]): string {
  const rows = probes.map((p) => [
    count(p.papers),
    `${p.mapMb.toFixed(0)} MB`,
    p.error ? `**no**: ${p.error}` : 'yes',
    p.firstPaintMs.length > 0 ? `${ms(median(p.firstPaintMs))} (${p.firstPaintMs.map(ms).join(', ')})` : '–',
  ]);
  return table(['papers', 'map file (JSON)', 'loads in the app', 'first paint, median (each load)'], rows);
}

function layoutTable(sizes: SizeResult[]): string {
  const rows = sizes
    .filter((s) => s.layout)
    .map((s) => {
      const { layout: l, builds } = s;
      const oursMs = median(builds.map((b) => b.stages.layout));
      const oursCpu = median(builds.map((b) => b.stagesCpu.layout));
      return [
        rowName(s),
        `${count(l!.nodes)} / ${count(l!.links)}`,
        `${ms(oursMs)} (${ms(oursCpu)})`,
        `${ms(l!.plain.ms)} (${ms(l!.plain.cpuMs)})`,
        ratio(l!.plain.cpuMs, oursCpu),
        `${(100 * l!.ours.neighbourShare).toFixed(1)}%`,
        `${(100 * l!.plain.neighbourShare).toFixed(1)}%`,
        count(l!.ours.overlaps),
        count(l!.plain.overlaps),
      ];
    });
  return table(
    [
      'papers',
      'nodes / links',
      'ours: computeLayout, wall (CPU)',
      'plain d3-force 300 ticks, wall (CPU)',
      'plain / ours (CPU)',
      '10-NN in own cluster, ours',
      'plain',
      'overlapping pairs, drawn radii, ours',
      'plain',
    ],
    rows,
  );
}

function appTable(app: AppMeasurement): string {
  const fps = (f: PageFigures): number => 1000 / median(f.frameIntervalsMs);
  const framesPerSecond = (f: PageFigures): number =>
    (1000 * f.frameIntervalsMs.length) / f.frameIntervalsMs.reduce((s, v) => s + v, 0);
  const p90 = (values: number[]): number => [...values].sort((x, y) => x - y)[Math.floor(0.9 * (values.length - 1))];
  const a = app.app;
  const b = app.baseline;
  /** `ok` null: no target. Ratios are of times, so a rate's ratio is baseline over app. */
  const row = (
    name: string,
    av: number,
    bv: number,
    fmt: (v: number) => string,
    target: string,
    ok: boolean | null,
    rate = false,
  ): string[] => [name, fmt(av), fmt(bv), rate ? ratio(bv, av) : ratio(av, bv), target, ok === null ? 'n/a' : yes(ok)];
  const fp = [median(a.firstPaintMs), median(b.firstPaintMs)];
  const hover = [median(a.hoverMs), median(b.hoverMs)];
  const click = [median(a.clickMs), median(b.clickMs)];
  const filter = [median(a.filterMs), median(b.filterMs)];
  const perSecond = (v: number): string => `${v.toFixed(1)}/s`;
  const valid = (values: number[]): boolean => values.length > 0 && values.every((v) => v >= 0);
  return table(
    ['metric', 'app', 'baseline page', 'app / baseline (time)', 'target', 'met'],
    [
      row(`first paint of the map (median of ${a.firstPaintMs.length} loads)`, fp[0], fp[1], ms, '≤ 3 s', fp[0] <= 3000),
      row(
        'pan/zoom frame rate (median rAF interval, wheel + drag)',
        fps(a),
        fps(b),
        (v) => `${v.toFixed(1)} fps`,
        '≥ 50 fps',
        fps(a) >= 50,
        true,
      ),
      row(
        'frames per second over the whole gesture (frame count / duration)',
        framesPerSecond(a),
        framesPerSecond(b),
        (v) => `${v.toFixed(1)} fps`,
        'none',
        null,
        true,
      ),
      row('90th-percentile frame interval', p90(a.frameIntervalsMs), p90(b.frameIntervalsMs), ms, 'none', null),
      row('map redraws per second during the gesture', a.drawsPerSecond, b.drawsPerSecond, perSecond, 'none', null, true),
      row(
        `hover → tooltip painted (median of ${a.hoverMs.length})`,
        hover[0],
        hover[1],
        ms,
        '≤ 50 ms',
        valid(a.hoverMs) && hover[0] <= 50,
      ),
      row(
        `click → details painted (median of ${a.clickMs.length})`,
        click[0],
        click[1],
        ms,
        '≤ 50 ms',
        valid(a.clickMs) && click[0] <= 50,
      ),
      row(
        `keyword filter → map painted (median of ${a.filterMs.length})`,
        filter[0],
        filter[1],
        ms,
        '≤ 100 ms',
        valid(a.filterMs) && filter[0] <= 100,
      ),
      ...(a.memory && b.memory
        ? [
            row(
              'page memory after the measurements (renderer RSS)',
              a.memory.rendererRssMb,
              b.memory.rendererRssMb,
              (v) => `${v.toFixed(0)} MB`,
              '≤ 1.5 GB',
              a.memory.rendererRssMb <= 1500,
            ),
            row('JS heap in use (page)', a.memory.jsHeapMb, b.memory.jsHeapMb, (v) => `${v.toFixed(0)} MB`, 'none', null),
          ]
        : []),
      [
        'JS on first load, gzipped',
        `${app.bundle.firstLoadGzipKb.toFixed(1)} KB`,
        'n/a (inline page)',
        'n/a',
        '≤ 200 KB',
        yes(app.bundle.firstLoadGzipKb <= 200),
      ],
    ],
  );
}

/** BENCHMARKS.md: the machine, how it was run, and one table per measurement, all medians. */
export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const parts: string[] = [
    '# Benchmarks',
    '',
    `Written by \`${results.command}\` (scripts/bench.ts) on ${m.date.slice(0, 10)}, commit ${m.commit}. Medians; the machine is shared with other workers (1-minute load average ${m.loadAtStart.toFixed(2)} at the start), so compare the columns of one run rather than runs of different days.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(1)} GB memory; Node ${m.node}; ${m.chromium}.`,
    '',
    `Corpora: seeded (seed 1) recombinations of the real abstracts in \`../shared/eval\` — each generated abstract keeps a real abstract's sentence count and mixes its sentences with other sentences of the same topic (medical gold label, or Inspec controlled term), written as JSON Lines under the OS temp folder.${results.sizes.some((s) => s.label) ? ' Rows named after a file are corpora given with `--corpus`, measured the same way.' : ''}`,
    '',
    '## Map builder',
    '',
    'Each run is a fresh `node --import tsx` process doing what `npm run build:map -- --threads N` does: the corpus read and parsed as a stream (`readCorpora`; runs with `read` 0 read it within `parse`), the keyword stage on N worker threads (scripts/lib/parallel; the map is the same for any N, byte for byte), the rest of `buildMap` (its own stage timings), and the map file written in parts (`serializeMapParts` through `writeTextPartsAtomic`, never whole). Peak RSS is the whole process (`process.resourceUsage().maxRSS`), Node, tsx and worker threads included; CPU is all threads.',
    '',
    '### Scaling curve',
    '',
    "CPU / wall above 1× is both cores at work (below 1×, the run waited for the cores: other work had them). Load: the machine's 1-minute load average while the run went (sampled every 5 s; 2 cores, so above 2 the run shared them). scikit-learn: the same run's baseline (below), where it ran.",
    '',
    scalingTable(results.sizes),
    '',
    builderTable(results.sizes),
    '',
    "CPU time per stage (user + system, all threads, from `process.cpuUsage()` at buildMap's progress reports; steadier than wall time when other work shares the cores):",
    '',
    builderCpuTable(results.sizes),
    '',
    'Peak RSS of the process at the end of each stage (it only grows: the stage where it jumps is the one that needs the memory):',
    '',
    builderMemoryTable(results.sizes),
    '',
  ];
  const sklearnRun = results.sizes.map((s) => s.sklearn).find((k) => k && 'measured' in k);
  if (results.sizes.some((s) => s.sklearn)) {
    const k = sklearnRun && 'measured' in sklearnRun ? sklearnRun.measured : undefined;
    parts.push(
      '## Keywords: ours vs scikit-learn TF-IDF',
      '',
      `What a user would otherwise write (scripts/bench/sklearnTfidf.py${k ? `, Python ${k.python}, scikit-learn ${k.sklearn}` : ''}): \`TfidfVectorizer(ngram_range=(1, 3), stop_words='english', min_df=2)\` over title + abstract, then each paper's 10 best terms from its row of the sparse matrix. Its time covers reading the JSON Lines corpus, \`fit_transform\` and the top 10s; Python's start and \`import sklearn\`${k ? ` (${ms(k.importMs)})` : ''} are left out, as Node's start is left out of ours. Ours: the builder runs above (keywords stage; whole builder from reading the corpus to the written map, with the graph, clusters and layout that scikit-learn does not make). Ratios of CPU time (user + system): above 1× ours takes longer.`,
      '',
      sklearnTable(results.sizes),
      '',
    );
  }
  if (results.sizes.some((s) => s.keywords)) {
    parts.push(
      "## Keywords: ours vs natural's TfIdf",
      '',
      `Same parsed papers, one process; natural gets our tokenizer's words (lowercased, no punctuation or stopwords) as token arrays, then \`listTerms\` for every document. Run up to ${count(results.baselineMax)} papers (natural's IDF scans every document for each term: quadratic).`,
      '',
      keywordTable(results.sizes),
      '',
    );
  }
  if (results.sizes.some((s) => s.layout)) {
    parts.push(
      '## Layout: ours vs plain d3-force',
      '',
      "Same map (papers, keywords, paper–keyword links, clusters): the plain layout runs in its own process on the graph of the map the builder wrote; our times are the builder runs' medians. Plain: `forceLink` + `forceManyBody` + `forceCenter` with defaults, 300 ticks, no collision. Readability: the share of each node's 10 nearest neighbours that are in its cluster (higher: clusters read as regions), and pairs of nodes whose discs overlap (radii from src/core/layout/nodeRadius.ts; lower is better), with the radii the app draws (src/core/scene/sceneGeometry.ts), which are also those computeLayout keeps apart: a paper by its number of links on the map, a keyword by its number of papers.",
      '',
      layoutTable(results.sizes),
      '',
    );
  }
  if (results.firstPaints?.length) {
    parts.push(
      '## The biggest maps in the app',
      '',
      "The map the builder wrote for each size above the app's, opened in the same production build and Chromium as below: does the map file load, and how long is its first paint (navigation start to the first painted frame of the map). No other measurement at these sizes.",
      '',
      firstPaintTable(results.firstPaints),
      '',
    );
  }
  if (results.app) {
    const a = results.app;
    parts.push(
      '## App in Chromium',
      '',
      `Map: ${count(a.papers)} papers, ${count(a.keywords)} keywords, ${count(a.links)} links (${a.mapMb.toFixed(1)} MB JSON), ${a.mapSource}.${a.compact ? ` The app opens its compact form (${a.compact.mainMb.toFixed(1)} MB main file; abstracts and key phrases in ${a.compact.textsFiles} texts files, ${a.compact.textsMb.toFixed(1)} MB, fetched when a paper's panel opens); the baseline page loads the JSON map.` : ''} Production build (vite, ${ms(a.buildMs)}) served with the map from 127.0.0.1, no compression; headless ${a.chromium}, no GPU, 1280×800, a fresh context per load. The baseline page loads the same map and redraws every link and node on every change, hit-tests by scanning all nodes and filters by scanning all links (scripts/bench/baselinePage.ts).`,
      '',
      "Timing hooks: the app exposes none, so a page script counts draws by the `data-view` attribute the map canvas gets after each draw and takes the time after the paint (a message posted from that frame). First paint is from navigation start; hover, click and filter are from the input event's timestamp to the first painted frame after a redraw where the tooltip / details title / filter count shows the change. The gesture is synthetic (one pointer move every frame, a wheel event every other frame, 3 s by default).",
      '',
      appTable(a),
      '',
    );
  }
  return parts.join('\n');
}

/**
 * `npx tsx scripts/bench/benchAppRun.ts --map FILE [--map FILE ...] [--json] [--loads N] [--out FILE]`:
 * the app part of the bench alone, on maps already built (a 100,000-paper map takes the builder
 * minutes): each map opened in the production build (its compact form unless --json) beside the
 * baseline page that loads the JSON map, in the same run. Prints one markdown table per map with
 * the machine's load average before and after; --out saves the raw figures as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { type AppMeasurement, type PageFigures, measureApp } from './measureApp';
import { median } from './median';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    map: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    loads: { type: 'string', default: '3' },
    samples: { type: 'string', default: '7' },
    'gesture-ms': { type: 'string', default: '3000' },
    out: { type: 'string' },
    label: { type: 'string', default: '' },
  },
  strict: true,
});
if (!values.map?.length) {
  process.stderr.write('usage: benchAppRun --map FILE [--map FILE ...] [--json] [--loads N] [--out FILE] [--label TEXT]\n');
  process.exit(2);
}

const loadavg = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const ms = (v: number): string => (v < 0 ? 'timed out' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
const fps = (f: PageFigures): number => 1000 / median(f.frameIntervalsMs);

function render(file: string, m: AppMeasurement, before: string, after: string): string {
  const a = m.app;
  const b = m.baseline;
  const rows: string[][] = [
    [
      'first paint (median of loads)',
      ms(median(a.firstPaintMs)),
      ms(median(b.firstPaintMs)),
      (median(a.firstPaintMs) / median(b.firstPaintMs)).toFixed(2),
    ],
    ['first paints, every load', a.firstPaintMs.map(ms).join(', '), b.firstPaintMs.map(ms).join(', '), ''],
    ['pan/zoom fps (median rAF interval)', fps(a).toFixed(1), fps(b).toFixed(1), (fps(b) / fps(a)).toFixed(2)],
    ['hover → tooltip', ms(median(a.hoverMs)), ms(median(b.hoverMs)), ''],
    ['click → details', ms(median(a.clickMs)), ms(median(b.clickMs)), ''],
    ['keyword filter', ms(median(a.filterMs)), ms(median(b.filterMs)), ''],
    [
      'page memory (renderer RSS / JS heap)',
      a.memory ? `${a.memory.rendererRssMb.toFixed(0)} MB / ${a.memory.jsHeapMb.toFixed(0)} MB` : 'n/a',
      b.memory ? `${b.memory.rendererRssMb.toFixed(0)} MB / ${b.memory.jsHeapMb.toFixed(0)} MB` : 'n/a',
      '',
    ],
  ];
  const form = m.compact
    ? `compact: ${m.compact.mainMb.toFixed(1)} MB main + ${m.compact.textsFiles} texts files (${m.compact.textsMb.toFixed(1)} MB)`
    : 'JSON';
  return [
    `### ${basename(file)}: ${m.papers.toLocaleString('en-US')} papers, ${m.links.toLocaleString('en-US')} links; app opens the ${form}; baseline loads the ${m.mapMb.toFixed(1)} MB JSON${values.label ? ` (${values.label})` : ''}`,
    '',
    `Load average (1, 5, 15 min) before: ${before}; after: ${after}. ${m.chromium}.`,
    '',
    '| metric | app | baseline page | app / baseline |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}

const results: { file: string; before: string; after: string; measurement: AppMeasurement }[] = [];
for (const file of values.map) {
  const before = loadavg();
  const measurement = await measureApp({
    mapFile: file,
    compact: !values.json,
    loads: Number(values.loads),
    gestureMs: Number(values['gesture-ms']),
    samples: Number(values.samples),
    settleMs: 500,
    waitMs: 20_000,
  });
  const after = loadavg();
  results.push({ file, before, after, measurement });
  process.stdout.write(`${render(file, measurement, before, after)}\n`);
  if (values.out) writeFileSync(values.out, JSON.stringify(results, null, 1));
}

/**
 * npm run gaps -- --map FILE [--top 20] [--min-papers 2] [--per-keyword 3] [--json]
 *
 * Research gaps of a map: keyword pairs (and cluster pairs) that are each frequent but appear
 * together far less than chance would have them, best first, with the papers that bridge them.
 * The computation is src/core/analysis, the same the app's Gaps view shows; this file only deals
 * with arguments, the file and the output.
 */
import { pathToFileURL } from 'node:url';
import { type GapReport, GAP_DEFAULTS, computeGaps, countCooccurrences } from '../src/core/analysis';
import type { MapFile } from '../src/core/map';
import { readMapFile } from './lib/readMapFile';
import { CommandError, type CommandIo, commandArgs, consoleIo, runCommand } from './lib/runCommand';
import { userPath } from './lib/userPath';

const USAGE = `Usage: npm run gaps -- --map FILE [--top N] [--min-papers N] [--per-keyword N] [--json]

  --map FILE        map file made by npm run build:map
  --top N           keyword pairs listed (default ${GAP_DEFAULTS.top})
  --min-papers N    least papers each keyword of a pair needs (default ${GAP_DEFAULTS.minPapers})
  --per-keyword N   most pairs one keyword may take in the list (default ${GAP_DEFAULTS.perKeyword})
  --json            print the report as JSON instead of tables`;

export type GapsIo = CommandIo;

/** Runs the command; returns the exit code (0 done, 1 failed, 2 bad arguments). */
export function main(argv: readonly string[], io: GapsIo = consoleIo): number {
  return runCommand('gaps', USAGE, run, argv, io);
}

function run(argv: readonly string[], io: GapsIo): void {
  const values = commandArgs(argv, {
    map: { type: 'string' },
    top: { type: 'string' },
    'min-papers': { type: 'string' },
    'per-keyword': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.log(USAGE);
    return;
  }
  if (!values.map) throw new CommandError('missing --map FILE', true);
  values.map = userPath(values.map);
  const top = count(values.top, 'top', GAP_DEFAULTS.top);
  const minPapers = count(values['min-papers'], 'min-papers', GAP_DEFAULTS.minPapers);
  const perKeyword = count(values['per-keyword'], 'per-keyword', GAP_DEFAULTS.perKeyword);
  const map = readMap(values.map);
  const report = computeGaps(countCooccurrences(map), { top, minPapers, perKeyword });
  if (values.json) io.log(JSON.stringify({ map: values.map, ...report }, null, 2));
  else for (const line of formatReport(report, map)) io.log(line);
}

function count(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new CommandError(`--${name} must be a whole number of at least 1, got "${text}"`, true);
  return value;
}

function readMap(file: string): MapFile {
  return readMapFile(file, (message) => new CommandError(message));
}

/** Two plain-text tables: keyword gaps, then cluster pairs below expectation. */
export function formatReport(report: GapReport, map: MapFile): string[] {
  const titles = new Map(map.papers.map((p) => [p.id, p.title]));
  const lines: string[] = [];
  lines.push(
    `Research gaps: ${report.keywords.length} keyword pairs of ${report.keywordPairsTested} tested, ${report.papers} papers`,
  );
  lines.push('p: one-sided Fisher exact test (co-occurring less than independence predicts); p adj.: Bonferroni');
  lines.push('');
  const rows = report.keywords.map((g, i) => [
    String(i + 1),
    g.termA,
    g.termB,
    `${g.papersA}/${g.papersB}`,
    String(g.observed),
    g.expected.toFixed(1),
    formatP(g.log10P),
    formatP(Math.log10(g.pAdjusted)),
  ]);
  lines.push(...table(['#', 'keyword A', 'keyword B', 'papers', 'both', 'expected', 'p', 'p adj.'], rows, [1, 2]));
  for (const [i, g] of report.keywords.entries()) {
    if (g.bridges.length === 0) continue;
    lines.push(`  ${i + 1}. bridged by: ${g.bridges.map((id) => titles.get(id) ?? id).join(' | ')}`);
  }
  const depleted = report.clusters.filter((c) => c.observed < c.expected);
  lines.push('');
  lines.push(`Cluster pairs with fewer shared papers than expected: ${depleted.length} of ${report.clusters.length}`);
  lines.push('');
  lines.push(
    ...table(
      ['cluster A', 'cluster B', 'papers', 'both', 'expected', 'p'],
      depleted.map((c) => [
        c.labelA,
        c.labelB,
        `${c.papersA}/${c.papersB}`,
        String(c.observed),
        c.expected.toFixed(1),
        formatP(c.log10P),
      ]),
      [0, 1],
    ),
  );
  return lines;
}

/** A p-value from its log10, readable from 1 down to 1e-4000. */
function formatP(log10P: number): string {
  if (log10P === -Infinity) return '0';
  if (log10P > -3) return (10 ** log10P).toFixed(3);
  const exponent = Math.floor(log10P);
  return `${(10 ** (log10P - exponent)).toFixed(1)}e${exponent}`;
}

/** Columns padded to their widest cell (cut at 40); `left` are the text columns, the rest align right. */
function table(header: string[], rows: string[][], left: number[]): string[] {
  if (rows.length === 0) return ['(none)'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => Math.min(40, r[c].length))));
  const cell = (text: string, c: number): string => {
    const cut = text.length > 40 ? `${text.slice(0, 39)}…` : text;
    return left.includes(c) ? cut.padEnd(widths[c]) : cut.padStart(widths[c]);
  };
  return [
    header.map(cell).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => r.map(cell).join('  ').trimEnd()),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}

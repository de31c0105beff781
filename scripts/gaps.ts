/**
 * npm run gaps -- --map FILE [--fdr 0.05] [--top 20] [--min-papers 2] [--per-keyword 3] [--json]
 *
 * Research gaps of a map: keyword pairs (and cluster pairs) that are each frequent but appear
 * together significantly less than chance would have them (Benjamini–Hochberg q ≤ --fdr), best
 * first, with the papers that bridge them.
 * The computation is src/core/analysis, the same the app's Gaps view shows; this file only deals
 * with arguments, the file and the output.
 */
import { pathToFileURL } from 'node:url';
import { type GapReport, GAP_DEFAULTS, computeGaps, countCooccurrences, formatProbability } from '../src/core/analysis';
import type { MapFile } from '../src/core/map';
import { readMapFile } from './lib/readMapFile';
import { CommandError, type CommandIo, commandArgs, consoleIo, runCommand } from './lib/runCommand';
import { userPath } from './lib/userPath';

const USAGE = `Usage: npm run gaps -- --map FILE [--fdr Q] [--top N] [--min-papers N] [--per-keyword N] [--json]

  --map FILE        map file made by npm run build:map
  --fdr Q           false discovery rate a listed pair must pass, q <= Q (default ${GAP_DEFAULTS.fdr})
  --top N           most keyword pairs listed (default ${GAP_DEFAULTS.top})
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
    fdr: { type: 'string' },
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
  const fdr = rate(values.fdr, GAP_DEFAULTS.fdr);
  const map = readMap(values.map);
  const report = computeGaps(countCooccurrences(map), { top, minPapers, perKeyword, fdr });
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

function rate(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !(value > 0 && value < 1))
    throw new CommandError(`--fdr must be a number between 0 and 1 (0.05 is 5%), got "${text}"`, true);
  return value;
}

function readMap(file: string): MapFile {
  return readMapFile(file, (message) => new CommandError(message));
}

/** Two plain-text tables: significant keyword gaps (or a sentence saying there are none), then cluster pairs below expectation. */
export function formatReport(report: GapReport, map: MapFile): string[] {
  const titles = new Map(map.papers.map((p) => [p.id, p.title]));
  const percent = `${+(report.fdr * 100).toFixed(2)}%`;
  const lines: string[] = [];
  const shown =
    report.keywords.length < report.keywordPairsSignificant
      ? `${report.keywords.length} listed of ${report.keywordPairsSignificant} significant keyword pairs`
      : `${report.keywordPairsSignificant} significant keyword pairs`;
  lines.push(`Research gaps at a false discovery rate of ${percent}: ${shown}, ${report.papers} papers`);
  lines.push(
    `Tested ${report.keywordPairsTested} of ${report.keywordPairs} pairs of keywords in ${report.minPapers}+ papers: those that could reach significance at all (Tarone)`,
  );
  lines.push('p: one-sided Fisher exact test (together less often than independence predicts); q: Benjamini–Hochberg');
  lines.push('');
  if (report.keywords.length === 0) {
    lines.push(
      `No keyword pair is significantly rarer together than chance predicts at a false discovery rate of ${percent} (${report.keywordPairsTested} pairs tested).`,
    );
  } else {
    const rows = report.keywords.map((g, i) => [
      String(i + 1),
      g.termA,
      g.termB,
      `${g.papersA}/${g.papersB}`,
      String(g.observed),
      g.expected.toFixed(1),
      formatProbability(g.log10P),
      formatProbability(g.log10Q),
    ]);
    lines.push(...table(['#', 'keyword A', 'keyword B', 'papers', 'both', 'expected', 'p', 'q'], rows, [1, 2]));
    for (const [i, g] of report.keywords.entries()) {
      if (g.bridges.length === 0) continue;
      lines.push(`  ${i + 1}. bridged by: ${g.bridges.map((id) => titles.get(id) ?? id).join(' | ')}`);
    }
  }
  const depleted = report.clusters.filter((c) => c.observed < c.expected);
  const significant = depleted.filter((c) => c.significant).length;
  lines.push('');
  lines.push(
    `Cluster pairs with fewer shared papers than expected: ${depleted.length} of ${report.clusters.length}, ${significant} significant (q <= ${report.fdr})`,
  );
  lines.push('');
  lines.push(
    ...table(
      ['cluster A', 'cluster B', 'papers', 'both', 'expected', 'p', 'q'],
      depleted.map((c) => [
        c.labelA,
        c.labelB,
        `${c.papersA}/${c.papersB}`,
        String(c.observed),
        c.expected.toFixed(1),
        formatProbability(c.log10P),
        formatProbability(c.log10Q),
      ]),
      [0, 1],
    ),
  );
  return lines;
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

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SKLEARN_MISSING } from '../../scripts/bench/runSklearn';
import { chromiumAvailable } from '../browser/chromium';

const dir = mkdtempSync(join(tmpdir(), 'topic-map-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows of every markdown table in `text`, as cells (header and separator rows left out). */
function tableRows(text: string): { header: string[]; rows: string[][] }[] {
  const tables: { header: string[]; rows: string[][] }[] = [];
  let current: { header: string[]; rows: string[][] } | null = null;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = null;
      continue;
    }
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    if (!current) tables.push((current = { header: cells, rows: [] }));
    else if (!cells.every((c) => /^-+$/.test(c))) current.rows.push(cells);
  }
  return tables;
}

// The smoke bench runs the whole thing at tiny sizes: builder, the baselines and, where Chromium
// is installed (CI installs it), the app. Timings are not asserted: only that every figure is there.
// Nothing here may depend on the machine's speed: the bench waits up to two minutes for each
// reaction it times (--smoke), and the run gets twenty minutes (it takes about one and a half alone,
// about three beside two CPU-bound processes); a budget that a busy machine cannot miss.
// scikit-learn is not installed in CI: its row is measured where it is, and says how to install it
// where it is not.
describe('npm run bench -- --smoke', () => {
  const out = join(dir, 'BENCHMARKS.md');
  const app = chromiumAvailable() || process.env.CI === 'true';
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench.ts', '--smoke', '--out', out, ...(app ? [] : ['--no-app'])],
      {
        encoding: 'utf8',
        timeout: 20 * 60_000,
        // Its corpora, maps and raw results in this test's folder, removed after it.
        env: { ...process.env, TOPIC_MAP_BENCH_DIR: join(dir, 'work') },
      },
    );
  }, 21 * 60_000);

  test('exits 0 and writes the report it prints', () => {
    const why = `status ${run.status}, signal ${run.signal}, ${run.error ?? ''}\n${run.stderr}`;
    expect(run.status, why).toBe(0);
    expect(run.stderr, why).not.toMatch(/Error/);
    const report = readFileSync(out, 'utf8');
    expect(run.stdout).toContain(report.trim());
    expect(report).toMatch(/^Machine: .+, \d+ cores, [\d.]+ GB memory; Node v\d+/m);
  });

  test('has every table, each row with every cell filled with a figure', () => {
    const report = readFileSync(out, 'utf8');
    const tables = tableRows(report);
    const headers = tables.map((t) => t.header[0]);
    // Builder: the scaling curve, times, CPU per stage, memory per stage; then the keyword
    // baselines (scikit-learn, natural) and the layout baseline; then the app.
    expect(headers).toEqual(['papers', 'papers', 'papers', 'papers', 'papers', 'papers', 'papers', ...(app ? ['metric'] : [])]);
    expect(tables[0].header.join(' ')).toMatch(/threads.*CPU \/ wall.*scikit-learn/);
    expect(tables[4].header.join(' ')).toMatch(/scikit-learn TF-IDF 1–3-grams top-10/);
    expect(tables[5].header.join(' ')).toMatch(/natural/);
    expect(tables[6].header.join(' ')).toMatch(/plain d3-force/);
    for (const { header, rows } of tables) {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toHaveLength(header.length);
        for (const cell of row) {
          expect(cell).not.toBe('');
          expect(cell).not.toMatch(/NaN|undefined|Infinity|null|-1(\.0)? ms/);
        }
      }
    }
    // The scaling curve: threads (the bench's default, the cores available), CPU / wall, memory.
    const [size, threads, , , cpuPerWall, rss] = tables[0].rows[0];
    expect(size).toBe('150');
    expect(threads).toMatch(/^[1-9]\d*$/);
    expect(cpuPerWall).toMatch(/^[\d.]+×$/);
    expect(rss).toMatch(/^\d+ MB$/);
    const builder = tables[1];
    expect(builder.rows[0][0]).toBe('150');
    // Each stage column holds a time.
    for (const cell of builder.rows[0].slice(3, 11)) expect(cell).toMatch(/^[\d.]+ (ms|s)$/);
    // Ours (keywords stage, whole builder), then scikit-learn: measured, or the install hint.
    const sklearn = tables[4].rows[0];
    expect(sklearn[0]).toBe('150');
    expect(sklearn[1]).toMatch(/^[\d.]+ (ms|s) \([\d.]+ (ms|s)\)$/);
    expect(sklearn[2]).toMatch(/^[\d.]+ (ms|s) \([\d.]+ (ms|s)\), \d+ MB$/);
    if (sklearn[3].startsWith('not run')) {
      expect(sklearn[3]).toContain(SKLEARN_MISSING);
      expect(sklearn.slice(4)).toEqual(['–', '–']);
    } else {
      expect(sklearn[3], 'scikit-learn is installed but its baseline did not run').toMatch(
        /^[\d.]+ (ms|s) \([\d.]+ (ms|s)\), \d+ MB; [\d,]+ terms$/,
      );
      for (const cell of sklearn.slice(4)) expect(cell).toMatch(/^[\d.]+×$/);
    }
    if (app) {
      const metrics = tables[7].rows.map((r) => r[0]);
      expect(metrics.join('\n')).toMatch(/first paint[\s\S]*frame rate[\s\S]*hover[\s\S]*click[\s\S]*filter[\s\S]*gzipped/);
      for (const row of tables[7].rows.filter((r) => /paint|hover|click|filter/.test(r[0]))) {
        expect(row[1]).toMatch(/^[\d.]+ (ms|s)$/);
        expect(row[2]).toMatch(/^[\d.]+ (ms|s)$/);
      }
    }
  });
});

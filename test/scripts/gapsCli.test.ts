import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/gaps';
import { serializeMap } from '../../src/core/map';
import { twoCliques } from '../core/analysis/smallMaps';

const dir = mkdtempSync(join(tmpdir(), 'topic-map-gaps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MAP = join(dir, 'cliques.map.json');
writeFileSync(MAP, serializeMap(twoCliques(4)));

function run(...args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run gaps', () => {
  it('prints the gaps as tables, most significant first, with bridging papers', () => {
    const result = run('--map', MAP, '--top', '5');
    expect(result.code, result.err).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Research gaps: 5 keyword pairs of 15 tested, 9 papers');
    const rows = lines.filter((l) => /^\s*\d+ {2}/.test(l));
    // p = 1/126 = 0.008 for a-d; c-d (one shared paper, 25/9 expected) is fifth with 5/126.
    const cells = (row: string): string[] => row.trim().split(/ {2,}/);
    expect(cells(rows[0])).toEqual(['1', 'a', 'd', '4/5', '0', '2.2', '0.008', '0.119']);
    expect(cells(rows[4])).toEqual(['5', 'c', 'd', '5/5', '1', '2.8', '0.040', '0.595']);
    expect(result.out).toContain('  5. bridged by: Paper bridge');
    expect(result.out).toContain('Cluster pairs with fewer shared papers than expected: 1 of 1');
  });

  it('prints JSON with --json', () => {
    const result = run('--map', MAP, '--json', '--top', '2', '--per-keyword', '1');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      map: string;
      papers: number;
      keywords: Array<{ a: string; b: string; log10P: number }>;
    };
    expect(report.map).toBe(MAP);
    expect(report.papers).toBe(9);
    expect(report.keywords.map((g) => [g.a, g.b])).toEqual([
      ['k:a', 'k:d'],
      ['k:c', 'k:e'],
    ]);
    expect(report.keywords[0].log10P).toBeCloseTo(Math.log10(1 / 126), 10);
  });

  it('names the file and what is wrong, with exit codes 1 and 2', () => {
    const missing = run('--map', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`gaps: cannot read map file ${join(dir, 'nope.json')}: no such file`);

    const bad = join(dir, 'bad.map.json');
    writeFileSync(bad, '{"format": "topic-map",\n "version": 1,\n "papers": 3}\n');
    const invalid = run('--map', bad);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain(`gaps: invalid map file: ${bad}`);

    const usage = run('--map', MAP, '--top', '0');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--top must be a whole number of at least 1, got "0"');
    expect(usage.err).toContain('Usage: npm run gaps');
    expect(run().code).toBe(2);
    expect(run('--bogus').code).toBe(2);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/gaps';
import { serializeMap } from '../../src/core/map';
import { arithmeticMap, twoCliques } from '../core/analysis/smallMaps';

const dir = mkdtempSync(join(tmpdir(), 'topic-map-gaps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MAP = join(dir, 'cliques.map.json');
writeFileSync(MAP, serializeMap(twoCliques(8)));
const NOISE = join(dir, 'noise.map.json');
writeFileSync(NOISE, serializeMap(arithmeticMap(false)));

function run(...args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run gaps', () => {
  it('prints the significant gaps as tables, most significant first, with p, q and bridging papers', () => {
    const result = run('--map', MAP, '--top', '5', '--per-keyword', '9');
    expect(result.code, result.err).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Research gaps at a false discovery rate of 5%: 5 listed of 9 significant keyword pairs, 17 papers');
    expect(lines[1]).toBe('Tested 15 of 15 pairs of keywords in 2+ papers: those that could reach significance at all (Tarone)');
    const rows = lines.filter((l) => /^\s*\d+ {2}/.test(l));
    // p = 1/24310 for a-d (no-break spaces keep a value on one line), q = p · 15 / 4 (four pairs share it); a-e (8 and 8 papers) is fifth with 9/24310.
    const cells = (row: string): string[] => row.trim().split(/ {2,}/);
    expect(cells(rows[0])).toEqual(['1', 'a', 'd', '8/9', '0', '4.2', '4.1\u00a0×\u00a010⁻⁵', '1.5\u00a0×\u00a010⁻⁴']);
    expect(cells(rows[4])).toEqual(['5', 'a', 'e', '8/8', '0', '3.8', '3.7\u00a0×\u00a010⁻⁴', '6.2\u00a0×\u00a010⁻⁴']);
    expect(result.out).toContain('Cluster pairs with fewer shared papers than expected: 1 of 1, 1 significant (q <= 0.05)');
    // c-d, the ninth, is bridged.
    expect(run('--map', MAP, '--per-keyword', '9').out).toContain('  9. bridged by: Paper bridge');
  });

  it('says so when no pair is significant, and takes --fdr', () => {
    const noise = run('--map', NOISE);
    expect(noise.code, noise.err).toBe(0);
    expect(noise.out).toContain(
      'No keyword pair is significantly rarer together than chance predicts at a false discovery rate of 5% (25 pairs tested).',
    );
    expect(noise.out).not.toMatch(/^\s*1 {2}/m);
    // Nine papers are too few at 5% (Tarone leaves no pair to test); at 10% four pairs pass.
    const small = join(dir, 'small.map.json');
    writeFileSync(small, serializeMap(twoCliques(4)));
    expect(run('--map', small).out).toContain('(0 pairs tested)');
    const lenient = run('--map', small, '--fdr', '0.1');
    expect(lenient.out.split('\n')[0]).toBe(
      'Research gaps at a false discovery rate of 10%: 4 significant keyword pairs, 9 papers',
    );
    expect(lenient.out).toContain('1  a          d             4/5     0       2.2  0.0079  0.016');
  });

  it('prints JSON with --json', () => {
    const result = run('--map', MAP, '--json', '--top', '2', '--per-keyword', '1');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      map: string;
      papers: number;
      fdr: number;
      keywordPairsTested: number;
      keywords: Array<{ a: string; b: string; log10P: number; q: number; significant: boolean }>;
    };
    expect(report.map).toBe(MAP);
    expect([report.papers, report.fdr, report.keywordPairsTested]).toEqual([17, 0.05, 15]);
    expect(report.keywords.map((g) => [g.a, g.b])).toEqual([
      ['k:a', 'k:d'],
      ['k:c', 'k:e'],
    ]);
    expect(report.keywords[0].log10P).toBeCloseTo(Math.log10(1 / 24310), 10);
    expect(report.keywords[0].q).toBeCloseTo(15 / 4 / 24310, 12);
    expect(report.keywords[0].significant).toBe(true);
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
    const rate = run('--map', MAP, '--fdr', '5');
    expect(rate.code).toBe(2);
    expect(rate.err).toContain('--fdr must be a number between 0 and 1 (0.05 is 5%), got "5"');
    expect(run().code).toBe(2);
    expect(run('--bogus').code).toBe(2);
  });
});

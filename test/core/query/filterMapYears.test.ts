import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filterMap, filterMapForExport, indexMap } from '../../../src/core/query';
import { validateMap } from '../../../src/core/map';

// The fixture: 2502.16982 2025, p-rl-reason 2025, p-moe 2024, p-diff-hires 2024, p-gnn-mol 2023,
// p-kg-zh 2024, p-fr-protein 2022; the other five have no year.
const map = validateMap(JSON.parse(readFileSync(new URL('../../fixtures/small.map.json', import.meta.url), 'utf8')), 'small');
const index = indexMap(map);

describe('filterMap with a year range', () => {
  it('keeps only the papers of those years (undated ones leave), and their keywords', () => {
    const result = filterMap(map, index, { keywords: [], mode: 'all', years: { from: 2024, to: 2025 } });
    expect(result.active).toBe(true);
    expect([...result.papers].sort()).toEqual(['2502.16982', 'p-diff-hires', 'p-kg-zh', 'p-moe', 'p-rl-reason']);
    expect(result.total).toBe(12);
    expect(result.years).toEqual({ from: 2024, to: 2025 });
    const linked = new Set(map.links.filter((l) => result.papers.has(l.paper)).map((l) => l.keyword));
    expect(result.keywords).toEqual(linked);
  });

  it('combines with the keyword filter: both must hold', () => {
    const keywordOnly = filterMap(map, index, { keywords: ['k:diffus model'], mode: 'all' });
    expect(keywordOnly.papers.size).toBe(4);
    const both = filterMap(map, index, { keywords: ['k:diffus model'], mode: 'all', years: { from: 2024, to: 2024 } });
    expect([...both.papers]).toEqual(['p-diff-hires']);
  });

  it('exports only the papers of the years, with only the bursts of the keywords kept', () => {
    const dated = {
      ...map,
      bursts: [
        { keyword: 'k:video', start: 2024, end: 2025, strength: 2 },
        { keyword: 'k:reason', start: 2025, end: 2025, strength: 1 },
      ],
    };
    const part = filterMapForExport(dated, { keywords: [], mode: 'all', years: { from: 2025, to: 2025 } });
    expect(part.papers.map((p) => p.id)).toEqual(['2502.16982', 'p-rl-reason']);
    const kept = new Set(part.keywords.map((k) => k.id));
    expect(kept.has('k:video')).toBe(false);
    expect(part.bursts).toEqual([{ keyword: 'k:reason', start: 2025, end: 2025, strength: 1 }]);
    expect(() => validateMap(JSON.parse(JSON.stringify(part)), 'part')).not.toThrow();
  });

  it('is inactive with neither keywords nor years', () => {
    expect(filterMap(map, index, { keywords: [], mode: 'all', years: null }).active).toBe(false);
  });
});

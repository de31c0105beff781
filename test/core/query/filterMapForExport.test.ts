import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type MapFile, parseMapFile, validateMap } from '../../../src/core/map';
import { filterMapForExport } from '../../../src/core/query';

const map = parseMapFile(readFileSync(new URL('../../fixtures/small.map.json', import.meta.url), 'utf8'), 'small.map.json');

/** Papers linked to both keywords of each co-occurrence, counted from the links. */
function countsFromLinks(part: MapFile): number[] {
  const papersOf = (id: string): Set<string> => new Set(part.links.filter((l) => l.keyword === id).map((l) => l.paper));
  return part.cooccurrences.map((c) => {
    const other = papersOf(c.target);
    return [...papersOf(c.source)].filter((p) => other.has(p)).length;
  });
}

describe('filterMapForExport', () => {
  it('counts a co-occurrence over the kept papers, as the map counts it over all, and drops one they do not make', () => {
    // The map's own counts are counts over its links.
    expect(map.cooccurrences.length).toBeGreaterThan(0);
    expect(map.cooccurrences.map((c) => c.count)).toEqual(countsFromLinks(map));
    let recounted = 0;
    let dropped = 0;
    for (const keyword of map.keywords) {
      const part = filterMapForExport(map, { keywords: [keyword.id], mode: 'all' });
      expect(() => validateMap(structuredClone(part), keyword.id)).not.toThrow();
      const counts = countsFromLinks(part);
      expect(part.cooccurrences.map((c) => c.count)).toEqual(counts);
      expect(counts.every((n) => n > 0)).toBe(true);
      const papers = new Map(part.keywords.map((k) => [k.id, k.papers]));
      for (const c of part.cooccurrences)
        expect(c.count).toBeLessThanOrEqual(Math.min(papers.get(c.source)!, papers.get(c.target)!));
      const full = new Map(map.cooccurrences.map((c) => [`${c.source} ${c.target}`, c]));
      for (const c of part.cooccurrences) {
        const before = full.get(`${c.source} ${c.target}`)!;
        expect(c.weight).toBe(before.weight);
        if (c.count < before.count) recounted++;
      }
      const kept = new Set(part.keywords.map((k) => k.id));
      dropped += map.cooccurrences.filter((c) => kept.has(c.source) && kept.has(c.target)).length - part.cooccurrences.length;
    }
    // The fixture exercises both: fewer papers for a pair, and pairs no kept paper makes.
    expect(recounted).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);
  });
});

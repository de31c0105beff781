import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseMapFile } from '../../../src/core/map';
import { indexMap, rankClusterPapers } from '../../../src/core/query';

const map = parseMapFile(readFileSync(new URL('../../fixtures/small.map.json', import.meta.url), 'utf8'), 'small.map.json');
const index = indexMap(map);

/** A paper's summed link weight to keywords of `cluster`, from the map file itself. */
const central = (paperId: string, cluster: number): number =>
  map.links
    .filter((l) => l.paper === paperId && map.keywords.find((k) => k.id === l.keyword)?.cluster === cluster)
    .reduce((sum, l) => sum + l.weight, 0);

describe('rankClusterPapers', () => {
  test('lists every paper of the cluster once, the most central first (ties in map order)', () => {
    let reordered = 0;
    for (const cluster of map.clusters) {
      const inMapOrder = map.papers.filter((p) => p.cluster === cluster.id).map((p) => p.id);
      const ranked = rankClusterPapers(index, cluster.id);
      expect([...ranked].sort()).toEqual([...inMapOrder].sort());
      const weights = ranked.map((id) => central(id, cluster.id));
      weights.forEach((w, i) => {
        if (i === 0) return;
        expect(w).toBeLessThanOrEqual(weights[i - 1] + 1e-12);
        if (w === weights[i - 1]) expect(inMapOrder.indexOf(ranked[i])).toBeGreaterThan(inMapOrder.indexOf(ranked[i - 1]));
      });
      if (ranked.join() !== inMapOrder.join()) reordered++;
    }
    // The fixture is not already in that order: the ranking does something.
    expect(reordered).toBeGreaterThan(0);
  });
});

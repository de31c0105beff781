import { describe, expect, it } from 'vitest';
import { clusterQuality } from '../../../src/core/clusters';
import type { Clustering } from '../../../src/core/clusters';
import type { MapGraph } from '../../../src/core/graph';

function graphOf(links: [number, number][]): MapGraph {
  return {
    paperCount: 4,
    keywordTerms: [0, 1],
    keywordRelevance: [1, 1],
    keywordPapers: [2, 2],
    keywordCoherence: [1, 1],
    links: links.map(([paper, keyword]) => ({ paper, keyword, weight: 1 })),
    cooccurrences: [],
    wordCount: 0,
    wordLinks: { paper: new Int32Array(0), word: new Int32Array(0), weight: new Float64Array(0) },
  };
}
const clustering: Clustering = { paperCluster: [0, 0, 1, 1], keywordCluster: [0, 1], clusterCount: 2, unclustered: -1 };

describe('clusterQuality', () => {
  it('gives two separate worlds cohesion 1 and modularity 1/2', () => {
    const q = clusterQuality(
      graphOf([
        [0, 0],
        [1, 0],
        [2, 1],
        [3, 1],
      ]),
      clustering,
    );
    expect(q.cohesion).toEqual([1, 1]);
    expect(q.modularity).toBe(0.5);
  });

  it('falls when links cross clusters', () => {
    const q = clusterQuality(
      graphOf([
        [0, 0],
        [1, 1],
        [2, 1],
        [3, 0],
      ]),
      clustering,
    );
    // Each cluster: 1 link inside, 2 crossing.
    expect(q.cohesion).toEqual([0.3333, 0.3333]);
    expect(q.modularity).toBe(0);
  });
});

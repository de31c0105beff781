import { describe, expect, it } from 'vitest';
import { carryClusterLabels } from '../../../src/core/living';
import type { MapCluster } from '../../../src/core/map';

const cluster = (id: number, label: string): MapCluster => ({ id, label, size: 1, keywordCount: 0, topKeywords: [] });

describe('carryClusterLabels', () => {
  const previous = [cluster(0, 'My own name'), cluster(1, 'sorting · searching'), cluster(2, 'compilers')];

  it('gives a continuing cluster its old label, a user name included, and leaves new clusters their own', () => {
    const clusters = [cluster(0, 'parsing · grammars'), cluster(1, 'hash tables'), cluster(2, 'graphics')];
    carryClusterLabels(clusters, ['parsing · grammars', 'hash tables', 'graphics'], previous, [0, 1, -1]);
    expect(clusters.map((c) => c.label)).toEqual(['My own name', 'sorting · searching', 'graphics']);
  });

  it('lets a name the curation gives now win, unless another cluster carries that name over', () => {
    // Cluster 0 is renamed by the curation now; cluster 2 is named "My own name" by the curation
    // (its top keyword was the renamed one's) while cluster 1 continues the cluster of that name.
    const clusters = [cluster(0, 'Fresh name'), cluster(1, 'auto one'), cluster(2, 'My own name')];
    carryClusterLabels(clusters, ['auto zero', 'auto one', 'auto two'], previous, [2, 0, -1]);
    expect(clusters.map((c) => c.label)).toEqual(['Fresh name', 'My own name', 'auto two']);
  });
});

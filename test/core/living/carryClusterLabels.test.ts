import { describe, expect, it } from 'vitest';
import { carryClusterLabels } from '../../../src/core/living';
import { termKey } from '../../../src/core/keywords';
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

  it('carries an automatic name only while its terms are keywords of the cluster; a name the user gave always', () => {
    const old = [cluster(0, 'parsing · grammars'), cluster(1, 'hash tables · hashing'), cluster(2, 'My own name')];
    const fresh = ['compilers · grammars', 'hash table · scatter storage', 'sorting'];
    const clusters = fresh.map((label, c) => cluster(c, label));
    carryClusterLabels(clusters, fresh, old, [0, 1, 2], {
      userNames: new Set(['My own name']),
      keywordKeys: [
        // "parsing" went to another cluster: the old name no longer says what cluster 0 is.
        new Set([termKey('compilers'), termKey('grammars')]),
        // "hash tables" is still here as "hash table" (the same key).
        new Set([termKey('hash table'), termKey('hashing'), termKey('scatter storage')]),
        new Set([termKey('sorting')]),
      ],
    });
    expect(clusters.map((c) => c.label)).toEqual(['compilers · grammars', 'hash tables · hashing', 'My own name']);
  });

  it('lets a carried automatic name give way when a fresh label repeats it', () => {
    const old = [cluster(0, 'sorting'), cluster(1, 'parsing')];
    // Cluster 1 (new, unmatched) is labelled "sorting" afresh; cluster 0 still has the keyword too.
    const clusters = [cluster(0, 'merge sort'), cluster(1, 'sorting')];
    carryClusterLabels(clusters, ['merge sort', 'sorting'], old, [0, -1], {
      userNames: new Set(),
      keywordKeys: [new Set([termKey('sorting'), termKey('merge sort')]), new Set([termKey('sorting')])],
    });
    expect(clusters.map((c) => c.label)).toEqual(['merge sort', 'sorting']);
  });
});

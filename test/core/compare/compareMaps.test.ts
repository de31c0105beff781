import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../../src/core/compare';
import { DEFAULT_SETTINGS, MAP_FORMAT, MAP_VERSION, type MapFile } from '../../../src/core/map';

/** A hand-made map: clusters as [id, paper ids, keyword terms]; keyword ids are "k:" + term. */
function handMap(clusters: [number, string[], string[]][]): MapFile {
  const papers = clusters.flatMap(([id, ids]) =>
    ids.map((pid) => ({ id: pid, title: pid, abstract: pid, keywords: [], cluster: id, x: 0, y: 0 })),
  );
  const keywords = clusters.flatMap(([id, , terms]) =>
    terms.map((term) => ({ id: `k:${term}`, term, papers: 1, cluster: id, x: 0, y: 0 })),
  );
  return {
    format: MAP_FORMAT,
    version: MAP_VERSION,
    meta: {
      tool: 'test',
      source: 'hand',
      corpusHash: 'fnv1a64:0',
      settings: DEFAULT_SETTINGS,
      counts: { papers: papers.length, keywords: keywords.length, links: 0, cooccurrences: 0, clusters: clusters.length },
    },
    papers,
    keywords,
    links: [],
    cooccurrences: [],
    clusters: clusters.map(([id, ids, terms]) => ({
      id,
      label: `c${id}`,
      size: ids.length,
      keywordCount: terms.length,
      topKeywords: terms,
    })),
  };
}

const FIRST = handMap([
  [0, ['a1', 'a2', 'a3', 'a4'], ['attention', 'transformer']],
  [1, ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'], ['bandit', 'regret', 'policy']],
  [2, ['c1', 'c2', 'c3'], ['quantum', 'qubit']],
  [3, ['d1', 'd2'], ['graph', 'node']],
]);

// Cluster ids are the second map's own (renumbered, as a fresh build gives them).
const SECOND = handMap([
  [0, ['n1', 'n2', 'n3'], ['diffusion', 'denoising']],
  [1, ['b1', 'b2', 'b3'], ['bandit', 'regret']],
  [2, ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'], ['attention', 'transformer', 'KV cache']],
  [3, ['d1', 'd2'], ['graph', 'node']],
]);

describe('compareMaps', () => {
  it('finds the cluster that grew, the one that shrank, the one gone and the one new, with counts', () => {
    const result = compareMaps(FIRST, SECOND);
    expect(result.clusters.map((c) => [c.trend, c.before?.id ?? null, c.after?.id ?? null])).toEqual([
      ['grown', 0, 2],
      ['shrunk', 1, 1],
      ['gone', 2, null],
      ['same', 3, 3],
      ['new', null, 0],
    ]);
    expect(result.counts).toEqual({ grown: 1, shrunk: 1, same: 1, new: 1, gone: 1 });
    const grown = result.clusters[0];
    expect(grown).toMatchObject({
      before: { id: 0, label: 'c0', size: 4 },
      after: { id: 2, label: 'c2', size: 6 },
      sharedPapers: 4,
      papersIn: 2,
      papersOut: 0,
      paperJaccard: 0.6667,
      keywordJaccard: 0.6667,
      keywordsGained: ['KV cache'],
      keywordsLost: [],
    });
    expect(result.clusters[1]).toMatchObject({ sharedPapers: 3, papersIn: 0, papersOut: 3, keywordsLost: ['policy'] });
    expect(result.clusters[4]).toMatchObject({ papersIn: 3, keywordsGained: ['denoising', 'diffusion'] });
    expect(result.papers).toEqual({ before: 15, after: 14, shared: 9 });
  });

  it('matches clusters by keywords alone when the maps share no paper', () => {
    const later = handMap([
      [7, ['x1', 'x2', 'x3', 'x4', 'x5'], ['attention', 'transformer']],
      [8, ['y1'], ['bandit', 'regret', 'policy', 'exploration']],
    ]);
    const result = compareMaps(FIRST, later);
    expect(result.clusters.map((c) => [c.trend, c.before?.id ?? null, c.after?.id ?? null])).toEqual([
      ['grown', 0, 7],
      ['shrunk', 1, 8],
      ['gone', 2, null],
      ['gone', 3, null],
    ]);
  });

  it('gives each cluster of the second map to one cluster of the first at most, the better match first', () => {
    // Both of the first map's clusters overlap the one cluster of the second; the bigger overlap wins.
    const first = handMap([
      [0, ['p1', 'p2'], ['alpha']],
      [1, ['p3', 'p4', 'p5', 'p6'], ['beta']],
    ]);
    const second = handMap([[0, ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'], ['alpha', 'beta']]]);
    const result = compareMaps(first, second);
    expect(result.clusters.map((c) => [c.trend, c.before?.id ?? null, c.after?.id ?? null])).toEqual([
      ['gone', 0, null],
      ['grown', 1, 0],
    ]);
  });

  it('judges growth by share of the map: a map of twice the papers, every cluster doubled, grew nothing', () => {
    const doubled = handMap([
      [0, ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'], ['attention', 'transformer']],
      [1, ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9', 'b10', 'b11', 'b12'], ['bandit', 'regret', 'policy']],
      [2, ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'], ['quantum', 'qubit']],
      [3, ['d1', 'd2', 'd3'], ['graph', 'node']],
    ]);
    // 3/15 → 7/30 is a share 17% larger; 2/15 → 3/30 25% smaller; 4/15 → 8/30 and 6/15 → 12/30 the same.
    expect(compareMaps(FIRST, doubled).clusters.map((c) => c.trend)).toEqual(['same', 'same', 'grown', 'shrunk']);
  });

  it('lists the gained and lost keywords with the most papers first', () => {
    const before = handMap([[0, ['a1', 'a2'], ['attention', 'transformer']]]);
    const after = handMap([[0, ['a1', 'a2'], ['attention', 'alpha', 'zeta', 'mid']]]);
    after.keywords = after.keywords.map((k) => ({ ...k, papers: { alpha: 1, zeta: 9, mid: 4 }[k.term] ?? 1 }));
    const [row] = compareMaps(before, after).clusters;
    expect(row.keywordsGained).toEqual(['zeta', 'mid', 'alpha']);
    expect(row.keywordsLost).toEqual(['transformer']);
  });

  it('finds nothing changed between a map and itself, and the same answer every time', () => {
    const result = compareMaps(FIRST, FIRST);
    expect(result.counts).toEqual({ grown: 0, shrunk: 0, same: 4, new: 0, gone: 0 });
    expect(compareMaps(FIRST, SECOND)).toEqual(compareMaps(FIRST, SECOND));
  });
});

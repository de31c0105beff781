import { describe, expect, it } from 'vitest';
import type { MapFile, MapPaper } from '../../../src/core/map';
import { clusterTrends, computeBursts, computeTimeIndex, yearStats } from '../../../src/core/time';

function paper(id: string, cluster: number, year?: number): MapPaper {
  return { id, title: id, abstract: id, keywords: [], cluster, x: 0, y: 0, ...(year === undefined ? {} : { year }) };
}

type TimeMap = Pick<MapFile, 'papers' | 'links' | 'clusters'>;

function cluster(id: number) {
  return { id, label: `c${id}`, size: 0, keywordCount: 0, topKeywords: [] };
}

describe('computeTimeIndex', () => {
  it('counts papers per year for the map, each keyword and each cluster, gaps included', () => {
    const map: TimeMap = {
      papers: [paper('a', 0, 2001), paper('b', 0, 2001), paper('c', 1, 2004), paper('d', 1)],
      links: [
        { paper: 'a', keyword: 'k:x', weight: 1 },
        { paper: 'c', keyword: 'k:x', weight: 1 },
        { paper: 'd', keyword: 'k:x', weight: 1 }, // undated: not counted
        { paper: 'b', keyword: 'k:y', weight: 1 },
      ],
      clusters: [cluster(0), cluster(1)],
    };
    const time = computeTimeIndex(map);
    expect(time).toBeDefined();
    if (!time) return;
    expect([time.firstYear, time.lastYear, time.dated]).toEqual([2001, 2004, 3]);
    expect([...time.papers]).toEqual([2, 0, 0, 1]);
    expect([...(time.keywords.get('k:x') ?? [])]).toEqual([1, 0, 0, 1]);
    expect([...(time.keywords.get('k:y') ?? [])]).toEqual([1, 0, 0, 0]);
    expect([...(time.clusters.get(1) ?? [])]).toEqual([0, 0, 0, 1]);
  });

  it("makes the keywords' series once, when first read, from the map as it was", () => {
    const map: TimeMap = {
      papers: [paper('a', 0, 2001), paper('b', 0, 2003)],
      links: [
        { paper: 'a', keyword: 'k:x', weight: 1 },
        { paper: 'b', keyword: 'k:x', weight: 1 },
      ],
      clusters: [cluster(0)],
    };
    const time = computeTimeIndex(map)!;
    const first = time.keywords;
    expect(time.keywords).toBe(first);
    expect([...(first.get('k:x') ?? [])]).toEqual([1, 0, 1]);
    expect(time.keywords.get('k:nothing')).toBeUndefined();
  });

  it('is undefined when no paper has a year', () => {
    expect(computeTimeIndex({ papers: [paper('a', 0)], links: [], clusters: [cluster(0)] })).toBeUndefined();
  });
});

describe('yearStats', () => {
  it('gives first, last, peak (earliest of ties) and mean year', () => {
    expect(yearStats([0, 2, 0, 2, 1], 1990)).toEqual({
      total: 5,
      first: 1991,
      last: 1994,
      peak: 1991,
      mean: (2 * 1991 + 2 * 1993 + 1994) / 5,
    });
    expect(yearStats([0, 0], 1990)).toBeUndefined();
  });
});

describe('computeBursts', () => {
  it('lists bursts of the map keywords strongest first, rounded, capped', () => {
    const time = {
      firstYear: 2000,
      lastYear: 2003,
      papers: Int32Array.from([10, 10, 10, 10]),
      keywords: new Map([
        ['k:a', Int32Array.from([1, 1, 7, 1])],
        ['k:b', Int32Array.from([0, 6, 6, 0])],
      ]),
      clusters: new Map(),
      dated: 40,
    };
    expect(computeBursts(time, ['k:a', 'k:b'])).toEqual([
      { keyword: 'k:b', start: 2001, end: 2002, strength: 3.8408 },
      { keyword: 'k:a', start: 2002, end: 2002, strength: 3.6356 },
    ]);
    expect(computeBursts(time, ['k:a', 'k:b'], 1)).toHaveLength(1);
  });
});

describe('clusterTrends', () => {
  it('names a cluster whose share grows emerging and one whose share shrinks declining', () => {
    const papers: MapPaper[] = [];
    // Cluster 0: 10 papers in 1990, 2 in 2000. Cluster 1: 2 in 1990, 10 in 2000. Cluster 2: 6 and 6.
    const add = (c: number, year: number, n: number) => {
      for (let i = 0; i < n; i++) papers.push(paper(`${c}-${year}-${i}`, c, year));
    };
    add(0, 1990, 10);
    add(0, 2000, 2);
    add(1, 1990, 2);
    add(1, 2000, 10);
    add(2, 1990, 6);
    add(2, 2000, 6);
    const time = computeTimeIndex({ papers, links: [], clusters: [cluster(0), cluster(1), cluster(2)] });
    if (!time) throw new Error('expected a time index');
    const trends = clusterTrends(time);
    expect(trends.map((t) => [t.cluster, t.trend])).toEqual([
      [0, 'declining'],
      [1, 'emerging'],
    ]);
    expect(trends[1].growth).toBeCloseTo(5, 6);
    expect(trends[1].meanYear).toBeCloseTo((2 * 1990 + 10 * 2000) / 12, 6);
  });
});

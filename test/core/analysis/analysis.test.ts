import { describe, expect, it } from 'vitest';
import {
  benjaminiHochbergLog,
  bridgingPapers,
  computeGaps,
  computeParticipation,
  computeThematicMap,
  countCooccurrences,
  logDepletionPValue,
  logFactorials,
  ranks,
  taroneCutoff,
  writeThematicMapSvg,
} from '../../../src/core/analysis';
import { clusterColor, yearColor } from '../../../src/core/style';
import { type PaperSpec, arithmeticMap, mapOf, twoCliques } from './smallMaps';

/** C(n, k) exactly, for small numbers. */
function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

describe('logDepletionPValue (one-sided Fisher exact test)', () => {
  const lf = logFactorials(40);
  it('gives the hypergeometric lower tail', () => {
    // N = 9, a = 4, b = 5, never together: C(5, 5) / C(9, 5) = 1/126.
    expect(Math.exp(logDepletionPValue(lf, 9, 4, 5, 0))).toBeCloseTo(1 / 126, 12);
    // P(X ≤ 2) for N = 20, a = 8, b = 7: sum of the three terms.
    const want = [0, 1, 2].reduce((s, x) => s + (choose(8, x) * choose(12, 7 - x)) / choose(20, 7), 0);
    expect(Math.exp(logDepletionPValue(lf, 20, 8, 7, 2))).toBeCloseTo(want, 12);
  });
  it('is 1 when the observation is at its maximum, and 0 below the support', () => {
    expect(logDepletionPValue(lf, 10, 3, 4, 3)).toBe(0);
    // a + b − N = 2 papers must hold both: seeing 1 is impossible.
    expect(logDepletionPValue(lf, 10, 6, 6, 1)).toBe(-Infinity);
  });
  it('stays finite far below the smallest double', () => {
    const big = logFactorials(20000);
    const log = logDepletionPValue(big, 20000, 10000, 10000, 0);
    expect(Number.isFinite(log)).toBe(true);
    expect(log / Math.LN10).toBeLessThan(-3000);
  });
});

describe('countCooccurrences', () => {
  it('counts shared papers from the links, not the pruned co-occurrence list', () => {
    const table = countCooccurrences(twoCliques(4));
    const at = (a: string, b: string): number =>
      table.pairCount(table.keywordIndex.get(`k:${a}`)!, table.keywordIndex.get(`k:${b}`)!);
    expect(Array.from(table.occurrences)).toEqual([4, 4, 5, 5, 4, 4]);
    expect(at('a', 'b')).toBe(4);
    expect(at('c', 'a')).toBe(4);
    expect(at('c', 'd')).toBe(1);
    expect(at('d', 'c')).toBe(1);
    expect(at('a', 'e')).toBe(0);
    expect(at('a', 'a')).toBe(0);
  });

  it("lists each paper's keywords ascending with their weights, and each keyword's papers, whatever the link order", () => {
    const map = twoCliques(3);
    // Links in reverse order, and one paper's link repeated with another weight (counted once, first weight kept).
    const links = [...map.links].reverse();
    const first = links.find((l) => l.paper === 'bridge')!;
    links.push({ ...first, weight: 99 });
    const table = countCooccurrences({ ...map, links });
    // The reference: straight from the links, one paper and keyword at a time.
    map.papers.forEach((paper, p) => {
      const own = new Map<number, number>();
      for (const l of links) {
        const k = table.keywordIndex.get(l.keyword)!;
        if (l.paper === paper.id && !own.has(k)) own.set(k, l.weight);
      }
      const ks = [...own.keys()].sort((a, b) => a - b);
      expect(Array.from(table.paperKeywords[p])).toEqual(ks);
      expect(Array.from(table.paperWeights[p])).toEqual(ks.map((k) => own.get(k)));
    });
    table.keywordIds.forEach((id, k) => {
      const papers = map.papers.flatMap((paper, p) => (links.some((l) => l.paper === paper.id && l.keyword === id) ? [p] : []));
      expect(Array.from(table.keywordPapers[k])).toEqual(papers);
      expect(table.occurrences[k]).toBe(papers.length);
    });
    const bridge = map.papers.findIndex((p) => p.id === 'bridge');
    expect(table.paperKeywords[bridge]).toHaveLength(2);
    expect(table.pairCount(table.keywordIndex.get('k:c')!, table.keywordIndex.get('k:d')!)).toBe(1);
  });
});

describe('computeGaps', () => {
  it('ranks the pairs of two cliques by their exact p-values, each with its Benjamini–Hochberg q', () => {
    const report = computeGaps(countCooccurrences(twoCliques(8)), { top: 20 });
    expect(report.papers).toBe(17);
    expect(report.fdr).toBe(0.05);
    expect(report.keywordPairs).toBe(15);
    // Every pair could reach p ≤ 0.05 / 15 with no paper in common: all 15 are tested.
    expect(report.keywordPairsTested).toBe(15);
    const pairs = report.keywords.map((g) => `${g.termA}-${g.termB}`);
    // 1/24310: a term of 8 papers and one of 9 never together; then 9/24310: the 8-and-8 pairs and
    // c-d (one paper together), whose p the arithmetic makes a hair larger. Pairs inside a clique are
    // over-represented: no gap.
    expect(pairs).toEqual(['a-d', 'b-d', 'c-e', 'c-f', 'a-e', 'a-f', 'b-e', 'b-f', 'c-d']);
    expect(report.keywordPairsSignificant).toBe(9);
    const [first] = report.keywords;
    expect(first.observed).toBe(0);
    expect(first.expected).toBeCloseTo(72 / 17, 12);
    expect(first.log10P).toBeCloseTo(Math.log10(1 / 24310), 12);
    expect(first.p).toBeCloseTo(1 / 24310, 15);
    // Four pairs share the smallest p: q = p · 15 / 4.
    expect(first.log10Q).toBeCloseTo(Math.log10(15 / 4 / 24310), 12);
    expect(first.significant).toBe(true);
    expect(first.bridges).toEqual([]);
    const cd = report.keywords[8];
    expect(cd.log10P).toBeCloseTo(Math.log10(9 / 24310), 12);
    expect(cd.q).toBeCloseTo((9 / 24310) * (15 / 9), 15);
    expect(cd.bridges).toEqual(['bridge']);
  });

  it('lists nothing when the map is too small for any pair to be significant (Tarone leaves none to test)', () => {
    // Nine papers: a-d (4 and 5 papers, never together) has p = 1/126, the lowest any pair can
    // reach; 8 pairs could get it, more than 0.05 / 1/126 = 6.3, so Tarone's K is 7 and none is tested.
    const report = computeGaps(countCooccurrences(twoCliques(4)), { top: 20 });
    expect([report.keywordPairs, report.keywordPairsTested, report.keywordPairsSignificant]).toEqual([15, 0, 0]);
    expect(report.keywords).toEqual([]);
    // At a false discovery rate of 10% the 8 pairs of 4 and 5 papers are tested and the four apart pass (q = 2/126).
    const lenient = computeGaps(countCooccurrences(twoCliques(4)), { fdr: 0.1 });
    expect(lenient.keywordPairsTested).toBe(8);
    expect(lenient.keywords.map((g) => `${g.termA}-${g.termB}`)).toEqual(['a-d', 'b-d', 'c-e', 'c-f']);
    expect(lenient.keywords[0].q).toBeCloseTo(2 / 126, 12);
  });

  it('lists only the clearly depleted pair among noise, and nothing on noise alone', () => {
    const map = arithmeticMap(true);
    const table = countCooccurrences(map);
    const report = computeGaps(table);
    expect(report.keywords.map((g) => `${g.termA}-${g.termB}`)).toEqual(['x-y']);
    const [xy] = report.keywords;
    expect([xy.observed, xy.expected]).toEqual([0, 15]);
    expect(xy.log10P).toBeCloseTo(-Math.log10(choose(60, 30)), 10);
    expect(xy.q).toBeLessThan(1e-15);
    // Noise pairs below expectation exist (y and t4: 4 papers, 4.5 expected) but are not listed.
    const index = (t: string): number => table.keywordIndex.get(`k:${t}`)!;
    expect(table.pairCount(index('y'), index('t4'))).toBe(4);

    const noise = computeGaps(countCooccurrences(arithmeticMap(false)));
    expect(noise.keywordPairsTested).toBeGreaterThan(20);
    expect(noise.keywordPairsSignificant).toBe(0);
    expect(noise.keywords).toEqual([]);
  });

  it('lets one keyword take at most perKeyword pairs of the list', () => {
    const report = computeGaps(countCooccurrences(twoCliques(8)), { perKeyword: 1 });
    expect(report.keywords.map((g) => `${g.termA}-${g.termB}`)).toEqual(['a-d', 'c-e', 'b-f']);
    expect(report.keywordPairsSignificant).toBe(9);
  });

  it('puts a frequent pair that never co-occurs first and leaves out pairs of rare terms (Tarone)', () => {
    const papers: PaperSpec[] = [];
    for (let i = 0; i < 20; i++) {
      const keywords = [i < 10 ? 'x' : 'y'];
      if (i === 0) keywords.push('z');
      if (i === 10) keywords.push('w');
      papers.push({ id: `p${i}`, keywords, cluster: i < 10 ? 0 : 1 });
    }
    const report = computeGaps(countCooccurrences(mapOf(papers, { x: 0, y: 1, z: 0, w: 1 })), { minPapers: 1 });
    expect(report.keywords.map((g) => `${g.termA}-${g.termB}`)).toEqual(['x-y']);
    expect(report.keywords[0].log10P).toBeCloseTo(-Math.log10(choose(20, 10)), 10);
    // z and w (one paper each) never meet either, but that is what chance gives: p ≥ 19/20 whatever
    // happens, so neither they nor z or w with x or y (p ≥ 1/2) count as tested.
    expect([report.keywordPairs, report.keywordPairsTested]).toEqual([6, 1]);
    // With the default floor of 2 papers the rare terms are not even paired.
    expect(computeGaps(countCooccurrences(mapOf(papers, { x: 0, y: 1, z: 0, w: 1 }))).keywordPairs).toBe(1);
  });

  it('refuses a false discovery rate outside (0, 1)', () => {
    const table = countCooccurrences(twoCliques(4));
    expect(() => computeGaps(table, { fdr: 0 })).toThrow(RangeError);
    expect(() => computeGaps(table, { fdr: 1 })).toThrow(RangeError);
  });

  it('reports cluster pairs with their bridging papers and q', () => {
    const report = computeGaps(countCooccurrences(twoCliques(4)));
    expect(report.clusters).toHaveLength(1);
    const [pair] = report.clusters;
    expect([pair.a, pair.b, pair.papersA, pair.papersB, pair.observed]).toEqual([0, 1, 5, 5, 1]);
    expect(pair.expected).toBeCloseTo(25 / 9, 12);
    expect(pair.log10P).toBeCloseTo(Math.log10(5 / 126), 12);
    // One cluster pair: q = p = 0.040, a gap at 5%.
    expect(pair.q).toBeCloseTo(5 / 126, 12);
    expect(pair.significant).toBe(true);
    expect(pair.bridges).toEqual(['bridge']);
  });
});

describe('multiple testing', () => {
  it('adjusts p-values as Benjamini and Hochberg do, the hypotheses not given counting as p = 1', () => {
    const q = benjaminiHochbergLog([0.01, 0.04, 0.03, 0.5].map(Math.log), 4).map(Math.exp);
    expect(q[0]).toBeCloseTo(0.04, 12);
    expect(q[1]).toBeCloseTo(0.04 * (4 / 3), 12);
    expect(q[2]).toBeCloseTo(0.04 * (4 / 3), 12);
    expect(q[3]).toBeCloseTo(0.5, 12);
    expect(benjaminiHochbergLog([Math.log(0.02)], 100).map(Math.exp)).toEqual([1]);
  });

  it("takes Tarone's least K with at most K hypotheses able to reach alpha / K", () => {
    // 3 hypotheses could reach 1e-4, 10 could reach 0.004, 100 only 0.3.
    const groups = [
      { logMinP: Math.log(1e-4), count: 3 },
      { logMinP: Math.log(0.004), count: 10 },
      { logMinP: Math.log(0.3), count: 100 },
    ];
    // K = 12: 0.05 / 12 = 0.0042 keeps the 13 of 1e-4 and 0.004 (13 > 12); K = 13: 0.0038 keeps 3.
    expect(taroneCutoff(groups, 0.05)).toEqual({ logCutoff: Math.log(0.05) - Math.log(13), testable: 3 });
    expect(taroneCutoff([], 0.05).testable).toBe(0);
  });
});

describe('computeParticipation', () => {
  it('is 0 inside a clique and known for the bridge', () => {
    const map = twoCliques(4);
    const table = countCooccurrences(map);
    const { keywords, papers, clusterCount } = computeParticipation(table);
    expect(clusterCount).toBe(2);
    const of = (t: string): number => keywords[table.keywordIndex.get(`k:${t}`)!];
    expect(of('a')).toBe(0);
    expect(of('f')).toBe(0);
    // c: 8 ties to its own clique, 1 to d: 1 − (8/9)² − (1/9)² = 16/81.
    expect(of('c')).toBeCloseTo(16 / 81, 12);
    expect(of('d')).toBeCloseTo(16 / 81, 12);
    const paper = (id: string): number => papers[map.papers.findIndex((p) => p.id === id)];
    expect(paper('bridge')).toBeCloseTo(0.5, 12);
    expect(paper('L0')).toBe(0);
  });

  it('lists the bridging papers of a cluster pair, most even first', () => {
    const papers: PaperSpec[] = [
      { id: 'even', keywords: ['a', 'd'], cluster: 0 },
      { id: 'lopsided', keywords: ['a', 'b', 'd'], cluster: 0 },
      { id: 'inside', keywords: ['a', 'b'], cluster: 0 },
      { id: 'other', keywords: ['d', 'e'], cluster: 1 },
    ];
    const table = countCooccurrences(mapOf(papers, { a: 0, b: 0, d: 1, e: 1 }));
    const found = bridgingPapers(table, 0, 1);
    expect(found.map((b) => b.paperId)).toEqual(['even', 'lopsided']);
    expect(found[0].balance).toBeCloseTo(0.5, 12);
    expect(found[1].balance).toBeCloseTo(1 / 3, 12);
  });
});

describe('computeThematicMap', () => {
  it('places two bridged cliques and an isolated pair in bibliometrix quadrants', () => {
    const base = twoCliques(4);
    const papers: PaperSpec[] = base.papers.map((p) => ({
      id: p.id,
      keywords: p.keywords.map((k) => k.term),
      cluster: p.cluster,
      year: p.year,
    }));
    papers.push({ id: 'G0', keywords: ['g', 'h'], cluster: 2 }, { id: 'G1', keywords: ['g', 'h'], cluster: 2 });
    const map = mapOf(papers, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1, g: 2, h: 2 });
    const { themes, centralityMid, densityMid } = computeThematicMap(countCooccurrences(map));
    expect(centralityMid).toBe(2);
    expect(densityMid).toBe(2);
    const byCluster = new Map(themes.map((t) => [t.cluster, t]));
    const c0 = byCluster.get(0)!;
    // Association strength: internal a-b 4/16, a-c and b-c 4/20; external c-d 1/25.
    expect(c0.density).toBeCloseTo((100 * (0.25 + 0.2 + 0.2)) / 3, 10);
    expect(c0.centrality).toBeCloseTo(1 / 25, 12);
    expect(byCluster.get(1)!.centrality).toBeCloseTo(1 / 25, 12);
    const c2 = byCluster.get(2)!;
    expect(c2.centrality).toBe(0);
    expect(c2.density).toBeCloseTo((100 * 0.5) / 2, 12);
    expect(themes.map((t) => [t.cluster, t.centralityRank, t.densityRank, t.quadrant])).toEqual([
      [0, 2.5, 1.5, 'basic'],
      [1, 2.5, 1.5, 'basic'],
      [2, 1, 3, 'niche'],
    ]);
    expect(c0.meanYear).toBeCloseTo((4 * 2020 + 2022) / 5, 12);
    expect(c2.meanYear).toBeNull();
  });

  it('colours the bubbles by mean year when asked, on the overlay scale, with a colour bar naming the years', () => {
    const thematic = computeThematicMap(countCooccurrences(twoCliques(4)));
    // Cluster 0's papers average 2020.4, cluster 1's 2024.
    const fills = (svg: string): string[] =>
      [...svg.matchAll(/data-cluster="(\d)"[\s\S]*?<circle [^>]*fill="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
    const byYear = writeThematicMapSvg(thematic, { colorByYear: true });
    expect(fills(byYear).sort()).toEqual([`0:${yearColor(0, 'light')}`, `1:${yearColor(1, 'light')}`]);
    expect(byYear).toContain('<g id="year-legend" aria-label="Colour: mean year, 2020.4 to 2024">');
    expect(byYear).toMatch(/<svg [^>]*height="426" viewBox="0 0 400 426"/);
    expect(fills(writeThematicMapSvg(thematic, { colorByYear: true, theme: 'dark' })).sort()).toEqual([
      `0:${yearColor(0, 'dark')}`,
      `1:${yearColor(1, 'dark')}`,
    ]);
    const plain = writeThematicMapSvg(thematic);
    expect(plain).not.toContain('year-legend');
    expect(fills(plain).sort()).toEqual([`0:${clusterColor(0, 'light')}`, `1:${clusterColor(1, 'light')}`]);
  });

  it('ranks like R, ties sharing their mean rank', () => {
    expect(ranks([3, 1, 3, 2])).toEqual([3.5, 1, 3.5, 2]);
  });

  it('writes an SVG with four quadrants and one clickable bubble per theme', () => {
    const svg = writeThematicMapSvg(computeThematicMap(countCooccurrences(twoCliques(4))), { stamp: 'stamp <&>' });
    expect(svg.match(/class="bubble" data-cluster="\d+"/g)).toEqual([
      'class="bubble" data-cluster="0"',
      'class="bubble" data-cluster="1"',
    ]);
    for (const name of ['Motor themes', 'Basic themes', 'Niche themes', 'Emerging or declining themes'])
      expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain('<metadata>stamp &lt;&amp;&gt;</metadata>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});

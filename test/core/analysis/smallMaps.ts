import { type MapFile, validateMap } from '../../../src/core/map';

/** A paper of a hand-made map: its keyword terms (ids are `k:` + term) and its cluster. */
export interface PaperSpec {
  id: string;
  keywords: string[];
  cluster: number;
  year?: number;
}

/**
 * A valid map file from papers alone: keywords take the cluster given in `keywordCluster`,
 * positions are spread out so the validator's checks pass, every link has weight 1.
 */
export function mapOf(papers: PaperSpec[], keywordCluster: Record<string, number>): MapFile {
  const terms = Object.keys(keywordCluster);
  const count = (t: string): number => papers.filter((p) => p.keywords.includes(t)).length;
  const clusterIds = [...new Set([...papers.map((p) => p.cluster), ...Object.values(keywordCluster)])].sort((a, b) => a - b);
  const links = papers.flatMap((p) => p.keywords.map((t) => ({ paper: p.id, keyword: `k:${t}`, weight: 1 })));
  const map = {
    format: 'topic-map',
    version: 1,
    meta: {
      tool: 'topic-map 0.1.0',
      source: 'test.jsonl',
      corpusHash: 'fnv1a64:0000000000000000',
      settings: { topK: 10, minDf: 1, maxKeywords: 300, resolution: 1, seed: 42 },
      counts: {
        papers: papers.length,
        keywords: terms.length,
        links: links.length,
        cooccurrences: 0,
        clusters: clusterIds.length,
      },
    },
    papers: papers.map((p, i) => ({
      id: p.id,
      title: `Paper ${p.id}`,
      abstract: `About ${p.keywords.join(', ')}.`,
      ...(p.year === undefined ? {} : { year: p.year }),
      keywords: p.keywords.map((t) => ({ term: t, score: 1 })),
      cluster: p.cluster,
      x: i * 100,
      y: 0,
    })),
    keywords: terms.map((t, i) => ({ id: `k:${t}`, term: t, papers: count(t), cluster: keywordCluster[t], x: i * 100, y: 500 })),
    links,
    cooccurrences: [],
    clusters: clusterIds.map((id) => ({
      id,
      label: `cluster ${id}`,
      size: papers.filter((p) => p.cluster === id).length,
      keywordCount: terms.filter((t) => keywordCluster[t] === id).length,
      topKeywords: terms.filter((t) => keywordCluster[t] === id),
    })),
  };
  return validateMap(map, 'test.map.json');
}

/**
 * Two cliques joined by one bridge: m papers each hold all of a, b, c (cluster 0), m papers all of
 * d, e, f (cluster 1), and one paper holds c and d.
 */
export function twoCliques(m = 4): MapFile {
  const papers: PaperSpec[] = [];
  for (let i = 0; i < m; i++) papers.push({ id: `L${i}`, keywords: ['a', 'b', 'c'], cluster: 0, year: 2020 });
  for (let i = 0; i < m; i++) papers.push({ id: `R${i}`, keywords: ['d', 'e', 'f'], cluster: 1, year: 2024 });
  papers.push({ id: 'bridge', keywords: ['c', 'd'], cluster: 0, year: 2022 });
  return mapOf(papers, { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 });
}

/**
 * 60 papers whose terms are placed by arithmetic: "x" in papers 0–29 and, with `depleted`, "y" in
 * papers 30–59 (never together: 15 expected, p = 1 / C(60, 30)), else "y" in papers 0 and 3
 * modulo 4 (15 together, as many as expected). Noise terms by residues of the paper number: bits 0, 1 and 2
 * (t0, t1, t2), multiples of 3 (t3), of 7 (t4) and 1 modulo 5 (t5), together about as often as
 * chance has them. A paper left with no term gets "study" (papers 30–59 with no other).
 */
export function arithmeticMap(depleted: boolean): MapFile {
  const papers: PaperSpec[] = [];
  for (let i = 0; i < 60; i++) {
    const keywords: string[] = [];
    if (i < 30) keywords.push('x');
    if (depleted ? i >= 30 : i % 4 === 0 || i % 4 === 3) keywords.push('y');
    if (i & 1) keywords.push('t0');
    if (i & 2) keywords.push('t1');
    if (i & 4) keywords.push('t2');
    if (i % 3 === 0) keywords.push('t3');
    if (i % 7 === 0) keywords.push('t4');
    if (i % 5 === 1) keywords.push('t5');
    if (keywords.length === 0) keywords.push('study');
    papers.push({ id: `p${i}`, keywords, cluster: i < 30 ? 0 : 1 });
  }
  const terms = ['x', 'y', 't0', 't1', 't2', 't3', 't4', 't5', 'study'].filter((t) => papers.some((p) => p.keywords.includes(t)));
  return mapOf(papers, Object.fromEntries(terms.map((t) => [t, t === 'y' || t === 't0' ? 1 : 0])));
}

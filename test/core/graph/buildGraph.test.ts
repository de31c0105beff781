import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { GRAPH_CONFIG } from '../../../src/core/graph/graphConfig';
import type { KeywordIndex } from '../../../src/core/map';
import { syntheticIndex } from '../../fixtures/syntheticIndex';

/** A hand-made index: terms named by key, docs listed best first with falling scores. */
function indexOf(docs: string[][]): KeywordIndex {
  const keys = [...new Set(docs.flat())].sort();
  const vocabulary = keys.map((key) => ({ key, term: key.toUpperCase(), df: docs.filter((d) => d.includes(key)).length }));
  return {
    vocabulary,
    docs: docs.map((d) => d.map((key, r) => ({ term: keys.indexOf(key), score: 10 - r }))),
  };
}

const SETTINGS = { topK: 10, minDf: 2, maxKeywords: 300 };

describe('buildGraph', () => {
  const index = indexOf([
    ['solo0', 'quantum circuit', 'qubit', 'quantum gate', 'method'],
    ['qubit', 'quantum circuit', 'quantum gate', 'method'],
    ['quantum gate', 'qubit', 'solo1', 'method'],
    ['protein folding', 'amino acid', 'enzyme', 'method'],
    ['amino acid', 'enzyme', 'protein folding', 'solo2'],
    ['enzyme', 'protein folding', 'amino acid', 'method'],
    ['solo3', 'solo4'],
  ]);
  const graph = buildGraph(index, SETTINGS);
  const terms = graph.keywordTerms.map((t) => index.vocabulary[t].key);

  it('keeps only terms with df >= minDf as keyword nodes', () => {
    expect([...terms].sort()).toEqual([
      'amino acid',
      'enzyme',
      'method',
      'protein folding',
      'quantum circuit',
      'quantum gate',
      'qubit',
    ]);
    expect(graph.paperCount).toBe(7);
  });

  it('links each paper to the keywords it contains, best first, weight 1 for its best', () => {
    const of = (p: number): string[] => graph.links.filter((l) => l.paper === p).map((l) => terms[l.keyword]);
    expect(of(0)).toEqual(['quantum circuit', 'qubit', 'quantum gate', 'method']);
    expect(of(2)).toEqual(['quantum gate', 'qubit', 'method']);
    expect(graph.links.filter((l) => l.paper === 0).map((l) => l.weight)).toEqual([1, 0.8889, 0.7778, 0.6667]);
    // Paper 6 has no term shared with any other paper: it stays unlinked.
    expect(of(6)).toEqual([]);
    for (const link of graph.links) expect(link.weight).toBeGreaterThan(0);
  });

  it('counts linked papers per keyword and ranks keywords by relevance', () => {
    expect(graph.keywordPapers[terms.indexOf('method')]).toBe(5);
    expect(graph.keywordPapers[terms.indexOf('quantum circuit')]).toBe(2);
    for (let j = 1; j < terms.length; j++) {
      expect(graph.keywordRelevance[j - 1]).toBeGreaterThanOrEqual(graph.keywordRelevance[j]);
    }
  });

  it('counts co-occurrences over papers and normalises association strength to max 1', () => {
    const pair = (a: string, b: string) =>
      graph.cooccurrences.find((c) => [terms[c.source], terms[c.target]].sort().join('|') === [a, b].sort().join('|'));
    expect(pair('qubit', 'quantum gate')?.count).toBe(3);
    expect(pair('quantum circuit', 'qubit')?.count).toBe(2);
    // Never together: no link. Together once only: dropped as chance.
    expect(pair('qubit', 'enzyme')).toBeUndefined();
    expect(Math.max(...graph.cooccurrences.map((c) => c.weight))).toBe(1);
    for (const c of graph.cooccurrences) expect(c.source).toBeLessThan(c.target);
    // 'quantum circuit' (2 papers) with 'qubit' (3): 2 / (2 * 3) beats 'qubit'–'method' 3 / (3 * 5).
    expect(pair('quantum circuit', 'qubit')!.weight).toBeGreaterThan(pair('qubit', 'method')!.weight);
  });

  it('weights up a phrase that a title of its papers contains, not a lone word', () => {
    // Shown in lowercase, so that "enzyme" is a lone common word (the fixture's capitals make names).
    const lower: KeywordIndex = { ...index, vocabulary: index.vocabulary.map((v) => ({ ...v, term: v.key })) };
    const plain = buildGraph(lower, SETTINGS);
    // Titles as keys (termKey): paper 0's names "quantum circuit", paper 3's "protein folding" and "enzyme".
    const titled = buildGraph(lower, SETTINGS, ['quantum circuit design', '', '', 'protein folding enzyme kinetics', '', '', '']);
    const keysOf = (g: typeof graph): string[] => g.keywordTerms.map((t) => lower.vocabulary[t].key);
    const relevance = (g: typeof graph, key: string): number => g.keywordRelevance[keysOf(g).indexOf(key)];
    const ratio = (key: string): number => relevance(titled, key) / relevance(plain, key);
    expect(GRAPH_CONFIG.titleBoost).toBeGreaterThan(1);
    expect(ratio('protein folding')).toBeCloseTo(GRAPH_CONFIG.titleBoost, 2);
    expect(ratio('quantum circuit')).toBeCloseTo(GRAPH_CONFIG.titleBoost, 2);
    // A lone lowercase word is in titles too often to say anything; an untitled phrase is unchanged.
    expect(ratio('enzyme')).toBeCloseTo(1, 2);
    expect(ratio('amino acid')).toBeCloseTo(1, 2);
    // Two phrases of equal weight in the same papers: without titles key order puts "amino acid"
    // first, with them the titled "protein folding" leads.
    expect(relevance(plain, 'amino acid')).toBeCloseTo(relevance(plain, 'protein folding'), 3);
    expect(keysOf(plain).indexOf('amino acid')).toBeLessThan(keysOf(plain).indexOf('protein folding'));
    expect(keysOf(titled).indexOf('protein folding')).toBeLessThan(keysOf(titled).indexOf('amino acid'));
  });

  it('is deterministic', () => {
    expect(buildGraph(index, SETTINGS)).toEqual(graph);
  });

  it('caps links per paper at topK', () => {
    const small = buildGraph(index, { ...SETTINGS, topK: 2 });
    const perPaper = new Map<number, number>();
    for (const l of small.links) perPaper.set(l.paper, (perPaper.get(l.paper) ?? 0) + 1);
    expect(Math.max(...perPaper.values())).toBe(2);
  });

  it('gives every paper 2 links when it has 2 eligible terms, even past maxKeywords', () => {
    const capped = buildGraph(index, { ...SETTINGS, maxKeywords: 1 });
    for (let p = 0; p < 6; p++) {
      expect(capped.links.filter((l) => l.paper === p).length, `paper ${p}`).toBeGreaterThanOrEqual(2);
    }
    // The cap gives way to coverage, but no further than needed: 'method' and 'qubit' cover papers
    // 0-2; papers 3-5 need two protein terms (paper 4 lacks 'method').
    expect(capped.keywordTerms.length).toBe(4);
  });

  it('honours maxKeywords on a bigger corpus while keeping every paper linked twice', () => {
    const { index: big } = syntheticIndex({
      topics: 4,
      papersPerTopic: 50,
      termsPerTopic: 40,
      termsPerPaper: 8,
      sharedPerPaper: 2,
      seed: 1,
    });
    const g = buildGraph(big, { topK: 10, minDf: 2, maxKeywords: 60 });
    expect(g.keywordTerms.length).toBeLessThanOrEqual(60);
    expect(g.keywordTerms.length).toBeGreaterThan(40);
    const perPaper = new Array<number>(g.paperCount).fill(0);
    for (const l of g.links) perPaper[l.paper]++;
    expect(Math.min(...perPaper)).toBeGreaterThanOrEqual(2);
    // Keywords hang off at least two papers each (one-paper keywords are dropped).
    expect(Math.min(...g.keywordPapers)).toBeGreaterThanOrEqual(2);
    expect(new Set(g.keywordTerms).size).toBe(g.keywordTerms.length);
  });

  it('links a lone common word only where it is a top-3 term or the paper needs it for 2 links', () => {
    const idx = indexOf([
      ['quantum circuit', 'quantum gate', 'quantum error', 'solo1', 'method'],
      ['quantum gate', 'quantum circuit', 'quantum error', 'solo3', 'method'],
      ['solo4', 'solo5', 'solo6', 'method', 'protein folding'],
      ['protein folding', 'solo7', 'solo8', 'solo9', 'method'],
    ]);
    // indexOf writes terms in capitals (names); 'method' is a lowercase word.
    const method = idx.vocabulary.findIndex((t) => t.key === 'method');
    idx.vocabulary[method] = { ...idx.vocabulary[method], term: 'method' };
    const g = buildGraph(idx, SETTINGS);
    const keys = g.keywordTerms.map((t) => idx.vocabulary[t].key);
    const of = (p: number): string[] => g.links.filter((l) => l.paper === p).map((l) => keys[l.keyword]);
    // Papers 0 and 1 have three phrase links: 'method', their fourth shared term (ranks count
    // shared terms only), does not link them.
    expect(of(0)).toEqual(['quantum circuit', 'quantum gate', 'quantum error']);
    expect(of(1)).toEqual(['quantum gate', 'quantum circuit', 'quantum error']);
    // In papers 2 and 3 'method' is among the 3 best shared terms: it links them, in their order.
    expect(of(2)).toEqual(['method', 'protein folding']);
    expect(of(3)).toEqual(['protein folding', 'method']);
  });

  it('makes no node of a lone common word in more than maxWordDfShare of the papers, but may of a phrase', () => {
    // 40 papers: 16 on cardiac arrest (40%, phrases only), 8 on each of three other topics;
    // "patients" in every one.
    const topics = [
      ['breast cancer', 'mammography'],
      ['liver cirrhosis', 'ascites'],
      ['hip fracture', 'arthroplasty'],
    ];
    const docs = Array.from({ length: 40 }, (_, d) =>
      d < 16
        ? ['patients', 'cardiac arrest', 'ventricular fibrillation', `solo${d}`]
        : ['patients', ...topics[d % 3], `solo${d}`],
    );
    const idx = indexOf(docs);
    for (const word of ['patients', 'mammography', 'ascites', 'arthroplasty']) {
      const t = idx.vocabulary.findIndex((v) => v.key === word);
      idx.vocabulary[t] = { ...idx.vocabulary[t], term: word };
    }
    expect(idx.vocabulary.find((v) => v.key === 'patients')?.df).toBeGreaterThan(GRAPH_CONFIG.maxWordDfShare * 40);
    expect(idx.vocabulary.find((v) => v.key === 'cardiac arrest')?.df).toBeGreaterThan(GRAPH_CONFIG.maxWordDfShare * 40);
    const keys = buildGraph(idx, SETTINGS).keywordTerms.map((t) => idx.vocabulary[t].key);
    expect(keys).not.toContain('patients');
    expect(keys).toEqual(expect.arrayContaining(['cardiac arrest', 'breast cancer', 'mammography']));
    // Below minPapersForTopicality papers the cap does not apply: a third of 10 papers is 3.
    const few = indexOf(docs.slice(0, 10));
    const p = few.vocabulary.findIndex((v) => v.key === 'patients');
    few.vocabulary[p] = { ...few.vocabulary[p], term: 'patients' };
    expect(buildGraph(few, SETTINGS).keywordTerms.map((t) => few.vocabulary[t].key)).toContain('patients');
  });

  it('drops a keyword that ends up linked to a single paper', () => {
    // 'rare' is in two papers but the second ranks it below its topK=2 other keywords.
    const idx = indexOf([
      ['rare', 'alpha', 'beta'],
      ['alpha', 'beta', 'rare'],
      ['alpha', 'beta'],
    ]);
    const g = buildGraph(idx, { topK: 2, minDf: 2, maxKeywords: 10 });
    expect(g.keywordTerms.map((t) => idx.vocabulary[t].key).sort()).toEqual(['alpha', 'beta']);
  });

  it('derives clustering words from the words of each paper’s terms', () => {
    const { paper, word, weight } = graph.wordLinks;
    expect(word.length).toBe(paper.length);
    expect(weight.length).toBe(paper.length);
    const wordLinks = Array.from(paper, (p, i) => ({ paper: p, word: word[i], weight: weight[i] }));
    const wordsOf0 = wordLinks.filter((l) => l.paper === 0);
    expect(wordsOf0.length).toBeGreaterThan(0);
    expect(wordsOf0[0].weight).toBe(1);
    expect(graph.wordCount).toBe(new Set(wordLinks.map((l) => l.word)).size);
    const byWord = new Map<number, number[]>();
    for (const l of wordLinks) byWord.set(l.word, [...(byWord.get(l.word) ?? []), l.paper]);
    const paperSets = [...byWord.values()].map((papers) => papers.join());
    // 'circuit' is in papers 0 and 1; 'quantum' is in 3 of 7 papers, over the generic-word cut (30%).
    expect(paperSets).toContain('0,1');
    expect(paperSets).not.toContain('0,1,2');
  });

  it('counts co-occurrences of maps with thousands of keywords too (past the dense table)', () => {
    // 4,100 terms in pairs, each pair in two papers of its own: 2,050 co-occurrences of count 2.
    const pairs = 2050;
    const vocabulary = Array.from({ length: 2 * pairs }, (_, t) => ({ key: `k${t}`, term: `k${t}`, df: 2 }));
    const docs = Array.from({ length: 2 * pairs }, (_, d) => {
      const p = Math.floor(d / 2);
      return [
        { term: 2 * p, score: 2 },
        { term: 2 * p + 1, score: 1 },
      ];
    });
    const g = buildGraph({ vocabulary, docs }, { topK: 10, minDf: 2, maxKeywords: 5000 });
    expect(g.keywordTerms).toHaveLength(2 * pairs);
    expect(g.cooccurrences).toHaveLength(pairs);
    for (const c of g.cooccurrences) {
      expect(c.count).toBe(2);
      const [a, b] = [g.keywordTerms[c.source], g.keywordTerms[c.target]].sort((x, y) => x - y);
      expect(b).toBe(a + 1);
      expect(a % 2).toBe(0);
    }
  });
});

describe('buildGraph: a term only one paper writes on its own', () => {
  // "thermoacoustic tomography" is written on its own by paper 0 only; paper 1 reaches it as the
  // head of its "microwave thermoacoustic tomography" (half that phrase's score). Its votes
  // (1 + 0.5) beat those of "image reconstruction" (0.9 + 0.5), which both papers write, on the
  // same two papers (same coherence and keyphraseness): only headOnlyWeight can reverse them.
  const index = indexOf([
    ['thermoacoustic tomography', 'image reconstruction', 'a1', 'a2'],
    ['microwave thermoacoustic tomography', 'b1', 'b2', 'b3', 'b4', 'image reconstruction'],
    ['protein folding', 'amino acid', 'c1'],
    ['amino acid', 'protein folding', 'd1'],
  ]);
  const graph = buildGraph(index, SETTINGS);
  const keys = graph.keywordTerms.map((t) => index.vocabulary[t].key);
  const relevance = (key: string): number => graph.keywordRelevance[keys.indexOf(key)];

  it('ranks it below a phrase the papers write themselves', () => {
    expect(keys).toContain('thermoacoustic tomography');
    expect(keys).toContain('image reconstruction');
    expect(relevance('image reconstruction')).toBeGreaterThan(relevance('thermoacoustic tomography'));
    // × 0.25 (GRAPH_CONFIG.headOnlyWeight): 1.4 against 1.5 × 0.25, both × the same coherence.
    expect(relevance('thermoacoustic tomography') / relevance('image reconstruction')).toBeCloseTo((1.5 * 0.25) / 1.4, 2);
  });
});

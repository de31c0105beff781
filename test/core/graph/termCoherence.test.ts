import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/buildGraph';
import { termCoherence } from '../../../src/core/graph/termCoherence';
import type { KeywordIndex } from '../../../src/core/map';

/**
 * Four fields of six papers each. Every paper of a field has the field's three phrases and one
 * phrase of its own; "claim" sits in the first paper of every field, "open problem" in the
 * second: words any paper may use, which its papers share by chance only.
 */
function fields(): KeywordIndex {
  const topics = [
    ['kv cache', 'cache eviction', 'attention head'],
    ['protein folding', 'amino acid', 'enzyme kinetics'],
    ['ship control', 'collision avoidance', 'matrix game'],
    ['wavelet transform', 'image denoising', 'noise model'],
  ];
  const docs: string[][] = [];
  topics.forEach((own, f) => {
    for (let i = 0; i < 6; i++) {
      const terms = [...own, `unique${f}x${i} term`];
      if (i === 0) terms.push('claim');
      if (i === 1) terms.push('open problem');
      docs.push(terms);
    }
  });
  const keys = [...new Set(docs.flat())].sort();
  return {
    vocabulary: keys.map((key) => ({ key, term: key, df: docs.filter((d) => d.includes(key)).length })),
    docs: docs.map((d) => d.map((key, r) => ({ term: keys.indexOf(key), score: 10 - r }))),
  };
}

describe('termCoherence', () => {
  const index = fields();
  const graph = buildGraph(index, { topK: 10, minDf: 2, maxKeywords: 300 });
  const nodes = graph.keywordTerms.map((t) => index.vocabulary[t].key);

  it("finds a field's phrases coherent and words shared across fields not", () => {
    const coherence = (key: string): number => graph.keywordCoherence[nodes.indexOf(key)];
    expect(nodes).toContain('kv cache');
    expect(coherence('kv cache')).toBeGreaterThan(0.5);
    expect(coherence('amino acid')).toBeGreaterThan(0.5);
  });

  it('keeps words that papers share only by chance off the map', () => {
    expect(nodes).not.toContain('claim');
    expect(nodes).not.toContain('open problem');
    expect([...nodes].sort()).toEqual([
      'amino acid',
      'attention head',
      'cache eviction',
      'collision avoidance',
      'enzyme kinetics',
      'image denoising',
      'kv cache',
      'matrix game',
      'noise model',
      'protein folding',
      'ship control',
      'wavelet transform',
    ]);
  });

  it('measures the mean pair similarity against the corpus baseline, with a z-score', () => {
    // Papers 0-1 identical, papers 2-3 share nothing; 20 papers of distinct words around them.
    const vectors: number[][] = [[0, 1], [0, 1], [2], [3]];
    for (let p = 0; p < 20; p++) vectors.push([10 + p]);
    const list = vectors.flatMap((words, paper) => words.map((word) => ({ paper, word })));
    const wordLinks = {
      paper: Int32Array.from(list, (l) => l.paper),
      word: Int32Array.from(list, (l) => l.word),
      weight: new Float64Array(list.length).fill(1),
    };
    const start = Int32Array.from([0, 2, 4]);
    const paper = Int32Array.from([0, 1, 2, 3]);
    const { coherence, significance } = termCoherence(vectors.length, { start, paper }, [0, 1], wordLinks, 30, 200);
    expect(coherence.get(0)).toBeCloseTo(1, 6);
    expect(coherence.get(1)!).toBeLessThanOrEqual(0);
    expect(significance.get(0)!).toBeGreaterThan(1.645);
    expect(significance.get(1)!).toBeLessThan(1);
  });
});

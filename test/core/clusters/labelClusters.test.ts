import { describe, expect, it } from 'vitest';
import { buildGraph, type MapGraph } from '../../../src/core/graph';
import { detectClusters, type Clustering } from '../../../src/core/clusters/detectClusters';
import {
  LABEL_SEPARATOR,
  UNCLUSTERED_LABEL,
  abbreviates,
  labelClusters,
  sameStem,
} from '../../../src/core/clusters/labelClusters';
import type { VocabularyTerm } from '../../../src/core/map';
import { syntheticIndex } from '../../fixtures/syntheticIndex';

const vocabulary: VocabularyTerm[] = [
  { key: 'larg languag model', term: 'large language model', df: 4 },
  { key: 'languag model', term: 'language model', df: 4 },
  { key: 'quantiz', term: 'quantization', df: 3 },
  { key: 'low-bit', term: 'low-bit', df: 2 },
  { key: 'protein', term: 'protein', df: 2 },
  { key: 'benchmark', term: 'benchmark', df: 4 },
];

/** Papers 0-2 in cluster 0, papers 3-4 in cluster 1; links as [paper, keyword, weight]. */
function handGraph(links: [number, number, number][]): MapGraph {
  return {
    paperCount: 5,
    keywordTerms: vocabulary.map((_, i) => i),
    keywordRelevance: vocabulary.map(() => 1),
    keywordPapers: vocabulary.map((_, j) => links.filter((l) => l[1] === j).length),
    keywordCoherence: vocabulary.map(() => 0.5),
    links: links.map(([paper, keyword, weight]) => ({ paper, keyword, weight })),
    cooccurrences: [],
    wordCount: 0,
    wordLinks: { paper: new Int32Array(0), word: new Int32Array(0), weight: new Float64Array(0) },
  };
}

const clustering: Clustering = {
  paperCluster: [0, 0, 0, 1, 1],
  keywordCluster: [0, 0, 0, 0, 1, 1],
  clusterCount: 2,
  unclustered: -1,
};

describe('labelClusters', () => {
  const graph = handGraph([
    [0, 0, 1],
    [0, 1, 0.9],
    [0, 2, 0.8],
    [0, 5, 0.3],
    [1, 0, 1],
    [1, 1, 0.9],
    [1, 2, 0.7],
    [1, 3, 0.5],
    [2, 0, 1],
    [2, 1, 1],
    [2, 3, 0.6],
    [2, 2, 0.4],
    [3, 4, 1],
    [3, 5, 0.9],
    [3, 0, 0.2],
    [4, 4, 1],
    [4, 5, 1],
    [4, 1, 0.1],
  ]);
  const clusters = labelClusters(graph, clustering, vocabulary);

  it('labels a cluster with its three most characteristic terms, skipping repeats', () => {
    // 'language model' ranks second but repeats 'large language model'. Two phrases qualify in
    // cluster 0, so the lone word 'quantization' is left out; cluster 1 has none, so its words name it.
    expect(clusters[0].label).toBe(['large language model', 'low-bit'].join(LABEL_SEPARATOR));
    expect(clusters[1].label).toBe(['protein', 'benchmark'].join(LABEL_SEPARATOR));
  });

  it('skips a term of the same word family as a chosen one, which Porter leaves apart', () => {
    // 'computer scientists' ranks second, as 'language model' does above: the same idea again.
    const family = vocabulary.map((t, i) =>
      i === 0
        ? { key: 'comput scienc', term: 'computer science', df: 4 }
        : i === 1
          ? { key: 'comput scientist', term: 'computer scientists', df: 4 }
          : t,
    );
    expect(labelClusters(graph, clustering, family)[0].label).toBe(['computer science', 'low-bit'].join(LABEL_SEPARATOR));
  });

  it('fills a label with lone common words only when fewer than two phrases qualify', () => {
    // Cluster 0 without 'low-bit': one phrase, so words fill the label, in the cluster's order.
    const g = handGraph([
      [0, 0, 1],
      [0, 2, 0.8],
      [1, 0, 1],
      [1, 2, 0.7],
      [2, 0, 1],
      [2, 5, 0.9],
      [3, 4, 1],
      [3, 5, 0.9],
      [4, 4, 1],
      [4, 5, 1],
    ]);
    expect(labelClusters(g, clustering, vocabulary)[0].label).toBe(
      ['large language model', 'quantization'].join(LABEL_SEPARATOR),
    );
  });

  it('prefers terms concentrated in the cluster over terms spread everywhere', () => {
    // 'benchmark' has some weight in cluster 0 but most of it in cluster 1: it names cluster 1.
    expect(clusters[0].topKeywords.indexOf('benchmark')).toBeGreaterThan(clusters[0].topKeywords.indexOf('low-bit'));
    expect(clusters[1].topKeywords.slice(0, 2)).toEqual(['protein', 'benchmark']);
  });

  it('names a cluster only by terms most of whose weight lies in it, so no term names two', () => {
    // 'language model' weighs 2.1 in cluster 0 and 2 in cluster 1: it names cluster 0 only,
    // where just over half its weight lies; at a quarter (the old rule) it named both.
    const spread = handGraph([
      [0, 1, 1],
      [1, 1, 1],
      [0, 2, 0.5],
      [1, 2, 0.5],
      [3, 1, 1],
      [4, 1, 1],
      [3, 4, 0.5],
      [4, 4, 0.5],
      [2, 1, 0.1],
    ]);
    const labels = labelClusters(spread, clustering, vocabulary).map((c) => c.label);
    expect(labels[0]).toBe(['language model', 'quantization'].join(LABEL_SEPARATOR));
    expect(labels[1]).toBe('protein');
  });

  it('names a cluster by phrases that cover its papers before phrases found in one or two of them', () => {
    // Cluster 0 has 20 papers (0-19), cluster 1 one (20). 'low-bit' is concentrated in cluster 0
    // and heavy on its one paper, but covers 1 of 20 papers; 'KV cache' covers 4: two covering
    // phrases name the cluster and 'low-bit' is left out.
    const vocab: VocabularyTerm[] = vocabulary.map((v, i) => (i === 1 ? { key: 'kv cach', term: 'KV cache', df: 4 } : v));
    const paperCluster = [...new Array<number>(20).fill(0), 1];
    const links: [number, number, number][] = [[0, 3, 1]];
    for (let p = 0; p < 20; p++) links.push([p, 0, 0.2]);
    for (let p = 0; p < 4; p++) links.push([p, 1, 0.2]);
    links.push([20, 4, 1]);
    const graph: MapGraph = { ...handGraph(links), paperCount: 21 };
    const wide: Clustering = { paperCluster, keywordCluster: [0, 0, 0, 0, 1, 1], clusterCount: 2, unclustered: -1 };
    expect(labelClusters(graph, wide, vocab)[0].label).toBe(['large language model', 'KV cache'].join(LABEL_SEPARATOR));
    // Without a second covering phrase, the specific one still names it rather than nothing.
    const thin = graph.links.filter((l) => l.keyword !== 1);
    expect(labelClusters({ ...graph, links: thin }, wide, vocab)[0].label).toBe(
      ['large language model', 'low-bit'].join(LABEL_SEPARATOR),
    );
  });

  it('reports sizes, keyword counts and ranked top keywords, in id order', () => {
    expect(clusters.map((c) => c.id)).toEqual([0, 1]);
    expect(clusters.map((c) => c.size)).toEqual([3, 2]);
    expect(clusters.map((c) => c.keywordCount)).toEqual([4, 2]);
    expect(clusters[0].topKeywords).toEqual(['large language model', 'language model', 'quantization', 'low-bit', 'benchmark']);
  });

  it('names the catch-all cluster plainly', () => {
    const withCatchAll: Clustering = { ...clustering, paperCluster: [0, 0, 0, 1, 2], clusterCount: 3, unclustered: 2 };
    const labels = labelClusters(graph, withCatchAll, vocabulary);
    expect(labels[2].label).toBe(UNCLUSTERED_LABEL);
    expect(labels[2].size).toBe(1);
  });

  it('labels the clusters of a two-topic corpus with their own topic’s terms', () => {
    const { index } = syntheticIndex({
      topics: 2,
      papersPerTopic: 20,
      termsPerTopic: 30,
      termsPerPaper: 8,
      sharedPerPaper: 2,
      seed: 1,
    });
    const g = buildGraph(index, { topK: 10, minDf: 2, maxKeywords: 300 });
    const c = detectClusters(g, { resolution: 1, seed: 42 });
    const labels = labelClusters(g, c, index.vocabulary);
    expect(labels).toHaveLength(2);
    for (const cluster of labels) {
      const parts = cluster.label.split(LABEL_SEPARATOR);
      expect(parts).toHaveLength(3);
      const topicOf = (term: string) => /^t(\d)w/.exec(term)?.[1];
      const paperTopic = topicOf(index.vocabulary[index.docs[c.paperCluster.indexOf(cluster.id)][1].term].term);
      for (const part of parts) expect(topicOf(part), cluster.label).toBe(paperTopic);
      expect(cluster.topKeywords.length).toBe(10);
    }
    expect(labels[0].size + labels[1].size).toBe(g.paperCount);
  });
});

describe('labelClusters with acronyms', () => {
  it('does not name a cluster by an acronym and its expansion both', () => {
    const terms: VocabularyTerm[] = [
      { key: 'rnn', term: 'RNNs', df: 3 },
      { key: 'recurr neural network', term: 'recurrent neural networks', df: 3 },
      { key: 'segment', term: 'segment', df: 3 },
      { key: 'test time', term: 'test time', df: 3 },
    ];
    const weights = [1, 0.9, 0.8, 0.7];
    const graph: MapGraph = {
      paperCount: 3,
      keywordTerms: [0, 1, 2, 3],
      keywordRelevance: [1, 1, 1, 1],
      keywordPapers: [3, 3, 3, 3],
      keywordCoherence: [0.5, 0.5, 0.5, 0.5],
      links: [0, 1, 2].flatMap((paper) => weights.map((weight, keyword) => ({ paper, keyword, weight }))),
      cooccurrences: [],
      wordCount: 0,
      wordLinks: { paper: new Int32Array(0), word: new Int32Array(0), weight: new Float64Array(0) },
    };
    const one: Clustering = { paperCluster: [0, 0, 0], keywordCluster: [0, 0, 0, 0], clusterCount: 1, unclustered: -1 };
    const [cluster] = labelClusters(graph, one, terms);
    // 'segment', a lone common word, is left out: two other terms qualify.
    expect(cluster.label).toBe(['RNNs', 'test time'].join(LABEL_SEPARATOR));
    expect(cluster.topKeywords).toContain('recurrent neural networks');
  });
});

describe('sameStem', () => {
  it('joins stems of one word family and keeps other words apart', () => {
    expect(sameStem('scienc', 'scientist')).toBe(true);
    expect(sameStem('net', 'network')).toBe(true);
    expect(sameStem('robot', 'robot')).toBe(true);
    expect(sameStem('transport', 'transform')).toBe(false);
    expect(sameStem('control', 'contract')).toBe(false);
    expect(sameStem('process', 'procedur')).toBe(false);
    expect(sameStem('ai', 'aid')).toBe(false);
  });
});

describe('abbreviates', () => {
  it('matches an acronym, plural or not, with the initials of its expansion, either way round', () => {
    expect(abbreviates('RNNs', 'recurrent neural networks')).toBe(true);
    expect(abbreviates('retrieval-augmented generation', 'RAG')).toBe(true);
    expect(abbreviates('MoE', 'mixture of experts')).toBe(true);
    expect(abbreviates('LLM', 'large language models')).toBe(true);
    expect(abbreviates('ViT', 'vision transformers')).toBe(true);
    expect(abbreviates('low-rank adaptation', 'LoRA')).toBe(true);
  });

  it('does not match other terms', () => {
    expect(abbreviates('RNNs', 'recurrent networks')).toBe(false);
    expect(abbreviates('RAG', 'retrieval')).toBe(false);
    // One capital is a word, not an acronym: "Adam" is not "a d a m".
    expect(abbreviates('Adam', 'a deep adaptive method')).toBe(false);
    expect(abbreviates('large language models', 'language models')).toBe(false);
    expect(abbreviates('ViT', 'variational transformers')).toBe(false);
    expect(abbreviates('LoRA', 'linear regression analysis')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatMapEval, scoreMap, termKind } from '../../scripts/evalMap';
import type { MapFile } from '../../src/core/map';

/** A map of three papers and four keywords, links as given (paper id → keyword ids). */
function smallMap(links: Record<string, string[]>, labels: string[]): MapFile {
  const terms: Record<string, string> = {
    'k:neural network': 'neural networks',
    'k:control': 'control',
    'k:xml': 'XML',
    'k:web-page': 'web-page',
  };
  const papers = Object.keys(links).map((id, i) => ({ id, title: id, abstract: '', keywords: [], cluster: 0, x: i, y: 0 }));
  const keywords = Object.entries(terms).map(([id, term]) => ({
    id,
    term,
    papers: Object.values(links).filter((ks) => ks.includes(id)).length,
    cluster: 0,
    x: 0,
    y: 0,
  }));
  const mapLinks = Object.entries(links).flatMap(([paper, ks]) => ks.map((keyword) => ({ paper, keyword, weight: 1 })));
  return {
    format: 'topic-map',
    version: 1,
    meta: {
      tool: 'test',
      source: 'small.txt',
      corpusHash: 'fnv1a64:0000000000000000',
      settings: { topK: 10, minDf: 2, maxKeywords: 300, resolution: 1, seed: 42 },
      counts: {
        papers: papers.length,
        keywords: keywords.length,
        links: mapLinks.length,
        cooccurrences: 0,
        clusters: labels.length,
      },
    },
    papers,
    keywords,
    links: mapLinks,
    cooccurrences: [],
    clusters: labels.map((label, id) => ({ id, label, size: 1, keywordCount: 0, topKeywords: [] })),
  };
}

describe('termKind', () => {
  it('tells phrases, lone lowercase words and names or acronyms apart, as the graph stage does', () => {
    expect(termKind('neural networks')).toBe('phrase');
    expect(termKind('e-commerce')).toBe('phrase');
    expect(termKind('control')).toBe('word');
    expect(termKind('Internet')).toBe('name');
    expect(termKind('XML')).toBe('name');
  });
});

describe('scoreMap', () => {
  // Gold: p1 {neural network, xml}; p2 {web page}; p3 {fuzzy logic}.
  // Links: p1 → neural networks (hit), control, XML (hit); p2 → web-page (hit), control; p3 → control, neural networks.
  const gold = new Map([
    ['p1', ['Neural network', 'XML']],
    ['p2', ['web page']],
    ['p3', ['fuzzy logic']],
  ]);
  const map = smallMap(
    { p1: ['k:neural network', 'k:control', 'k:xml'], p2: ['k:web-page', 'k:control'], p3: ['k:control', 'k:neural network'] },
    ['neural networks · control', 'XML'],
  );
  const r = scoreMap(map, gold);

  it('scores nodes, links and labels against the gold phrases (Porter-stemmed)', () => {
    expect(r.nodes).toBe(4);
    expect(r.links).toBe(7);
    // neural networks, XML, web-page are gold for a paper they link to; control for none.
    expect(r.vocabularyPrecision).toBeCloseTo(3 / 4);
    expect(r.nodePrecision).toBeCloseTo(3 / 4);
    expect(r.linkPrecision).toBeCloseTo(3 / 7);
    // Label terms: neural networks (gold), control (not), XML (gold).
    expect(r.labelPrecision).toBeCloseTo(2 / 3);
    expect(r.papersUnderTwoLinks).toBe(0);
  });

  it('splits node and link precision by kind of keyword', () => {
    expect(r.byKind.phrase).toEqual({ nodes: 2, nodePrecision: 1, links: 3, linkPrecision: 2 / 3 });
    expect(r.byKind.word).toEqual({ nodes: 1, nodePrecision: 0, links: 3, linkPrecision: 0 });
    expect(r.byKind.name).toEqual({ nodes: 1, nodePrecision: 1, links: 1, linkPrecision: 1 });
    const text = formatMapEval({ file: 'small.jsonl', seconds: 0, ...r });
    expect(text).toContain('phrases 2, 100.0; 3, 66.7 | words 1, 0.0; 3, 0.0 | names 1, 100.0; 1, 100.0');
  });
});

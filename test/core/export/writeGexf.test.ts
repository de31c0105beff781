import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { clusterColor, parseColor } from '../../../src/core/style';
import { exportStamp } from '../../../src/core/export/exportStamp';
import { keywordRadius } from '../../../src/core/layout';
import { parseMapFile } from '../../../src/core/map';
import { writeGexf } from '../../../src/core/export/writeGexf';

const FIXTURE = new URL('../../fixtures/export-small.map.json', import.meta.url);
const map = parseMapFile(readFileSync(FIXTURE, 'utf8'), 'export-small.map.json');
const stamp = exportStamp(map.meta, '9.9.9');

describe('writeGexf', () => {
  // graphology-gexf is the reader Gephi-compatible tools in JavaScript use; it parses with xmldom.
  const text = writeGexf(map, { stamp, creator: 'Topic Map 9.9.9' });
  const graph = gexf.parse(Graph, text);

  it('declares GEXF 1.3 and carries the stamp in <meta>', () => {
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    expect(graph.getAttribute('creator')).toBe('Topic Map 9.9.9');
    expect(graph.getAttribute('description')).toBe(stamp);
  });

  it('has every paper and keyword as a typed node with its cluster', () => {
    expect(graph.type).toBe('undirected');
    expect(graph.order).toBe(map.papers.length + map.keywords.length);
    const types = graph.mapNodes((_, a) => a.type as string);
    expect(types.filter((t) => t === 'paper')).toHaveLength(map.papers.length);
    expect(types.filter((t) => t === 'keyword')).toHaveLength(map.keywords.length);
    const p1 = graph.getNodeAttributes('p:p1');
    expect(p1.label).toBe('<img src=x onerror=alert(1)> & "q"');
    expect(p1.cluster).toBe(1); // cluster id 0, numbered from 1
    expect(p1.cluster_label).toBe('Graph learning & <GNNs>');
    expect(p1.year).toBe(2021);
    expect(p1.authors).toBe('Ann O\'Neil; Bo "B" Li');
    expect(graph.getNodeAttributes('p:p2').label).toBe('Message passing, revisited:\na "simple" baseline');
    expect(graph.getNodeAttributes('p:p3').label).toBe('Node embeddings with control chars');
    const kw = graph.getNodeAttributes('k:r&d <lab>');
    expect(kw.label).toBe('R&D <lab> "quoted"');
    expect(kw.type).toBe('keyword');
    expect(kw.papers).toBe(2);
  });

  it('writes positions (y up, as Gephi draws), cluster colours and sizes', () => {
    for (const k of map.keywords) {
      const a = graph.getNodeAttributes(k.id);
      expect([a.x, a.y]).toEqual([k.x, -k.y === 0 ? 0 : -k.y]);
      expect(a.size).toBeCloseTo(keywordRadius(k.papers), 10);
      const rgb = parseColor(clusterColor(k.cluster, 'light'))!;
      expect(a.color).toBe(`rgb(${rgb.r},${rgb.g},${rgb.b})`);
    }
  });

  it('has paper–keyword links and co-occurrences with weights and a link type', () => {
    expect(graph.size).toBe(map.links.length + map.cooccurrences.length);
    const byType = { 'paper-keyword': 0, cooccurrence: 0 } as Record<string, number>;
    graph.forEachEdge((_, a) => {
      byType[a.link_type as string]++;
    });
    expect(byType).toEqual({ 'paper-keyword': map.links.length, cooccurrence: map.cooccurrences.length });
    const link = map.links[0];
    const edge = graph.edge(`p:${link.paper}`, link.keyword)!;
    expect(graph.getEdgeAttributes(edge)).toEqual({ weight: link.weight, link_type: 'paper-keyword' });
    const co = map.cooccurrences[0];
    expect(graph.getEdgeAttributes(graph.edge(co.source, co.target)!)).toEqual({
      weight: co.weight,
      link_type: 'cooccurrence',
      count: co.count,
    });
  });

  it('is deterministic', () => {
    expect(writeGexf(structuredClone(map), { stamp, creator: 'Topic Map 9.9.9' })).toBe(text);
  });
});

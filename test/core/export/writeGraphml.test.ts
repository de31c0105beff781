import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { clusterColor, parseColor } from '../../../src/core/style';
import { exportStamp } from '../../../src/core/export/exportStamp';
import { filterMapForExport } from '../../../src/core/query';
import { paperRadius } from '../../../src/core/layout';
import { parseMapFile, validateMap } from '../../../src/core/map';
import { writeGraphml } from '../../../src/core/export/writeGraphml';

const FIXTURE = new URL('../../fixtures/export-small.map.json', import.meta.url);
const map = parseMapFile(readFileSync(FIXTURE, 'utf8'), 'export-small.map.json');
const stamp = exportStamp(map.meta, '9.9.9');

describe('writeGraphml', () => {
  const text = writeGraphml(map, { stamp, creator: 'Topic Map 9.9.9' });
  // graphology-graphml reads keys by attr.name and types by attr.type, as networkx does.
  const graph = graphml.parse(Graph, text);

  it('is well-formed GraphML with declared keys and the stamp as graph data and <desc>', () => {
    const doc = new DOMParser({
      onError: (level, message) => {
        throw new Error(`XML ${level}: ${message}`);
      },
    }).parseFromString(text, 'application/xml');
    const root = doc.documentElement!;
    expect(root.tagName).toBe('graphml');
    expect(root.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(root.getElementsByTagName('desc')[0].textContent).toBe(stamp);
    const keys = Array.from(root.getElementsByTagName('key')).map(
      (k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'node:x:double',
        'node:y:double',
        'node:type:string',
        'node:cluster:int',
        'node:cluster_label:string',
        'node:label:string',
        'edge:weight:double',
        'edge:link_type:string',
      ]),
    );
    expect(graph.getAttribute('stamp')).toBe(stamp);
    expect(graph.getAttribute('creator')).toBe('Topic Map 9.9.9');
  });

  it('has every node with type, label, cluster, position, size and colour', () => {
    expect(graph.type).toBe('undirected');
    expect(graph.order).toBe(map.papers.length + map.keywords.length);
    for (const p of map.papers) {
      const a = graph.getNodeAttributes(`p:${p.id}`);
      expect(a.type).toBe('paper');
      expect(a.label).toBe(p.title.replace(/[\u0001\u000c]/g, ''));
      expect(a.cluster).toBe(p.cluster + 1);
      expect([a.x, a.y]).toEqual([p.x, -p.y === 0 ? 0 : -p.y]);
      expect(a.size).toBeCloseTo(paperRadius(p.keywords.length), 10);
      const rgb = parseColor(clusterColor(p.cluster, 'light'))!;
      const hex = `#${[rgb.r, rgb.g, rgb.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      expect(a.color).toBe(hex);
    }
    expect(graph.getNodeAttributes('p:p1').label).toBe('<img src=x onerror=alert(1)> & "q"');
    expect(graph.getNodeAttributes('k:蛋白质')).toMatchObject({ type: 'keyword', label: '蛋白质结构', cluster: 2, papers: 2 });
  });

  it('has both kinds of edges with weights', () => {
    expect(graph.size).toBe(map.links.length + map.cooccurrences.length);
    for (const co of map.cooccurrences) {
      expect(graph.getEdgeAttributes(graph.edge(co.source, co.target)!)).toEqual({
        weight: co.weight,
        link_type: 'cooccurrence',
        count: co.count,
      });
    }
    for (const link of map.links) {
      expect(graph.getEdgeAttributes(graph.edge(`p:${link.paper}`, link.keyword)!)).toEqual({
        weight: link.weight,
        link_type: 'paper-keyword',
      });
    }
  });

  it('writes a filtered map: only the papers that pass and their keywords', () => {
    const filtered = filterMapForExport(map, { keywords: ['k:alphafold'], mode: 'all' });
    // Counts are recomputed, so the filtered map is itself a valid map file.
    expect(() => validateMap(structuredClone(filtered), 'filtered')).not.toThrow();
    expect(filtered.meta.counts.papers).toBe(2);
    expect(filtered.clusters).toEqual([expect.objectContaining({ id: 1, size: 2, keywordCount: 4 })]);
    const g = graphml.parse(Graph, writeGraphml(filtered, { stamp }));
    expect(g.filterNodes((_, a) => a.type === 'paper').sort()).toEqual(['p:p5', 'p:p7']);
    expect(g.filterNodes((_, a) => a.type === 'keyword').sort()).toEqual(
      ['k:alphafold', 'k:molecular dynam', 'k:protein fold', 'k:蛋白质'].sort(),
    );
    expect(g.getNodeAttribute('k:protein fold', 'papers')).toBe(2);
  });
});

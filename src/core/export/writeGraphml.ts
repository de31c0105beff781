import { escapeXml } from './escapeXml';
import { graphNodes } from './graphNodes';
import type { MapFile } from '../map';
import type { GraphExportOptions } from './writeGexf';

type KeyType = 'string' | 'int' | 'double';

/** Declared keys: id (= attribute name, which networkx and Gephi show), domain, type. */
const KEYS: ReadonlyArray<[string, 'graph' | 'node' | 'edge', KeyType]> = [
  ['stamp', 'graph', 'string'],
  ['creator', 'graph', 'string'],
  ['label', 'node', 'string'],
  ['type', 'node', 'string'],
  ['cluster', 'node', 'int'],
  ['cluster_label', 'node', 'string'],
  ['papers', 'node', 'int'],
  ['year', 'node', 'int'],
  ['authors', 'node', 'string'],
  ['url', 'node', 'string'],
  ['x', 'node', 'double'],
  ['y', 'node', 'double'],
  ['size', 'node', 'double'],
  ['r', 'node', 'int'],
  ['g', 'node', 'int'],
  ['b', 'node', 'int'],
  ['weight', 'edge', 'double'],
  ['link_type', 'edge', 'string'],
  ['count', 'edge', 'int'],
];

/**
 * Writes the map as GraphML for networkx (read_graphml), Gephi, Cytoscape and yEd: papers and
 * keywords as nodes with `type`, `label`, cluster number (clusterNumber) and name, position (x, y), size and colour
 * (r, g, b, the keys Gephi reads); paper–keyword links and keyword co-occurrences as undirected
 * edges with `weight` and `link_type`. The stamp is a graph attribute (networkx: G.graph["stamp"])
 * and the document's <desc>. Node ids and the y flip follow writeGexf, so both files describe the
 * same graph.
 */
export function writeGraphml(map: MapFile, options: GraphExportOptions = {}): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  if (options.stamp) out.push(`  <desc>${escapeXml(options.stamp)}</desc>`);
  for (const [id, domain, type] of KEYS) {
    out.push(`  <key id="${id}" for="${domain}" attr.name="${id}" attr.type="${type}"/>`);
  }
  out.push('  <graph id="topic-map" edgedefault="undirected">');
  if (options.stamp) out.push(`    <data key="stamp">${escapeXml(options.stamp)}</data>`);
  out.push(`    <data key="creator">${escapeXml(options.creator ?? 'Topic Map')}</data>`);

  for (const node of graphNodes(map)) {
    out.push(`    <node id="${escapeXml(node.id)}">`);
    const { r, g, b } = node.color;
    const values = [
      ['label', node.label],
      ...node.attributes,
      ['x', node.x],
      ['y', -node.y],
      ['size', node.size],
      ['r', r],
      ['g', g],
      ['b', b],
    ] as const;
    for (const [key, value] of values) {
      if (value === undefined) continue;
      out.push(`      <data key="${key}">${escapeXml(String(value))}</data>`);
    }
    out.push('    </node>');
  }
  for (const link of map.links) {
    out.push(
      `    <edge source="${escapeXml(`p:${link.paper}`)}" target="${escapeXml(link.keyword)}">`,
      `      <data key="weight">${link.weight}</data>`,
      '      <data key="link_type">paper-keyword</data>',
      '    </edge>',
    );
  }
  for (const co of map.cooccurrences) {
    out.push(
      `    <edge source="${escapeXml(co.source)}" target="${escapeXml(co.target)}">`,
      `      <data key="weight">${co.weight}</data>`,
      '      <data key="link_type">cooccurrence</data>',
      `      <data key="count">${co.count}</data>`,
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

import { escapeXml } from './escapeXml';
import { graphNodes } from './graphNodes';
import type { MapFile } from '../map';

export interface GraphExportOptions {
  /** Reproducibility stamp (see exportStamp). */
  stamp?: string;
  /** Name and version of the exporting tool, e.g. "Topic Map 0.1.0". */
  creator?: string;
}

/**
 * Writes the map as GEXF 1.3 for Gephi (and networkx's read_gexf): papers and keywords as nodes
 * with a `type`, their cluster number (clusterNumber) and name, and the layout's positions, cluster colours and sizes
 * in the viz namespace (sizes are the app's node radii); paper–keyword links and keyword co-occurrences as undirected weighted
 * edges told apart by `link_type`. Paper node ids are "p:" + the paper id (keyword ids already
 * start with "k:"), so the two kinds cannot collide. Y is flipped (Gephi's axis points up, the
 * map's down) so that Gephi shows the map the way the app does.
 */
export function writeGexf(map: MapFile, options: GraphExportOptions = {}): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <creator>${escapeXml(options.creator ?? 'Topic Map')}</creator>`,
  ];
  if (options.stamp) out.push(`    <description>${escapeXml(options.stamp)}</description>`);
  out.push(
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="cluster" title="cluster" type="integer"/>',
    '      <attribute id="cluster_label" title="cluster_label" type="string"/>',
    '      <attribute id="papers" title="papers" type="integer"/>',
    '      <attribute id="year" title="year" type="integer"/>',
    '      <attribute id="authors" title="authors" type="string"/>',
    '      <attribute id="url" title="url" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="link_type" title="link_type" type="string"/>',
    '      <attribute id="count" title="count" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
  );
  for (const node of graphNodes(map)) {
    out.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">`);
    out.push('        <attvalues>');
    for (const [key, value] of node.attributes) {
      if (value === undefined) continue;
      out.push(`          <attvalue for="${key}" value="${escapeXml(String(value))}"/>`);
    }
    out.push('        </attvalues>');
    out.push(`        <viz:color r="${node.color.r}" g="${node.color.g}" b="${node.color.b}"/>`);
    out.push(`        <viz:position x="${node.x}" y="${-node.y}" z="0"/>`);
    out.push(`        <viz:size value="${node.size}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  let n = 0;
  for (const link of map.links) {
    out.push(
      `      <edge id="${n++}" source="${escapeXml(`p:${link.paper}`)}" target="${escapeXml(link.keyword)}" weight="${link.weight}">`,
      '        <attvalues><attvalue for="link_type" value="paper-keyword"/></attvalues>',
      '      </edge>',
    );
  }
  for (const co of map.cooccurrences) {
    out.push(
      `      <edge id="${n++}" source="${escapeXml(co.source)}" target="${escapeXml(co.target)}" weight="${co.weight}">`,
      `        <attvalues><attvalue for="link_type" value="cooccurrence"/><attvalue for="count" value="${co.count}"/></attvalues>`,
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}

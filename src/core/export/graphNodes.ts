import { keywordRadius, paperRadius } from '../layout';
import type { MapFile } from '../map';
import { clusterColor, parseColor, type Rgba } from '../style';

/** A node of the graph exports (GEXF, GraphML), as both describe it. */
export interface GraphNode {
  /** "p:" + the paper id, or the keyword id (which starts with "k:"): the two cannot collide. */
  id: string;
  /** The paper's title or the keyword's term. */
  label: string;
  /** type, cluster, cluster_label, then year, authors, url (a paper) or papers (a keyword); undefined: left out. */
  attributes: Array<[string, string | number | undefined]>;
  /** Position as the map has it (y down: the writers flip it). */
  x: number;
  y: number;
  /** The app's node radius. */
  size: number;
  /** The cluster's colour (light theme). */
  color: Rgba;
}

const FALLBACK: Rgba = { r: 160, g: 167, b: 176, a: 1 };

/** Papers, then keywords, in map order: the nodes writeGexf and writeGraphml both write. */
export function graphNodes(map: MapFile): GraphNode[] {
  const clusterLabel = new Map(map.clusters.map((c) => [c.id, c.label]));
  const colors = new Map<number, Rgba>();
  const colorOf = (cluster: number): Rgba => {
    let color = colors.get(cluster);
    if (color === undefined) colors.set(cluster, (color = parseColor(clusterColor(cluster, 'light')) ?? FALLBACK));
    return color;
  };
  const nodes: GraphNode[] = [];
  for (const p of map.papers) {
    nodes.push({
      id: `p:${p.id}`,
      label: p.title,
      attributes: [
        ['type', 'paper'],
        ['cluster', p.cluster],
        ['cluster_label', clusterLabel.get(p.cluster)],
        ['year', p.year],
        ['authors', p.authors && p.authors.length > 0 ? p.authors.join('; ') : undefined],
        ['url', p.url],
      ],
      x: p.x,
      y: p.y,
      size: paperRadius(p.keywords.length),
      color: colorOf(p.cluster),
    });
  }
  for (const k of map.keywords) {
    nodes.push({
      id: k.id,
      label: k.term,
      attributes: [
        ['type', 'keyword'],
        ['cluster', k.cluster],
        ['cluster_label', clusterLabel.get(k.cluster)],
        ['papers', k.papers],
      ],
      x: k.x,
      y: k.y,
      size: keywordRadius(k.papers),
      color: colorOf(k.cluster),
    });
  }
  return nodes;
}

import { keywordRadius, paperRadius } from '../layout';
import type { MapFile } from '../map';
import { clusterColor, parseColor, type Rgba } from '../style';
import { clusterNumber } from './clusterNumber';

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
  // Every node: type, cluster and its name first, then the attributes of its kind.
  const add = (
    id: string,
    label: string,
    type: 'paper' | 'keyword',
    at: { x: number; y: number; cluster: number },
    own: GraphNode['attributes'],
    size: number,
  ): void => {
    const attributes: GraphNode['attributes'] = [
      ['type', type],
      ['cluster', clusterNumber(at.cluster)],
      ['cluster_label', clusterLabel.get(at.cluster)],
      ...own,
    ];
    nodes.push({ id, label, attributes, x: at.x, y: at.y, size, color: colorOf(at.cluster) });
  };
  for (const p of map.papers) {
    const authors = p.authors && p.authors.length > 0 ? p.authors.join('; ') : undefined;
    add(
      `p:${p.id}`,
      p.title,
      'paper',
      p,
      [
        ['year', p.year],
        ['authors', authors],
        ['url', p.url],
      ],
      paperRadius(p.keywords.length),
    );
  }
  for (const k of map.keywords) add(k.id, k.term, 'keyword', k, [['papers', k.papers]], keywordRadius(k.papers));
  return nodes;
}

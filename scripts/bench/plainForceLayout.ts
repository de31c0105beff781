import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { seededRandom } from '../../src/core/util';
import type { MapFile } from '../../src/core/map';

interface PlainNode extends SimulationNodeDatum {
  id: string;
}

/**
 * The baseline layout: d3-force as its README shows it (link, many-body and centre forces with
 * their defaults, no collision, no cluster forces), 300 ticks, on the map's papers, keywords and
 * paper–keyword links. Positions in the order of `map.papers` then `map.keywords`.
 */
export function plainForceLayout(map: MapFile, seed: number, ticks = 300): { x: number; y: number }[] {
  const nodes: PlainNode[] = [...map.papers.map((p) => ({ id: p.id })), ...map.keywords.map((k) => ({ id: k.id }))];
  const links = map.links.map((l) => ({ source: l.paper, target: l.keyword }));
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(seed))
    .force(
      'link',
      forceLink<PlainNode, { source: string; target: string }>(links).id((d) => d.id),
    )
    .force('charge', forceManyBody())
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(ticks);
  return nodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0 }));
}

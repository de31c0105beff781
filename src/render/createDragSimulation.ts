import { forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface SimNode extends SimulationNodeDatum {
  id: string;
  x: number;
  y: number;
  /** Where the node rests: the map file's position, or where the user dropped it. */
  homeX: number;
  homeY: number;
}

export interface DragSimulation {
  /** Pins node `id` to world point (x, y) and lets its neighbours follow. */
  drag(id: string, x: number, y: number): void;
  /** Lets go of the node where it is; the layout settles around it and the simulation stops. */
  release(id: string): void;
  stop(): void;
}

interface SimLink {
  source: string | SimNode;
  target: string | SimNode;
  length: number;
}

/**
 * The layout's response to a dragged node. The map file already holds a finished layout, so
 * rather than re-running the builder's forces (which would move everything), links keep their
 * current lengths and every node is pulled gently back to its resting place: the dragged node
 * tugs its neighbours, they tug theirs a little, and the rest of the map stays put. It ticks only
 * while a node is held and until it settles.
 */
export function createDragSimulation(
  nodes: readonly SimNode[],
  links: readonly { source: string; target: string }[],
  onTick: () => void,
  /** Called once the layout has settled after the last release (the simulation stopped by itself). */
  onEnd?: () => void,
): DragSimulation {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const simLinks: SimLink[] = [];
  for (const l of links) {
    const a = byId.get(l.source);
    const b = byId.get(l.target);
    if (a && b) simLinks.push({ source: l.source, target: l.target, length: Math.hypot(a.x - b.x, a.y - b.y) });
  }
  const released = new Set<SimNode>();
  const simulation = forceSimulation<SimNode>([...nodes])
    .force(
      'link',
      forceLink<SimNode, SimLink>(simLinks)
        .id((n) => n.id)
        .distance((l) => l.length),
    )
    .force('x', forceX<SimNode>((n) => n.homeX).strength(0.06))
    .force('y', forceY<SimNode>((n) => n.homeY).strength(0.06))
    .alphaDecay(0.06)
    .velocityDecay(0.45)
    .on('tick', onTick)
    .on('end', () => {
      for (const node of released) {
        node.fx = null;
        node.fy = null;
      }
      released.clear();
      onEnd?.();
    })
    .stop();

  return {
    drag(id, x, y) {
      const node = byId.get(id);
      if (!node) return;
      released.delete(node);
      node.fx = x;
      node.fy = y;
      node.x = x;
      node.y = y;
      node.homeX = x;
      node.homeY = y;
      if (simulation.alpha() < 0.3) simulation.alpha(0.3);
      simulation.alphaTarget(0.2).restart();
    },
    release(id) {
      // The node stays pinned where it was dropped while the others settle (unpinned once the
      // simulation has stopped), so the layout does not drag it back towards its old place.
      const node = byId.get(id);
      if (node) released.add(node);
      simulation.alphaTarget(0);
    },
    stop() {
      simulation.stop();
    },
  };
}

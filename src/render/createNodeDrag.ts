import type { MapIndex } from '../core/query';
import type { MovedPositions } from '../core/scene';
import type { MovingNodes } from './computeLayeredScene';
import { createDragSimulation, type DragSimulation, type SimNode } from './createDragSimulation';
import { dragNeighbourhood } from './dragNeighbourhood';

export interface NodeDragOptions {
  /** The map's index (null while there is no map). */
  index(): MapIndex | null;
  /** Positions moved: the scene must be drawn again. */
  onChange(): void;
  /** The simulation to run (d3-force's by default; a test passes one it steps itself). */
  simulate?: typeof createDragSimulation;
}

export interface NodeDrag {
  /** Moved positions at their version, or undefined when nothing has moved. */
  positions(): MovedPositions | undefined;
  /** The nodes the running simulation moves, until it stops. */
  moving(): MovingNodes | undefined;
  /** Where a node is: where a drag left it, or where the map file has it. */
  placeOf(id: string): { x: number; y: number } | undefined;
  /** A press on node `id` started moving: simulate its neighbourhood. */
  start(id: string): void;
  /** The pointer holds node `id` at world point (x, y). */
  move(id: string, x: number, y: number): void;
  /** The pointer let go of node `id`. */
  release(id: string): void;
  /** Another map: forget every moved position. */
  reset(): void;
  stop(): void;
}

/**
 * Node dragging: the moved positions (the simulation moves their objects in place, so each tick
 * gives a new version) and the simulation of the dragged node's neighbourhood.
 */
export function createNodeDrag(options: NodeDragOptions): NodeDrag {
  const simulate = options.simulate ?? createDragSimulation;
  // Nodes a drag has moved (or may move): the rest stay where the map file has them.
  let moved = new Map<string, SimNode>();
  let version = 0;
  let moving: MovingNodes | undefined;
  let simulation: DragSimulation | null = null;
  let positions: MovedPositions | undefined;

  /** A new version: the scene caches per version, so this is how it hears the nodes moved. */
  const bump = (): void => {
    version += 1;
    positions = undefined;
  };

  function placeOf(id: string): { x: number; y: number } | undefined {
    const index = options.index();
    return moved.get(id) ?? index?.paperById.get(id) ?? index?.keywordById.get(id);
  }

  return {
    positions() {
      if (moved.size === 0) return undefined;
      return (positions ??= { at: moved, version });
    },
    moving: () => moving,
    placeOf,
    start(id) {
      simulation?.stop();
      const index = options.index();
      if (!index) return;
      // Nodes dropped by an earlier drag rest where they were dropped (their home); none stays pinned.
      for (const n of moved.values()) {
        n.fx = null;
        n.fy = null;
      }
      const { free, anchors, links } = dragNeighbourhood(index, id);
      const nodes: SimNode[] = [];
      for (const n of [...free, ...anchors]) {
        let node = moved.get(n);
        const p = placeOf(n);
        if (!node && p) {
          node = { id: n, x: p.x, y: p.y, homeX: p.x, homeY: p.y };
          moved.set(n, node);
        }
        if (!node) continue;
        if (anchors.has(n)) {
          node.fx = node.x;
          node.fy = node.y;
        }
        nodes.push(node);
      }
      bump();
      moving = { ids: free, since: version };
      simulation = simulate(
        nodes,
        links,
        () => {
          bump();
          options.onChange();
        },
        () => {
          moving = undefined;
          options.onChange();
        },
      );
    },
    move(id, x, y) {
      simulation?.drag(id, x, y);
      bump();
      options.onChange();
    },
    release(id) {
      simulation?.release(id);
    },
    reset() {
      simulation?.stop();
      simulation = null;
      moved = new Map();
      positions = undefined;
      moving = undefined;
    },
    stop() {
      simulation?.stop();
    },
  };
}

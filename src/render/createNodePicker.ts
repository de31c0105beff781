import type { SceneNode } from '../core/scene';
import { createHitTester, type HitTester } from './createHitTester';

export interface NodePicker {
  /**
   * The node of `nodes` under world point (x, y), within `tolerance` world units of its rim;
   * topmost wins. The quadtree is built once per `nodes` array (scenes reuse it while the nodes
   * stay), so hovering costs a look-up, not a build.
   */
  nodeAt(nodes: readonly SceneNode[], x: number, y: number, tolerance: number): SceneNode | null;
}

export function createNodePicker(): NodePicker {
  let last: { nodes: readonly SceneNode[]; tester: HitTester } | null = null;
  return {
    nodeAt(nodes, x, y, tolerance) {
      if (last?.nodes !== nodes) last = { nodes, tester: createHitTester(nodes) };
      return last.tester.find(x, y, tolerance);
    },
  };
}

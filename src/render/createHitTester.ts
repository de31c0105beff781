import { quadtree } from 'd3-quadtree';
import type { SceneNode } from '../core/scene';

export interface HitTester {
  /** The node under world point (x, y), within `tolerance` world units of its rim; topmost wins. */
  find(x: number, y: number, tolerance: number): SceneNode | null;
}

/** A quadtree over the drawn nodes, so the pointer finds its node in log time. */
export function createHitTester(nodes: readonly SceneNode[]): HitTester {
  const order = new Map(nodes.map((n, i) => [n, i]));
  const tree = quadtree<SceneNode>()
    .x((n) => n.x)
    .y((n) => n.y)
    .addAll([...nodes]);
  const maxR = nodes.reduce((m, n) => Math.max(m, n.r), 0);
  return {
    find(x, y, tolerance) {
      const reach = maxR + tolerance;
      let best: SceneNode | null = null;
      let bestRank = -1;
      tree.visit((node, x0, y0, x1, y1) => {
        if (!node.length) {
          let leaf: typeof node | undefined = node;
          while (leaf) {
            const n = (leaf as { data: SceneNode }).data;
            const d = Math.hypot(n.x - x, n.y - y);
            // Later in draw order is drawn on top, so it is what the user sees under the pointer.
            const rank = order.get(n) ?? 0;
            if (d <= n.r + tolerance && rank > bestRank) {
              best = n;
              bestRank = rank;
            }
            leaf = (leaf as { next?: typeof node }).next;
          }
        }
        return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
      });
      return best;
    },
  };
}

import type { SceneNode } from '../core/scene';
import type { NodeDrag } from './createNodeDrag';

/** Screen pixels a press may move and still be a click (not a drag). */
export const CLICK_DISTANCE = 4;

export interface ClientPoint {
  clientX: number;
  clientY: number;
}

/** What a pointer event handler reads of the event. */
export interface PointerLike extends ClientPoint {
  pointerId: number;
  button: number;
  buttons: number;
  preventDefault(): void;
}

export interface PointerDeps {
  /** A client point in canvas pixels (px, py) and world units (wx, wy). */
  toLocal(p: ClientPoint): { px: number; py: number; wx: number; wy: number };
  nodeAt(p: ClientPoint): SceneNode | null;
  /** The cluster whose name is under the point, or null. */
  clusterAt(p: ClientPoint): number | null;
  drag: Pick<NodeDrag, 'start' | 'move' | 'release'>;
  /** A press on a node stops a glide in progress. */
  stopGlide(): void;
  /** Called when a press on a node becomes a drag; released when the drag ends. */
  capture(pointerId: number): void;
  releaseCapture(pointerId: number): void;
  setCursor(cursor: '' | 'pointer' | 'grabbing'): void;
  setHover(hover: { id: string; x: number; y: number } | null): void;
  select(node: { kind: SceneNode['kind']; id: string }): void;
  focusCluster(id: number): void;
  /** A click on the background. */
  clearSelection(): void;
}

export interface PointerHandlers {
  down(event: PointerLike): void;
  move(event: PointerLike): void;
  up(event: PointerLike): void;
  leave(): void;
  click(event: ClientPoint): void;
}

/**
 * Hover, click and drag on the map: a press on a node that moves drags it, one that does not
 * selects it; a click on a cluster name selects the cluster, one on the background clears the
 * selection. Presses on the background are d3-zoom's (it pans).
 */
export function createPointerHandlers(deps: PointerDeps): PointerHandlers {
  let press: { id: string; kind: SceneNode['kind']; pointerId: number; x: number; y: number; moved: boolean } | null = null;
  // The click that follows a press on a node was handled on pointerup.
  let pressedNode = false;

  return {
    down(event) {
      pressedNode = false;
      if (event.button !== 0) return;
      const node = deps.nodeAt(event);
      if (!node) return;
      // Keeps d3-zoom from panning (no mousedown follows) and the browser from selecting text.
      event.preventDefault();
      pressedNode = true;
      deps.stopGlide();
      // The pointer is captured when the press becomes a drag (see move), not here: a capture
      // taken and released within a click cost Chromium a capture change, a hit test and two
      // more events in the click's task, for nothing.
      press = { id: node.id, kind: node.kind, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    },
    move(event) {
      if (press && event.pointerId === press.pointerId) {
        if (!press.moved && Math.hypot(event.clientX - press.x, event.clientY - press.y) < CLICK_DISTANCE) return;
        if (!press.moved) {
          deps.capture(press.pointerId);
          deps.drag.start(press.id);
        }
        press.moved = true;
        const { wx, wy } = deps.toLocal(event);
        deps.drag.move(press.id, wx, wy);
        deps.setCursor('grabbing');
        return;
      }
      if (event.buttons) return;
      const node = deps.nodeAt(event);
      const { px, py } = deps.toLocal(event);
      deps.setHover(node ? { id: node.id, x: px, y: py } : null);
      deps.setCursor(node || deps.clusterAt(event) !== null ? 'pointer' : '');
    },
    up(event) {
      if (!press || event.pointerId !== press.pointerId) return;
      const done = press;
      press = null;
      if (done.moved) deps.releaseCapture(event.pointerId);
      deps.setCursor('');
      if (done.moved) deps.drag.release(done.id);
      else deps.select({ kind: done.kind, id: done.id });
    },
    leave() {
      if (!press) deps.setHover(null);
    },
    click(event) {
      if (pressedNode) {
        pressedNode = false;
        return;
      }
      if (deps.nodeAt(event)) return;
      const cluster = deps.clusterAt(event);
      if (cluster !== null) deps.focusCluster(cluster);
      else deps.clearSelection();
    },
  };
}

/** Listens on `canvas` with `handlers`; returns what removes the listeners. */
export function attachPointerHandlers(canvas: HTMLCanvasElement, handlers: PointerHandlers): () => void {
  const listeners: [string, (event: Event) => void][] = [
    ['pointerdown', (e) => handlers.down(e as PointerEvent)],
    ['pointermove', (e) => handlers.move(e as PointerEvent)],
    ['pointerup', (e) => handlers.up(e as PointerEvent)],
    ['pointercancel', (e) => handlers.up(e as PointerEvent)],
    ['pointerleave', () => handlers.leave()],
    ['click', (e) => handlers.click(e as MouseEvent)],
  ];
  for (const [type, listener] of listeners) canvas.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of listeners) canvas.removeEventListener(type, listener);
  };
}

import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { ViewTransform } from '../store/mapStoreState';
import { zoomExtent } from '../core/scene';
import { glide } from './planView';

/** How long a glide to a new view takes. */
const GLIDE_MS = 380;

/** Frames, injectable so that a test steps a glide frame by frame instead of waiting for it. */
export interface FrameClock {
  request(step: (now: number) => void): number;
  cancel(id: number): void;
  now(): number;
}

export const BROWSER_CLOCK: FrameClock = {
  request: (step) => requestAnimationFrame(step),
  cancel: (id) => cancelAnimationFrame(id),
  now: () => performance.now(),
};

export interface ZoomControllerOptions {
  canvas: HTMLCanvasElement;
  /** The viewport in CSS pixels (for glides, which keep the centre moving straight). */
  size(): { width: number; height: number };
  /** False for a press that should not pan (one on a node: it drags the node instead). */
  canPan(event: Event): boolean;
  /** The view moved: by the user (`byUser`), or by a glide, or set. */
  onZoom(byUser: boolean, gliding: boolean): void;
  /** The view stopped moving (after the user's gesture or a glide): the place to save it. */
  onRest(transform: ViewTransform): void;
  /** A glide ended: what was drawn while moving may be redrawn crisply now. */
  onGlideEnd(): void;
  reducedMotion(): boolean;
  clock?: FrameClock;
}

export interface ZoomController {
  /** The live zoom transform. */
  transform(): ViewTransform;
  /** Moves the view to `target`, gliding unless told not to (or the user prefers less motion). */
  goTo(target: ViewTransform, animate: boolean): void;
  /** Sets the zoom limits around the overview's scale. */
  setOverviewScale(fitK: number): void;
  /** Moves the view by screen pixels. */
  panBy(dx: number, dy: number): void;
  stopGlide(): void;
  destroy(): void;
}

/**
 * Zoom and pan on the canvas (d3-zoom: wheel, drag, pinch) and the view's glides. The transform
 * changes every frame, so it lives here and reaches the store only when the view comes to rest.
 */
export function createZoomController(options: ZoomControllerOptions): ZoomController {
  const { canvas, clock = BROWSER_CLOCK } = options;
  let transform: ViewTransform = zoomIdentity;
  let glideFrame = 0;
  const view = select(canvas);
  const behaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.01, 100])
    .filter((event: Event) => {
      if (event.type === 'wheel') return true;
      const mouse = event as MouseEvent;
      if (mouse.ctrlKey || mouse.button) return false;
      return options.canPan(event);
    })
    .on('start', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      if (event.sourceEvent) stopGlide();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
      transform = event.transform;
      options.onZoom(Boolean(event.sourceEvent), glideFrame !== 0);
    })
    .on('end', () => {
      if (!glideFrame) options.onRest(current());
    });
  view.call(behaviour);

  function current(): ViewTransform {
    return { x: transform.x, y: transform.y, k: transform.k };
  }

  function apply(t: ViewTransform): void {
    behaviour.transform(view, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  function stopGlide(): void {
    if (glideFrame) clock.cancel(glideFrame);
    glideFrame = 0;
  }

  return {
    transform: current,
    goTo(target, animate) {
      stopGlide();
      if (!animate || options.reducedMotion()) {
        apply(target);
        options.onRest(current());
        return;
      }
      const from = current();
      const { width, height } = options.size();
      const start = clock.now();
      const step = (now: number): void => {
        const t = Math.min(1, (now - start) / GLIDE_MS);
        // glideFrame is still this frame's id while it applies its view: onZoom hears it is a glide.
        apply(glide(from, target, width, height, t));
        if (t < 1) glideFrame = clock.request(step);
        else {
          glideFrame = 0;
          options.onGlideEnd();
          options.onRest(current());
        }
      };
      glideFrame = clock.request(step);
    },
    setOverviewScale(fitK) {
      behaviour.scaleExtent(zoomExtent(fitK));
    },
    panBy(dx, dy) {
      behaviour.translateBy(view, dx / transform.k, dy / transform.k);
    },
    stopGlide,
    destroy() {
      stopGlide();
      view.on('.zoom', null);
    },
  };
}

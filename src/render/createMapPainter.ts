import type { LayeredScene } from '../core/computeScene';
import { parseColor } from '../core/parseColor';
import type { SceneView } from '../core/scene';
import { drawLabels } from './drawLabels';
import { drawShapes } from './drawShapes';

/** A focus with this many links and nodes is drawn as pixels over the veiled base picture. */
const PIXEL_FOCUS_MIN_ITEMS = 2000;

export interface MapPainter {
  /**
   * Draws a layered scene at its view, crisply. The base picture (links and nodes, no focus, no
   * labels) is kept offscreen and redrawn only when it changed; the focus and the labels are
   * drawn over it.
   */
  paint(layered: LayeredScene, dpr: number): void;
  /**
   * Shows the last picture painted, moved and scaled to `view`: what the screen shows while the
   * user pans and zooms, until the view settles and `paint` draws it crisply. False when there is
   * no picture to move (nothing painted yet, or the canvas was resized).
   */
  paintMoved(view: SceneView, background: string): boolean;
  /** Forgets the pictures (the map is gone). */
  clear(): void;
}

interface Picture {
  canvas: HTMLCanvasElement;
  view: SceneView;
  dpr: number;
}

/**
 * Paints a map canvas in layers, so that most changes redraw little: a hover redraws the focus
 * over the cached base picture, a pan or zoom moves the last picture until the user stops.
 */
export function createMapPainter(canvas: HTMLCanvasElement): MapPainter {
  let base: (Picture & { edges: unknown; nodes: unknown; background: string; veiled: Uint8ClampedArray | null }) | null = null;
  let snapshot: Picture | null = null;
  // The view and scale of what the screen shows, until it is copied into `snapshot`.
  let painted: Omit<Picture, 'canvas'> | null = null;

  const offscreen = (): HTMLCanvasElement => {
    const c = document.createElement('canvas');
    c.width = canvas.width;
    c.height = canvas.height;
    return c;
  };
  const fits = (c: HTMLCanvasElement): boolean => c.width === canvas.width && c.height === canvas.height;

  function paintBase(layered: LayeredScene, dpr: number): Picture & { veiled: Uint8ClampedArray | null } | null {
    const scene = layered.base;
    if (
      base &&
      fits(base.canvas) &&
      base.edges === scene.edges &&
      base.nodes === scene.nodes &&
      base.background === scene.background &&
      base.dpr === dpr &&
      sameView(base.view, scene.view)
    ) {
      return base;
    }
    const c = base && fits(base.canvas) ? base.canvas : offscreen();
    const ctx = c.getContext('2d');
    if (!ctx) return null;
    drawShapes(ctx, scene, { dpr, background: scene.background });
    base = { canvas: c, view: { ...scene.view }, dpr, edges: scene.edges, nodes: scene.nodes, background: scene.background, veiled: null };
    return base;
  }

  return {
    paint(layered, dpr) {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const under = paintBase(layered, dpr);
      if (!under || !base) return;
      const scene = layered.base;
      const { focus } = layered;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      if (focus && focus.edges.length + focus.nodes.length >= PIXEL_FOCUS_MIN_ITEMS && parseColor(scene.background)?.a === 1) {
        // Many shapes: blend them as pixels into a veiled copy of the base picture.
        base.veiled ??= veiledPixels(base.canvas, scene.background, focus.veil);
        drawShapes(ctx, { view: scene.view, edges: focus.edges, nodes: focus.nodes }, {
          dpr,
          background: scene.background,
          under: base.veiled ?? undefined,
        });
      } else {
        ctx.drawImage(base.canvas, 0, 0);
        if (focus) {
          ctx.globalAlpha = focus.veil;
          ctx.fillStyle = scene.background;
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          ctx.globalAlpha = 1;
          drawShapes(ctx, { view: scene.view, edges: focus.edges, nodes: focus.nodes }, { dpr, background: scene.background, keep: true });
        }
      }
      drawLabels(ctx, focus ? focus.labels : scene.labels, scene.view, scene.background, dpr);
      // Copied from the screen when the view starts moving (the screen still shows it then).
      painted = { view: { ...scene.view }, dpr };
    },

    paintMoved(view, background) {
      const ctx = canvas.getContext('2d');
      if (!ctx) return false;
      if (painted) {
        const copy = snapshot && fits(snapshot.canvas) ? snapshot.canvas : offscreen();
        const copyCtx = copy.getContext('2d');
        if (!copyCtx) return false;
        copyCtx.setTransform(1, 0, 0, 1, 0, 0);
        copyCtx.drawImage(canvas, 0, 0);
        snapshot = { canvas: copy, ...painted };
        painted = null;
      }
      if (!snapshot || !fits(snapshot.canvas)) return false;
      const { dpr } = snapshot;
      const a = view.k / snapshot.view.k;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(a, 0, 0, a, (view.x - snapshot.view.x * a) * dpr, (view.y - snapshot.view.y * a) * dpr);
      ctx.drawImage(snapshot.canvas, 0, 0);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      return true;
    },

    clear() {
      base = null;
      snapshot = null;
      painted = null;
    },
  };
}

function sameView(a: SceneView, b: SceneView): boolean {
  return a.width === b.width && a.height === b.height && a.k === b.k && a.x === b.x && a.y === b.y;
}

/** The picture's pixels with the background colour laid over them at `veil` opacity. */
function veiledPixels(picture: HTMLCanvasElement, background: string, veil: number): Uint8ClampedArray | null {
  const ctx = picture.getContext('2d');
  const bg = parseColor(background);
  if (!ctx || !bg) return null;
  const pixels = ctx.getImageData(0, 0, picture.width, picture.height).data;
  const keep = 1 - veil;
  const r = bg.r * veil;
  const g = bg.g * veil;
  const b = bg.b * veil;
  for (let i = 0; i < pixels.length; i += 4) {
    pixels[i] = pixels[i] * keep + r;
    pixels[i + 1] = pixels[i + 1] * keep + g;
    pixels[i + 2] = pixels[i + 2] * keep + b;
  }
  return pixels;
}

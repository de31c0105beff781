import type { SceneView } from '../core/scene';
import type { LayeredScene, Overlay } from './computeLayeredScene';
import { parseColor } from '../core/style';
import { afterNextPaint } from './afterNextPaint';
import type { Underlay } from './createDensityLayer';
import { drawLabels } from './drawLabels';
import { drawShapes, type ShapeOptions, shapeCount } from './drawShapes';

/** An overlay with this many links and nodes is drawn as pixels into a veiled copy of what is under it. */
const PIXEL_OVERLAY_MIN_ITEMS = 2000;
/** Offscreen canvases kept for reuse when their levels are dropped. */
const MAX_SPARE = 2;

export interface MapPainter {
  /**
   * Draws a layered scene at its view, crisply. The pictures of the base and of each overlay but
   * the last are kept offscreen and redrawn only when they (or what is under them) changed; the
   * last overlay and the labels are drawn over them. An `underlay` (the density view) is drawn
   * under the base instead of the plain background.
   */
  paint(layered: LayeredScene, dpr: number, underlay?: Underlay | null): void;
  /**
   * Shows the last picture painted, moved and scaled to `view`: what the screen shows while the
   * user pans and zooms, until the view settles and `paint` draws it crisply. False when there is
   * no picture to move (nothing painted yet, or the canvas was resized).
   */
  paintMoved(view: SceneView, background: string): boolean;
  /** Forgets the pictures (the map is gone). */
  clear(): void;
}

/** A picture kept offscreen: the base, or the base with the first overlays drawn over it. */
interface Level {
  /**
   * The picture offscreen; null while only the screen shows it (a base drawn straight on the
   * screen, see paint) until pictureOf makes it.
   */
  canvas: HTMLCanvasElement | null;
  /** What it shows: identities of the base's links and nodes, or of the overlay. */
  keys: readonly unknown[];
  /** Its pixels with the background laid over them, for an overlay drawn as pixels; made when first needed. */
  veiled: Map<number, Uint8ClampedArray>;
  /** Its pixels as drawn, while the shared raster still holds them (see ShapeOptions.onPixels). */
  pixels: (() => Uint8ClampedArray | null) | null;
  /** Draws the picture (again, when it is made offscreen after the raster was drawn into since). */
  draw: (ctx: CanvasRenderingContext2D, onPixels: ShapeOptions['onPixels']) => void;
  /** Draws it on another context from the raster while it holds its pixels (see ShapeOptions.onCopy). */
  copy: ((target: CanvasRenderingContext2D) => boolean) | null;
}

/**
 * Paints a map canvas in layers, so that most changes redraw little: a hover redraws the focus
 * over the cached picture under it, a filter the papers that pass over the cached whole map, a pan
 * or zoom moves the last picture until the user stops.
 */
export function createMapPainter(canvas: HTMLCanvasElement): MapPainter {
  let levels: Level[] = [];
  let snapshot: { canvas: HTMLCanvasElement; view: SceneView; dpr: number } | null = null;
  // The view and scale of what the screen shows, until it is copied into `snapshot`.
  let painted: { view: SceneView; dpr: number } | null = null;

  // Canvases of levels no longer shown, kept for the next level: the first drawing on a new
  // canvas of the screen's size set up its pixels for 10-50 ms at 1280×800 (100k profile, the
  // filter's picture made again after each clear when a paper was selected).
  let spare: HTMLCanvasElement[] = [];
  // The offscreen copy of a base drawn straight on the screen, made after that frame is painted.
  let cancelCopy = (): void => {};

  const fits = (c: HTMLCanvasElement): boolean => c.width === canvas.width && c.height === canvas.height;
  const offscreen = (): HTMLCanvasElement => {
    spare = spare.filter(fits);
    const reused = spare.pop();
    const ctx = reused?.getContext('2d');
    if (reused && ctx) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, reused.width, reused.height);
      return reused;
    }
    const c = document.createElement('canvas');
    c.width = canvas.width;
    c.height = canvas.height;
    return c;
  };
  /** Drops the levels from `n` on, keeping their canvases as spares. */
  const keepLevels = (n: number): void => {
    for (let i = n; i < levels.length; i++) {
      const c = levels[i]?.canvas;
      if (c && fits(c) && spare.length < MAX_SPARE) spare.push(c);
    }
    levels.length = n;
  };

  /**
   * The level's picture offscreen, made now if only the screen shows it: from the raster while
   * it still holds the picture's pixels (one putImageData and the nodes drawn large), else drawn
   * again (the same calls give the same pixels).
   */
  function pictureOf(l: Level): HTMLCanvasElement | null {
    if (l.canvas) return l.canvas;
    const c = offscreen();
    const ctx = c.getContext('2d');
    if (!ctx) return null;
    if (!l.copy?.(ctx)) {
      l.pixels = null;
      l.draw(ctx, (read) => {
        l.pixels = read;
      });
    }
    l.copy = null;
    l.canvas = c;
    return c;
  }

  /** Draws `overlay` on `ctx` over the picture of `under` (which `ctx` may not show yet). */
  function drawOverlay(
    ctx: CanvasRenderingContext2D,
    under: Level,
    overlay: Overlay,
    view: SceneView,
    background: string,
    dpr: number,
  ): void {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    const shapes = { view, edges: overlay.edges, links: overlay.links, nodes: overlay.nodes };
    if (shapeCount(shapes) >= PIXEL_OVERLAY_MIN_ITEMS && parseColor(background)?.a === 1) {
      let pixels = under.veiled.get(overlay.veil);
      if (!pixels) {
        // The picture's pixels from the raster it was drawn with when it still holds them: a
        // 1280×800 getImageData took 10-35 ms of the first filter after each redraw of the base.
        const drawn = under.pixels?.();
        const picture = drawn ? null : pictureOf(under);
        pixels =
          (drawn
            ? veilPixels(drawn.slice(), background, overlay.veil)
            : picture && veiledPixels(picture, background, overlay.veil)) ?? undefined;
        if (pixels) under.veiled.set(overlay.veil, pixels);
      }
      if (pixels) {
        drawShapes(ctx, shapes, { dpr, background, under: pixels });
        return;
      }
    }
    const picture = pictureOf(under);
    if (picture) ctx.drawImage(picture, 0, 0);
    ctx.globalAlpha = overlay.veil;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.globalAlpha = 1;
    drawShapes(ctx, shapes, { dpr, background, keep: true });
  }

  /** The level showing `keys`, redrawn by `draw` unless it already shows them. */
  function level(
    i: number,
    keys: readonly unknown[],
    draw: (ctx: CanvasRenderingContext2D, onPixels: ShapeOptions['onPixels']) => void,
  ): Level | null {
    const old = levels[i];
    if (old && shows(old, keys)) return old;
    const c = old?.canvas && fits(old.canvas) ? old.canvas : offscreen();
    const ctx = c.getContext('2d');
    if (!ctx) return null;
    let pixels: Level['pixels'] = null;
    draw(ctx, (read) => {
      pixels = read;
    });
    // What was drawn over the old picture no longer applies.
    keepLevels(i + 1);
    levels[i] = { canvas: c, keys, veiled: new Map(), pixels, draw, copy: null };
    return levels[i];
  }

  /** Whether `l` shows `keys` (at the screen's size: a picture offscreen must fit it). */
  function shows(l: Level, keys: readonly unknown[]): boolean {
    return (l.canvas === null || fits(l.canvas)) && l.keys.length === keys.length && l.keys.every((k, j) => k === keys[j]);
  }

  /** The underlay, then the base over it: as pixels for a big base, else by the canvas. */
  function drawOverUnderlay(
    ctx: CanvasRenderingContext2D,
    underlay: Underlay,
    layered: LayeredScene,
    dpr: number,
    onPixels: ShapeOptions['onPixels'],
  ): void {
    const { base } = layered;
    underlay.draw(ctx, base.view, dpr, base.background);
    if (base.edges.length + base.nodes.length >= PIXEL_OVERLAY_MIN_ITEMS) {
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      drawShapes(ctx, base, { dpr, background: base.background, under: pixels, onPixels });
    } else drawShapes(ctx, base, { dpr, background: base.background, keep: true });
  }

  return {
    paint(layered, dpr, underlay) {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const { base, overlays } = layered;
      const { view, background } = base;
      const baseKeys = [base.edges, base.nodes, background, dpr, view.width, view.height, view.k, view.x, view.y, underlay?.key];
      const drawBase: Level['draw'] = (c, onPixels) =>
        underlay ? drawOverUnderlay(c, underlay, layered, dpr, onPixels) : drawShapes(c, base, { dpr, background, onPixels });
      if (overlays.length === 0 && !underlay && parseColor(background)?.a === 1 && !(levels[0] && shows(levels[0], baseKeys))) {
        // A new base with nothing over it (the first paint, a view settled after a pan or zoom):
        // drawn straight on the screen, its copy offscreen made after the frame is painted. Drawn
        // offscreen first, it took a second full-size copy onto the screen before the paint
        // (putImageData on a new canvas and drawImage of it: 30-65 ms at 1280×800 against
        // 15-25 ms for putImageData on the screen, Chromium without GPU). The background is
        // opaque, so the old picture under it does not show through (as it would not offscreen).
        cancelCopy();
        keepLevels(0);
        const drawn: Level = { canvas: null, keys: baseKeys, veiled: new Map(), pixels: null, draw: drawBase, copy: null };
        drawShapes(ctx, base, {
          dpr,
          background,
          onPixels: (read) => {
            drawn.pixels = read;
          },
          onCopy: (copy) => {
            drawn.copy = copy;
          },
        });
        levels[0] = drawn;
        cancelCopy = afterNextPaint(() => {
          if (levels[0] === drawn) pictureOf(drawn);
        });
      } else {
        let under = level(0, baseKeys, drawBase);
        if (!under) return;
        // Every overlay but the last is kept as a picture; the last is drawn on the screen.
        for (let i = 0; i < overlays.length - 1; i++) {
          const below = under;
          under = level(i + 1, [...below.keys, overlays[i]], (c) => drawOverlay(c, below, overlays[i], view, background, dpr));
          if (!under) return;
        }
        keepLevels(overlays.length === 0 ? 1 : overlays.length);
        const last = overlays[overlays.length - 1];
        if (last) drawOverlay(ctx, under, last, view, background, dpr);
        else {
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          ctx.globalAlpha = 1;
          const picture = pictureOf(under);
          if (picture) ctx.drawImage(picture, 0, 0);
        }
      }
      drawLabels(ctx, layered.labels, view, background, dpr);
      // Copied from the screen when the view starts moving (the screen still shows it then).
      painted = { view: { ...view }, dpr };
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
      cancelCopy();
      levels = [];
      spare = [];
      snapshot = null;
      painted = null;
    },
  };
}

/** The picture's pixels with the background colour laid over them at `veil` opacity. */
function veiledPixels(picture: HTMLCanvasElement, background: string, veil: number): Uint8ClampedArray | null {
  const ctx = picture.getContext('2d');
  if (!ctx || !parseColor(background)) return null;
  return veilPixels(ctx.getImageData(0, 0, picture.width, picture.height).data, background, veil);
}

/**
 * Lays the background colour over opaque RGBA `pixels` at `amount` opacity, in place. Each
 * channel goes through a table (the same rounding as writing `v * keep + bg * amount` into the
 * array), and a run of one colour (most of a map's pixels are background) is looked up once.
 */
function veilPixels(pixels: Uint8ClampedArray, background: string, amount: number): Uint8ClampedArray | null {
  const bg = parseColor(background);
  if (!bg) return null;
  const keep = 1 - amount;
  const table = new Uint8ClampedArray(256 * 3);
  for (let v = 0; v < 256; v++) {
    table[v] = v * keep + bg.r * amount;
    table[256 + v] = v * keep + bg.g * amount;
    table[512 + v] = v * keep + bg.b * amount;
  }
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length >> 2);
  let lastIn = -1;
  let lastOut = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (word === lastIn) {
      words[w] = lastOut;
      continue;
    }
    const i = w << 2;
    pixels[i] = table[pixels[i]];
    pixels[i + 1] = table[256 + pixels[i + 1]];
    pixels[i + 2] = table[512 + pixels[i + 2]];
    lastIn = word;
    lastOut = words[w];
  }
  return pixels;
}

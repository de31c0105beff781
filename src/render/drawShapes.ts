import { parseColor, type Rgba } from '../core/style';
import { type LinkEdges, type SceneEdge, type SceneNode, type SceneView, segmentTouchesBox } from '../core/scene';
import { PixelRaster } from './PixelRaster';

/** Links and nodes to draw, in world units through `view` (a scene, or a focus layer of one). */
export interface Shapes {
  view: SceneView;
  edges: readonly SceneEdge[];
  /** More links, drawn after `edges` (and under the nodes), in one style by position. */
  links?: LinkEdges;
  nodes: readonly SceneNode[];
}

/** Links and nodes in `shapes`. */
export function shapeCount(shapes: Shapes): number {
  return shapes.edges.length + (shapes.links?.at.length ?? 0) + shapes.nodes.length;
}

export interface ShapeOptions {
  /** Device pixels per CSS pixel; the canvas is `view.width * dpr` wide. */
  dpr: number;
  /** Opaque colour of what lies under the shapes, when `under` and `keep` are not given. */
  background: string;
  /** Draw over what the canvas shows now, by the canvas (for a few shapes over a picture). */
  keep?: boolean;
  /**
   * The canvas's pixels to draw over (RGBA, its size), instead of the background: this forces
   * the pixel path. Without it, shapes are drawn over a fresh background.
   */
  under?: Uint8ClampedArray;
  /**
   * Called when the whole picture was made as pixels (no node left for the canvas), with a way
   * to read those pixels back later without `getImageData`: null once the raster holding them
   * was drawn into again. The array is shared: copy it before changing it.
   */
  onPixels?: (pixels: () => Uint8ClampedArray | null) => void;
  /**
   * Called when the picture was made through the raster, with a way to draw the same picture on
   * another context of the canvas's size later (the raster's pixels put, then the nodes drawn
   * large), cheaper than drawing it again; that returns false once the raster was drawn into
   * again (nothing drawn then).
   */
  onCopy?: (copy: (target: CanvasRenderingContext2D) => boolean) => void;
}

/** Shapes with this many links and nodes are drawn through a PixelRaster. */
const PIXEL_PATH_MIN_ITEMS = 3000;
/** Nodes up to this radius in device pixels, outline included, are drawn as pixels. */
const SMALL_NODE_PX = 6;

/**
 * Fills the canvas with the background and draws links under nodes. A big scene goes through a
 * PixelRaster: its links and small nodes are blended in JavaScript and put on the canvas at once
 * (a CPU-rasterised canvas takes about a second for 100k faint lines and half a second for 20k
 * outlined dots; this takes tens of milliseconds), and only the large nodes are drawn by the
 * canvas, over them. A small scene is drawn by the canvas alone, shape by shape.
 */
export function drawShapes(ctx: CanvasRenderingContext2D, shapes: Shapes, options: ShapeOptions): void {
  const { dpr } = options;
  const { view } = shapes;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  const pixels =
    !options.keep &&
    typeof ImageData === 'function' &&
    alphaOf(options.background) === 1 &&
    (options.under !== undefined || shapeCount(shapes) >= PIXEL_PATH_MIN_ITEMS);
  if (pixels) {
    drawNodes(ctx, drawInPixels(ctx, shapes, options), view);
    return;
  }
  if (!options.keep) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, view.width, view.height);
  }
  drawEdges(ctx, shapes.edges, view);
  if (shapes.links) drawLinkEdges(ctx, shapes.links, view);
  drawNodes(ctx, shapes.nodes, view);
}

/**
 * Links and small nodes blended into a PixelRaster and put on the canvas at once (the background
 * or the pixels under them with them); returns the nodes left for the canvas (those drawn large).
 */
function drawInPixels(ctx: CanvasRenderingContext2D, shapes: Shapes, options: ShapeOptions): SceneNode[] {
  const { view } = shapes;
  const { dpr } = options;
  const raster = rasterFor(ctx.canvas.width, ctx.canvas.height);
  const use = ++rasterUses;
  if (options.under && options.under.length === raster.data.length) raster.data.set(options.under);
  else {
    const background = rgbOf(options.background);
    raster.fill(background[0], background[1], background[2]);
  }
  let color = '';
  for (const e of shapes.edges) {
    if (e.color !== color) {
      if (color) resolve(raster, color);
      color = e.color;
    }
    raster.addLine(
      (e.x1 * view.k + view.x) * dpr,
      (e.y1 * view.k + view.y) * dpr,
      (e.x2 * view.k + view.x) * dpr,
      (e.y2 * view.k + view.y) * dpr,
      e.width * dpr,
      e.opacity * alphaOf(e.color),
    );
  }
  const more = shapes.links;
  if (more && more.at.length > 0) {
    // As if each were an edge of this style after those above: same lines, same order.
    if (more.color !== color) {
      if (color) resolve(raster, color);
      color = more.color;
    }
    const { x1, y1, x2, y2 } = more.links;
    const width = more.width * dpr;
    const alpha = more.opacity * alphaOf(more.color);
    for (const p of more.at) {
      raster.addLine(
        (x1[p] * view.k + view.x) * dpr,
        (y1[p] * view.k + view.y) * dpr,
        (x2[p] * view.k + view.x) * dpr,
        (y2[p] * view.k + view.y) * dpr,
        width,
        alpha,
      );
    }
  }
  if (color) resolve(raster, color);
  const large: SceneNode[] = [];
  // Nodes come in runs of one style: colours are parsed once a run, not three lookups a node.
  let fillCss = '';
  let strokeCss = '';
  let fill = 0;
  let fillAlpha = 1;
  let stroke = 0;
  for (const n of shapes.nodes) {
    const r = Math.max(0.5, n.r * view.k);
    if ((r + n.strokeWidth / 2) * dpr > SMALL_NODE_PX) {
      large.push(n);
      continue;
    }
    const x = (n.x * view.k + view.x) * dpr;
    const y = (n.y * view.k + view.y) * dpr;
    if (x + r * dpr + 2 < 0 || y + r * dpr + 2 < 0 || x - r * dpr - 2 > raster.width || y - r * dpr - 2 > raster.height) continue;
    if (n.fill !== fillCss) {
      fillCss = n.fill;
      fill = packed(fillCss);
      fillAlpha = alphaOf(fillCss);
    }
    if (n.stroke !== strokeCss) {
      strokeCss = n.stroke;
      stroke = packed(strokeCss);
    }
    raster.disc(x, y, r * dpr, fill, stroke, n.strokeWidth * dpr, n.opacity * fillAlpha);
  }
  ctx.putImageData(new ImageData(raster.data, raster.width, raster.height), 0, 0);
  // Whether the raster still holds this picture (not drawn into since).
  const holds = (): boolean => rasterUses === use && cachedRaster === raster;
  if (large.length === 0 && options.onPixels) options.onPixels(() => (holds() ? raster.data : null));
  options.onCopy?.((target) => {
    if (!holds() || target.canvas.width !== raster.width || target.canvas.height !== raster.height) return false;
    target.setTransform(dpr, 0, 0, dpr, 0, 0);
    target.globalAlpha = 1;
    target.putImageData(new ImageData(raster.data, raster.width, raster.height), 0, 0);
    drawNodes(target, large, view);
    return true;
  });
  return large;
}

function resolve(raster: PixelRaster, color: string): void {
  const [r, g, b] = rgbOf(color);
  raster.resolveLines(r, g, b);
}

/** One raster per canvas size: 1280×800 is 8 MB of pixels and densities, not to be made per frame. */
let cachedRaster: PixelRaster | null = null;
/** Pictures drawn through the raster so far: what it holds is the last one's. */
let rasterUses = 0;

function rasterFor(width: number, height: number): PixelRaster {
  if (!cachedRaster || cachedRaster.width !== width || cachedRaster.height !== height)
    cachedRaster = new PixelRaster(width, height);
  return cachedRaster;
}

const colors = new Map<string, Rgba>();

function colorOf(css: string): Rgba {
  let c = colors.get(css);
  if (!c) {
    c = parseColor(css) ?? { r: 128, g: 128, b: 128, a: 1 };
    colors.set(css, c);
  }
  return c;
}

function rgbOf(css: string): [number, number, number] {
  const c = colorOf(css);
  return [c.r, c.g, c.b];
}

/** 0xRRGGBB. */
function packed(css: string): number {
  const c = colorOf(css);
  return (c.r << 16) | (c.g << 8) | c.b;
}

function alphaOf(css: string): number {
  return colorOf(css).a;
}

/** Links, batched by style: thousands of strokes share a handful of styles. */
function drawEdges(ctx: CanvasRenderingContext2D, edges: readonly SceneEdge[], view: SceneView): void {
  const sx = (x: number): number => x * view.k + view.x;
  const sy = (y: number): number => y * view.k + view.y;
  let key = '';
  ctx.lineCap = 'round';
  for (const e of edges) {
    const next = `${e.color}|${e.width}|${e.opacity}`;
    if (next !== key) {
      if (key) ctx.stroke();
      key = next;
      ctx.beginPath();
      ctx.strokeStyle = e.color;
      ctx.lineWidth = e.width;
      ctx.globalAlpha = e.opacity;
    }
    const x1 = sx(e.x1);
    const y1 = sy(e.y1);
    const x2 = sx(e.x2);
    const y2 = sy(e.y2);
    if (!segmentTouchesBox(x1, y1, x2, y2, e.width / 2, view.width, view.height)) continue;
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  if (key) ctx.stroke();
  ctx.globalAlpha = 1;
}

/** Links of one style by position, as drawEdges draws the same links as edges after its own. */
function drawLinkEdges(ctx: CanvasRenderingContext2D, edges: LinkEdges, view: SceneView): void {
  if (edges.at.length === 0) return;
  const { x1, y1, x2, y2 } = edges.links;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.strokeStyle = edges.color;
  ctx.lineWidth = edges.width;
  ctx.globalAlpha = edges.opacity;
  for (const p of edges.at) {
    const ax = x1[p] * view.k + view.x;
    const ay = y1[p] * view.k + view.y;
    const bx = x2[p] * view.k + view.x;
    const by = y2[p] * view.k + view.y;
    if (!segmentTouchesBox(ax, ay, bx, by, edges.width / 2, view.width, view.height)) continue;
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
}

/**
 * Nodes, batched: consecutive nodes of one style become one path (the scene orders nodes so
 * that styles run together), which is what keeps thousands of circles cheap to draw.
 */
function drawNodes(ctx: CanvasRenderingContext2D, nodes: readonly SceneNode[], view: SceneView): void {
  const sx = (x: number): number => x * view.k + view.x;
  const sy = (y: number): number => y * view.k + view.y;
  for (let start = 0; start < nodes.length; ) {
    const first = nodes[start];
    let end = start + 1;
    while (
      end < nodes.length &&
      nodes[end].fill === first.fill &&
      nodes[end].opacity === first.opacity &&
      nodes[end].stroke === first.stroke &&
      nodes[end].strokeWidth === first.strokeWidth
    ) {
      end++;
    }
    ctx.globalAlpha = first.opacity;
    ctx.beginPath();
    for (let i = start; i < end; i++) {
      const n = nodes[i];
      const r = Math.max(0.5, n.r * view.k);
      const x = sx(n.x);
      const y = sy(n.y);
      if (x + r < 0 || y + r < 0 || x - r > view.width || y - r > view.height) continue;
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
    }
    ctx.fillStyle = first.fill;
    ctx.fill();
    if (first.strokeWidth > 0) {
      ctx.lineWidth = first.strokeWidth;
      ctx.strokeStyle = first.stroke;
      ctx.stroke();
    }
    start = end;
  }
  ctx.globalAlpha = 1;
}

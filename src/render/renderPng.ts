import { addPngText, writeSvg } from '../core/export';
import type { Scene } from '../core/scene';
import { drawScene } from './drawScene';

export interface PngExportOptions {
  /** Cluster legend in the top-left corner (default true), as in the SVG export. */
  legend?: boolean;
  /** Caption line at the bottom (default true). */
  caption?: boolean;
  /** Reproducibility stamp (see exportStamp), saved in the PNG as its "Description" text. */
  stamp?: string;
  /** SVG markup drawn over the background, under the map (the density view's image). */
  underlay?: string;
  /** The same underlay for the canvas fallback: fills the canvas with it (see DrawOptions.underlay). */
  drawUnderlay?: (ctx: CanvasRenderingContext2D, dpr: number) => void;
  /** Image pixels per view (CSS) pixel; default twice the screen's: 2 × devicePixelRatio. */
  scale?: number;
}

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
  /** How it was drawn: from the SVG export (the usual way) or by the canvas renderer (fallback). */
  drawnFrom: 'svg' | 'canvas';
}

/**
 * Canvas sizes every current browser can encode (iOS Safari refuses canvases over 4096² pixels;
 * desktop browsers allow more, but a PNG that size is already 64 megabytes of pixels to encode).
 */
const MAX_PIXELS = 4096 * 4096;
const MAX_SIDE = 16384;

/**
 * Draws the scene as a PNG at twice the screen's resolution. The picture is the SVG export
 * (writeSvg, same legend, caption and label halo) drawn onto an offscreen canvas of the larger
 * size, so the PNG agrees with the SVG pixel for pixel as a browser renders it, and with the PNG
 * `npm run export` makes from the same SVG. The canvas renderer's own legend and caption are a
 * simpler design than the SVG's (no panel, no "+ N more", other sizes), which is why the SVG is
 * drawn rather than the scene. If the browser cannot draw the SVG as an image (it failed to decode,
 * or the canvas was marked unreadable), the scene is drawn by the app's canvas renderer instead.
 */
export async function renderPng(scene: Scene, options: PngExportOptions = {}): Promise<PngExport> {
  const legend = options.legend !== false;
  const caption = options.caption !== false;
  const requested = options.scale ?? 2 * Math.max(1, window.devicePixelRatio || 1);
  const { width: viewWidth, height: viewHeight } = scene.view;
  if (!(viewWidth > 0 && viewHeight > 0)) throw new Error('renderPng: the map view has no size');
  const scale = Math.min(
    requested,
    MAX_SIDE / viewWidth,
    MAX_SIDE / viewHeight,
    Math.sqrt(MAX_PIXELS / (viewWidth * viewHeight)),
  );
  const width = Math.round(viewWidth * scale);
  const height = Math.round(viewHeight * scale);

  let bytes: Uint8Array<ArrayBuffer>;
  let drawnFrom: PngExport['drawnFrom'] = 'svg';
  try {
    const svg = writeSvg(scene, { legend, caption, halo: true, underlay: options.underlay });
    bytes = await withSvgImage(svg, async (image) => {
      const canvas = makeCanvas(width, height);
      canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
      return encodePng(canvas);
    });
  } catch (error) {
    if (error instanceof PngEncodeError) throw error;
    drawnFrom = 'canvas';
    const canvas = makeCanvas(width, height);
    drawScene(canvas.getContext('2d')!, scene, { dpr: scale, legend, caption, underlay: options.drawUnderlay });
    bytes = await encodePng(canvas);
  }
  if (options.stamp) bytes = addPngText(bytes, 'Description', options.stamp);
  return { blob: new Blob([bytes], { type: 'image/png' }), width, height, drawnFrom };
}

/** The browser made no PNG of this size: drawing it another way would not help. */
class PngEncodeError extends Error {}

function makeCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  if (!canvas.getContext('2d')) throw new PngEncodeError('renderPng: this browser has no 2D canvas');
  return canvas;
}

async function withSvgImage<T>(svg: string, use: (image: HTMLImageElement) => Promise<T>): Promise<T> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return await use(image);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function encodePng(canvas: HTMLCanvasElement): Promise<Uint8Array<ArrayBuffer>> {
  // toBlob throws a SecurityError on a tainted canvas (the caller then falls back); a null blob
  // means the browser could not allocate or encode an image this size.
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new PngEncodeError(`renderPng: the browser could not make a PNG of ${canvas.width} × ${canvas.height} pixels`);
  return new Uint8Array(await blob.arrayBuffer());
}

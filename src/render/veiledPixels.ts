import { parseColor } from '../core/style';

/** The pixels of a picture with the background laid over it at some veil, by veil; made once each. */
export type VeilCache = Map<number, Uint8ClampedArray>;

/** The picture's pixels with the background colour laid over them at `veil` opacity. */
export function veiledPixels(picture: HTMLCanvasElement, background: string, veil: number): Uint8ClampedArray | null {
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

export interface IdleScheduler {
  request: (run: () => void) => number;
  cancel: (handle: number) => void;
}

/** The browser's idle callbacks, or none where there are none (jsdom): nothing is made ahead then. */
export const browserIdle: IdleScheduler | null =
  typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function'
    ? { request: (run) => requestIdleCallback(run), cancel: (handle) => cancelIdleCallback(handle) }
    : null;

/**
 * Makes the veiled pixels of `picture` for each of `veils` not in `cache` yet, one per idle
 * moment, while `current()` says the picture is still the one shown: so the first filter or
 * selection over a big map does not read back and veil the whole picture (12–30 ms at 100,000
 * papers) before it can draw. Returns a cancel function.
 */
export function warmVeils(
  picture: HTMLCanvasElement,
  cache: VeilCache,
  background: string,
  veils: readonly number[],
  current: () => boolean,
  idle: IdleScheduler,
): () => void {
  const pending = veils.filter((veil) => !cache.has(veil));
  let handle: number | null = null;
  const next = (): void => {
    handle = pending.length === 0 ? null : idle.request(step);
  };
  const step = (): void => {
    handle = null;
    const veil = pending.shift();
    if (veil === undefined || !current()) return;
    if (!cache.has(veil)) {
      const pixels = veiledPixels(picture, background, veil);
      if (pixels) cache.set(veil, pixels);
    }
    next();
  };
  next();
  return () => {
    if (handle !== null) idle.cancel(handle);
    handle = null;
    pending.length = 0;
  };
}

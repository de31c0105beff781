import type { TextMeasure } from '../core/scene';
import { labelFont } from './labelFont';

/**
 * Measures label text with the browser's real font metrics (cached: the same labels are measured
 * every frame), so label thinning on screen is exact. Null where canvas text is unavailable
 * (jsdom); the scene then estimates widths.
 */
export function createTextMeasure(): TextMeasure | null {
  const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
  const ctx = canvas?.getContext('2d') ?? null;
  if (!ctx) return null;
  const cache = new Map<string, number>();
  return (text, fontSize, bold) => {
    const key = `${bold ? 1 : 0}|${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = labelFont(fontSize, bold);
      width = ctx.measureText(text).width;
      if (cache.size > 20_000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}

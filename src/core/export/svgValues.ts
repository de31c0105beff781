import { escapeXml } from './escapeXml';
import { parseColor } from '../style';

/** Generic stack: Inter where installed, else the platform's Helvetica/Arial, else any sans. */
export const SVG_FONT_STACK = 'Inter, Helvetica, Arial, sans-serif';

/** Baseline offset that centres a line of text vertically on its anchor (the canvas's "middle"). */
export const MIDDLE = 0.35;

const paints = new Map<string, { color: string; alpha: number }>();

/**
 * A colour as "#rrggbb" plus its own alpha (to fold into an opacity): hsl(), rgba() and 8-digit
 * hex are not understood by every editor. Unknown forms pass through, escaped. Cached: a scene
 * repeats a handful of colours tens of thousands of times.
 */
export function paint(color: string): { color: string; alpha: number } {
  let result = paints.get(color);
  if (result === undefined) {
    const rgba = parseColor(color);
    result =
      rgba === null
        ? { color: escapeXml(color), alpha: 1 }
        : { color: `#${[rgba.r, rgba.g, rgba.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`, alpha: rgba.a };
    if (paints.size > 1000) paints.clear();
    paints.set(color, result);
  }
  return result;
}

/** Coordinates and lengths: 0.1 px, no "-0", no trailing ".0". */
export function num(value: number): string {
  // The checks above keep non-finite geometry out; this is the last guard against writing NaN.
  const rounded = Math.round(value * 10) / 10;
  if (!Number.isFinite(rounded)) throw new Error(`writeSvg: a coordinate is not finite (${value})`);
  return String(rounded === 0 ? 0 : rounded);
}

/** Opacities: two decimals are finer than the eye can tell. */
export function amount(value: number): string {
  const rounded = Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/** Stroke widths and font sizes: CSS needs the unit; two decimals keep hairlines distinct. */
export function px(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return `${rounded === 0 ? 0 : rounded}px`;
}

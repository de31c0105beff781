import { parseColor } from './parseColor';

/**
 * Mixes two CSS colours (any form parseColor reads; alpha is ignored): `t` = 0 gives `a`, 1 gives
 * `b`. Returns "#rrggbb". Used to derive tints (paper fills, label colours, dark-theme cluster
 * colours) from cluster colours.
 */
export function mixColor(a: string, b: string, t: number): string {
  const ca = toRgb(a);
  const cb = toRgb(b);
  return `#${ca
    .map((v, i) =>
      Math.round(v + (cb[i] - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function toRgb(color: string): [number, number, number] {
  const rgba = parseColor(color);
  if (rgba === null) throw new Error(`mixColor: unsupported colour ${JSON.stringify(color)}`);
  return [rgba.r, rgba.g, rgba.b];
}

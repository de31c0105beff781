/**
 * Mixes two colours given as "#rrggbb" or "hsl(h, s%, l%)": `t` = 0 gives `a`, 1 gives `b`.
 * Returns "#rrggbb". Used to derive tints (paper fills, label colours) from cluster colours.
 */
export function mixColor(a: string, b: string, t: number): string {
  const ca = toRgb(a);
  const cb = toRgb(b);
  return `#${ca
    .map((v, i) => Math.round(v + (cb[i] - v) * t).toString(16).padStart(2, '0'))
    .join('')}`;
}

function toRgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const v = Number.parseInt(hex[1], 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  const hsl = /^hsl\(\s*([\d.]+)\s*,\s*([\d.]+)%\s*,\s*([\d.]+)%\s*\)$/i.exec(color);
  if (hsl) {
    const h = Number(hsl[1]) / 360;
    const s = Number(hsl[2]) / 100;
    const l = Number(hsl[3]) / 100;
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    const channel = (t0: number): number => {
      const t = t0 < 0 ? t0 + 1 : t0 > 1 ? t0 - 1 : t0;
      if (t < 1 / 6) return p + (q - p) * 6 * t;
      if (t < 1 / 2) return q;
      if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
      return p;
    };
    return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)].map((v) => Math.round(v * 255)) as [
      number,
      number,
      number,
    ];
  }
  throw new Error(`mixColor: unsupported colour ${JSON.stringify(color)}`);
}

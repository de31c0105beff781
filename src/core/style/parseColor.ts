export interface Rgba {
  /** 0–255 integers. */
  r: number;
  g: number;
  b: number;
  /** 0–1. */
  a: number;
}

const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#ffffff',
  transparent: '#00000000',
};

/**
 * Reads the CSS colour forms the scene uses ("#rgb", "#rrggbb", "#rrggbbaa", "rgb()", "rgba()",
 * "hsl()", "hsla()", black, white, transparent) into channels, or null for anything else.
 * Exports need it because Illustrator and graph formats (GEXF viz:color, VOSviewer) take plain
 * RGB: hsl() and alpha are turned into "#rrggbb" plus an opacity.
 */
export function parseColor(css: string): Rgba | null {
  const text = (NAMED[css.trim().toLowerCase()] ?? css).trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text);
  if (hex) {
    let digits = hex[1];
    if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
    const channel = (i: number): number => Number.parseInt(digits.slice(i, i + 2), 16);
    return { r: channel(0), g: channel(2), b: channel(4), a: digits.length === 8 ? channel(6) / 255 : 1 };
  }
  const fn = /^(rgba?|hsla?)\(\s*([^)]*)\)$/i.exec(text);
  if (!fn) return null;
  const parts = fn[2].split(/\s*[,/]\s*|\s+/).filter((p) => p !== '');
  if (parts.length < 3 || parts.length > 4) return null;
  const alpha = parts.length === 4 ? fraction(parts[3]) : 1;
  if (alpha === null) return null;
  if (fn[1].toLowerCase().startsWith('rgb')) {
    const [r, g, b] = parts.slice(0, 3).map((p) => (p.endsWith('%') ? (Number(p.slice(0, -1)) * 255) / 100 : Number(p)));
    if (![r, g, b].every(Number.isFinite)) return null;
    return { r: byte(r), g: byte(g), b: byte(b), a: alpha };
  }
  const h = Number(parts[0].replace(/deg$/i, ''));
  const s = fraction(parts[1]);
  const l = fraction(parts[2]);
  if (!Number.isFinite(h) || s === null || l === null) return null;
  const [r, g, b] = hslToRgb(((h % 360) + 360) % 360, s, l);
  return { r, g, b, a: alpha };
}

function fraction(text: string): number | null {
  const value = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : null;
}

function byte(value: number): number {
  return Math.min(255, Math.max(0, Math.round(value)));
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [byte((r + m) * 255), byte((g + m) * 255), byte((b + m) * 255)];
}

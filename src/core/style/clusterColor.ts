import { schemeTableau10 } from 'd3-scale-chromatic';
import { mixColor } from './mixColor';
import { parseColor } from './parseColor';
import type { ThemeName } from './theme';

/** Colours made for clusters past Tableau 10; past these, hues by the golden angle. */
const EXTRA_COLOURS = 30;

/**
 * The colour of a cluster: Tableau 10 for the first ten ids (clusters are numbered largest first,
 * so the big ones get the most distinct colours), then colours chosen one at a time as far as can
 * be (CIELAB distance) from every colour before them, then hues spaced by the golden angle. The
 * golden angle alone, from the eleventh cluster on, came back to Tableau's hues: cluster 14 was
 * the blue of cluster 0, 11 near the teal of 5. Dark theme colours are lifted so they read on a
 * dark background. The canvas and the SVG export both call this, so their colours agree.
 */
export function clusterColor(id: number, theme: ThemeName): string {
  if (!Number.isInteger(id) || id < 0) return theme === 'dark' ? '#6e7781' : '#a0a7b0';
  const palette = clusterPalette();
  if (id < palette.length) return theme === 'dark' ? mixColor(palette[id], '#ffffff', 0.18) : palette[id];
  const hue = Math.round(((id - palette.length) * 137.508 + 20) % 360);
  return theme === 'dark' ? `hsl(${hue}, 60%, 64%)` : `hsl(${hue}, 55%, 46%)`;
}

let palette: string[] | null = null;

/**
 * Tableau 10, then EXTRA_COLOURS more, each the candidate farthest from its nearest colour already
 * taken (farthest-point sampling in CIELAB). Candidates: hues every 10°, at saturations and
 * lightnesses that read as marks on white and, lifted, on the dark theme (no pale or near-black
 * ones). Made once, in a millisecond.
 */
export function clusterPalette(): readonly string[] {
  if (palette) return palette;
  const taken = [...schemeTableau10];
  const takenLab = taken.map(lab);
  const candidates: { hex: string; lab: Lab }[] = [];
  for (let hue = 0; hue < 360; hue += 10)
    for (const s of [40, 55])
      for (const l of [35, 48, 60]) {
        const hex = mixColor(`hsl(${hue}, ${s}%, ${l}%)`, '#000000', 0);
        candidates.push({ hex, lab: lab(hex) });
      }
  const nearest = candidates.map((c) => Math.min(...takenLab.map((t) => distance(c.lab, t))));
  for (let n = 0; n < EXTRA_COLOURS; n++) {
    let best = 0;
    for (let i = 1; i < candidates.length; i++) if (nearest[i] > nearest[best]) best = i;
    const chosen = candidates[best];
    taken.push(chosen.hex);
    for (let i = 0; i < candidates.length; i++) nearest[i] = Math.min(nearest[i], distance(candidates[i].lab, chosen.lab));
  }
  palette = taken;
  return palette;
}

type Lab = [number, number, number];

/** CIELAB (D65) of a colour parseColor reads. */
function lab(color: string): Lab {
  const { r, g, b } = parseColor(color)!;
  const linear = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [R, G, B] = linear;
  const xyz = [
    (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047,
    0.2126 * R + 0.7152 * G + 0.0722 * B,
    (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

/** Euclidean distance in CIELAB (CIE76 ΔE). */
export function labDistance(a: string, b: string): number {
  return distance(lab(a), lab(b));
}

function distance(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

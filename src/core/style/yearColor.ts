import { mixColor } from './mixColor';
import type { ThemeName } from './theme';

/** Viridis (matplotlib's perceptual sequential scale) at nine even steps, dark purple to yellow. */
const VIRIDIS = ['#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725'];

/**
 * The part of viridis each theme uses: its pale yellow end fades into a white page and its
 * near-black purple end into a dark one, so each theme leaves out the end it cannot show.
 */
const RANGE: Readonly<Record<ThemeName, readonly [number, number]>> = {
  light: [0, 0.85],
  dark: [0.15, 1],
};

/**
 * The colour of a year on the overlay's sequential scale: t = 0 for the first year of the map,
 * 1 for the last (values outside are clamped). Earlier is darker in light mode, and stays
 * distinguishable from the background in both themes.
 */
export function yearColor(t: number, theme: ThemeName): string {
  const [from, to] = RANGE[theme];
  const u = from + (to - from) * Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const at = u * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(at));
  return mixColor(VIRIDIS[i], VIRIDIS[i + 1], at - i);
}

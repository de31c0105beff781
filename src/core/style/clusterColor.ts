import { schemeTableau10 } from 'd3-scale-chromatic';
import { mixColor } from './mixColor';
import type { ThemeName } from './theme';

/**
 * The colour of a cluster: Tableau 10 for the first ten ids (clusters are numbered largest first,
 * so the big ones get the most distinct colours), then hues spaced by the golden angle so that any
 * number of clusters stays distinguishable. Dark theme colours are lifted so they read on a dark
 * background. The canvas and the SVG export both call this, so their colours agree.
 */
export function clusterColor(id: number, theme: ThemeName): string {
  if (!Number.isInteger(id) || id < 0) return theme === 'dark' ? '#6e7781' : '#a0a7b0';
  if (id < schemeTableau10.length) {
    const base = schemeTableau10[id];
    return theme === 'dark' ? mixColor(base, '#ffffff', 0.18) : base;
  }
  const hue = Math.round(((id - schemeTableau10.length) * 137.508 + 20) % 360);
  return theme === 'dark' ? `hsl(${hue}, 60%, 64%)` : `hsl(${hue}, 55%, 46%)`;
}

import type { MapFile } from '../map';
import { type Theme, yearColor } from '../style';
import { computeTimeIndex, yearStats } from '../time';
import type { SceneLegendEntry } from './scene';

/** Most steps of the year legend: a stepped colour bar that still names its years. */
const LEGEND_STEPS = 6;

export interface YearColors {
  /** Colour of node slot s (papers, then keywords). */
  nodeColor(slot: number): string;
  /** The colour bar: from the first years to the last, each step with its dated papers. */
  legend: SceneLegendEntry[];
}

/**
 * The year overlay (VOSviewer's "overlay visualization"): a paper takes its year's colour, a
 * keyword the colour of the mean year of its dated papers, on yearColor's scale from the map's
 * first year to its last; what has no year is grey (theme.unclustered). A map without dates is
 * all grey with an empty legend.
 */
export function yearColors(map: MapFile, theme: Theme): YearColors {
  const time = computeTimeIndex(map);
  const papers = map.papers.length;
  const colors: string[] = new Array<string>(papers + map.keywords.length).fill(theme.unclustered);
  if (!time) return { nodeColor: (slot) => colors[slot], legend: [] };
  const span = time.lastYear - time.firstYear;
  const at = (year: number): number => (span === 0 ? 0.5 : (year - time.firstYear) / span);
  map.papers.forEach((p, i) => {
    if (p.year !== undefined) colors[i] = yearColor(at(p.year), theme.name);
  });
  map.keywords.forEach((k, j) => {
    const series = time.keywords.get(k.id);
    const stats = series ? yearStats(series, time.firstYear) : undefined;
    if (stats) colors[papers + j] = yearColor(at(stats.mean), theme.name);
  });
  const years = span + 1;
  const steps = Math.min(LEGEND_STEPS, years);
  const legend: SceneLegendEntry[] = [];
  for (let s = 0; s < steps; s++) {
    const from = time.firstYear + Math.floor((s * years) / steps);
    const to = time.firstYear + Math.floor(((s + 1) * years) / steps) - 1;
    let size = 0;
    for (let y = from; y <= to; y++) size += time.papers[y - time.firstYear];
    legend.push({ color: yearColor(at((from + to) / 2), theme.name), label: from === to ? `${from}` : `${from}–${to}`, size });
  }
  return { nodeColor: (slot) => colors[slot], legend };
}

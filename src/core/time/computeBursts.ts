import type { MapBurst } from '../map';
import { detectBursts } from './detectBursts';
import type { TimeIndex } from './computeTimeIndex';
import { TIME_CONFIG } from './timeConfig';

/** Strengths are rounded so the map file is compact and byte-stable. */
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Every keyword's bursts over the map's years, strongest first (ties: start, then keyword id), at
 * most TIME_CONFIG.maxBursts. Keywords are taken in the order given (the map's), so the result is
 * the same on every run.
 */
export function computeBursts(
  time: TimeIndex,
  keywordIds: readonly string[],
  maxBursts: number = TIME_CONFIG.maxBursts,
): MapBurst[] {
  const bursts: MapBurst[] = [];
  for (const keyword of keywordIds) {
    const series = time.keywords.get(keyword);
    if (!series) continue;
    for (const span of detectBursts(series, time.papers, time.firstYear)) {
      bursts.push({ keyword, start: span.start, end: span.end, strength: round4(span.strength) });
    }
  }
  bursts.sort(
    (a, b) => b.strength - a.strength || a.start - b.start || (a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0),
  );
  return bursts.slice(0, maxBursts);
}

import { linkPlacesOf, type MapFile } from '../map';

/**
 * Papers per year over one map, for the whole map, each keyword (through the links) and each
 * cluster. Arrays are indexed by year − firstYear and cover firstYear..lastYear with no gaps, so
 * every series of one map lines up with the others and with the paper totals.
 */
export interface TimeIndex {
  firstYear: number;
  lastYear: number;
  /** Dated papers per year. */
  papers: Int32Array;
  /** Per keyword id, its dated papers per year. */
  keywords: ReadonlyMap<string, Int32Array>;
  /** Per cluster id, its dated papers per year. */
  clusters: ReadonlyMap<number, Int32Array>;
  /** Number of papers with a year. */
  dated: number;
}

/** The map's time index, or undefined when no paper has a year (such maps show no time at all). */
export function computeTimeIndex(map: Pick<MapFile, 'papers' | 'links' | 'clusters'>): TimeIndex | undefined {
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;
  let dated = 0;
  for (const paper of map.papers) {
    if (paper.year === undefined) continue;
    dated++;
    if (paper.year < firstYear) firstYear = paper.year;
    if (paper.year > lastYear) lastYear = paper.year;
  }
  if (dated === 0) return undefined;
  const span = lastYear - firstYear + 1;
  const papers = new Int32Array(span);
  const clusters = new Map<number, Int32Array>();
  for (const cluster of map.clusters) clusters.set(cluster.id, new Int32Array(span));
  for (const paper of map.papers) {
    if (paper.year === undefined) continue;
    papers[paper.year - firstYear]++;
    const series = clusters.get(paper.cluster);
    if (series) series[paper.year - firstYear]++;
  }
  // The keywords' series (a look-up per link) are made when first read: the year filter and the
  // legend, shown with the map's first paint, need only the papers' and clusters' counts.
  let keywords: Map<string, Int32Array> | null = null;
  return {
    firstYear,
    lastYear,
    papers,
    get keywords(): ReadonlyMap<string, Int32Array> {
      keywords ??= keywordSeries(map, firstYear, span);
      return keywords;
    },
    clusters,
    dated,
  };
}

/** Each keyword's dated papers per year, through the links. */
function keywordSeries(map: Pick<MapFile, 'papers' | 'links'>, firstYear: number, span: number): Map<string, Int32Array> {
  // A compact map's links by place (its reader makes the link objects only when map.links is
  // first read): the same series, in the same order, without them or a year look-up per link.
  const places = linkPlacesOf(map as MapFile);
  if (places && 'keywords' in map) {
    const { papers, keywords: keywordList } = map as MapFile;
    const keywords = new Map<string, Int32Array>();
    for (let i = 0; i < places.paper.length; i++) {
      const year = papers[places.paper[i]].year;
      if (year === undefined) continue;
      const id = keywordList[places.keyword[i]].id;
      let series = keywords.get(id);
      if (!series) {
        series = new Int32Array(span);
        keywords.set(id, series);
      }
      series[year - firstYear]++;
    }
    return keywords;
  }
  const yearOf = new Map<string, number>();
  for (const paper of map.papers) if (paper.year !== undefined) yearOf.set(paper.id, paper.year);
  const keywords = new Map<string, Int32Array>();
  for (const link of map.links) {
    const year = yearOf.get(link.paper);
    if (year === undefined) continue;
    let series = keywords.get(link.keyword);
    if (!series) {
      series = new Int32Array(span);
      keywords.set(link.keyword, series);
    }
    series[year - firstYear]++;
  }
  return keywords;
}

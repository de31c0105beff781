import { useEffect, useMemo, useState } from 'react';
import type { MapFile, MapPaper } from '../core/map';
import { countNoun } from '../core/util';
import { afterNextPaint } from '../render/afterNextPaint';
import { selectFilterResult } from '../store/selectFilterResult';
import { useMapStore } from '../store/useMapStore';
import { BurstList } from './BurstList';
import { ClusterTrendList } from './ClusterTrendList';
import { PaperList } from './PaperList';
import { YearTrend } from './YearTrend';
import { selectTimeIndex } from '../store/selectTimeIndex';

// One collator for every comparison: String.prototype.localeCompare sets one up per call, which
// took ~100 ms for the 20,000 titles of a big map. Same default locale and options, same order.
const compareTitles = new Intl.Collator().compare;

/**
 * Above this many papers the sorted list is worked out after the map's first paint: sorting
 * 100,000 titles took about half a second of it (60 ms at 20,000). Smaller maps list at once.
 */
const SORT_AFTER_PAINT_ABOVE = 5000;

function sortPapers(map: MapFile | null): readonly MapPaper[] {
  return [...(map?.papers ?? [])].sort((a, b) => a.cluster - b.cluster || compareTitles(a.title, b.title));
}

/**
 * sortPapers's order for a big map, worked out after the paint one cluster per task: sorting
 * 100,000 titles in one task held the main thread for 0.3-0.7 s right after the first paint (the
 * first click or the paint's own frame waited for it). The same order: papers grouped by cluster
 * in map order, each group sorted by title (a stable sort), groups by cluster id.
 */
function useSortedInSteps(map: MapFile | null, big: boolean): readonly MapPaper[] | null {
  const [state, setState] = useState<{ map: MapFile; sorted: readonly MapPaper[] } | null>(null);
  useEffect(() => {
    if (!map || !big) return undefined;
    const groups = new Map<number, MapPaper[]>();
    let order: number[] = [];
    let step = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = (): void => {
      // Grouped in the first step, after the paint too: in this effect, it was 30 ms (profiled)
      // of the 100,000-paper map's first paint.
      if (step < 0) {
        for (const p of map.papers) {
          const group = groups.get(p.cluster);
          if (group) group.push(p);
          else groups.set(p.cluster, [p]);
        }
        order = [...groups.keys()].sort((a, b) => a - b);
        step = 0;
      }
      if (step < order.length) {
        groups.get(order[step++])!.sort((a, b) => compareTitles(a.title, b.title));
        timer = setTimeout(next, 0);
        return;
      }
      setState({ map, sorted: order.flatMap((c) => groups.get(c)!) });
    };
    const cancel = afterNextPaint(next);
    return () => {
      cancel();
      clearTimeout(timer);
    };
  }, [map, big]);
  return state && state.map === map ? state.sorted : null;
}

/**
 * Shown when nothing is selected: what the map is, how to use it, and the papers in view as a
 * list, so every paper can be reached and selected with the keyboard alone.
 */
export function MapOverview() {
  const map = useMapStore((s) => s.map);
  const filter = useMapStore(selectFilterResult);
  const time = useMapStore((s) => selectTimeIndex(s.map));
  const allOf = useMapStore((s) => s.filterMode === 'all' && s.filterKeywords.length > 1);
  // Sorted once per map; a filter change only picks from that order (sorting 20,000 titles on
  // every filter change took over 100 ms of the filter's time to paint).
  const big = (map?.papers.length ?? 0) > SORT_AFTER_PAINT_ABOVE;
  const sortedNow = useMemo(() => (big ? null : sortPapers(map)), [big, map]);
  const sortedLater = useSortedInSteps(map, big);
  const sorted = sortedNow ?? sortedLater;
  const papers = useMemo(
    () => (sorted && filter.active ? sorted.filter((p) => filter.papers.has(p.id)) : sorted),
    [sorted, filter],
  );
  if (!map) return null;
  const count = papers?.length ?? (filter.active ? filter.papers.size : map.papers.length);
  return (
    <div className="details-body">
      <p className="eyebrow">Map</p>
      <h2 className="details-title" tabIndex={-1}>
        {map.meta.source}
      </h2>
      <p className="byline">
        {countNoun(map.papers.length, 'paper')} · {countNoun(map.keywords.length, 'keyword')} ·{' '}
        {countNoun(map.clusters.length, 'cluster')}
        {map.meta.modularity !== undefined ? (
          <>
            {' · '}
            <abbr title="How much more the links stay inside clusters than chance would give (Newman); above 0.3 the clusters are real">
              modularity
            </abbr>{' '}
            {map.meta.modularity.toFixed(2)}
          </>
        ) : null}
      </p>
      <p className="hint">
        Click a paper or keyword on the map to see its details. Drag the background to pan, scroll or pinch to zoom, drag a node
        to pull it.
      </p>
      {time ? (
        <>
          <section aria-labelledby="overview-years">
            <h3 id="overview-years">Papers per year</h3>
            <YearTrend counts={time.papers} firstYear={time.firstYear} title="Papers per year" />
          </section>
          <ClusterTrendList time={time} />
          {map.bursts ? <BurstList bursts={map.bursts} /> : null}
        </>
      ) : null}
      <section aria-labelledby="overview-papers">
        <h3 id="overview-papers">{filter.active ? `Papers matching the filter (${count})` : `Papers (${count})`}</h3>
        {filter.active && count === 0 ? (
          <p className="hint">
            {allOf
              ? 'No paper has all of these keywords: switch the filter to Any to see the papers with one of them.'
              : 'No paper passes the filter: remove a keyword or widen the years.'}
          </p>
        ) : null}
        <PaperList items={papers ?? []} idOf={(p) => p.id} />
      </section>
    </div>
  );
}

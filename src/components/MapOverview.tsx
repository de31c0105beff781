import { useMemo } from 'react';
import { selectFilterResult } from '../store/selectFilterResult';
import { useMapStore } from '../store/useMapStore';
import { PaperList } from './PaperList';

// One collator for every comparison: String.prototype.localeCompare sets one up per call, which
// took ~100 ms for the 20,000 titles of a big map. Same default locale and options, same order.
const compareTitles = new Intl.Collator().compare;

/**
 * Shown when nothing is selected: what the map is, how to use it, and the papers in view as a
 * list, so every paper can be reached and selected with the keyboard alone.
 */
export function MapOverview() {
  const map = useMapStore((s) => s.map);
  const filter = useMapStore(selectFilterResult);
  // Sorted once per map; a filter change only picks from that order (sorting 20,000 titles on
  // every filter change took over 100 ms of the filter's time to paint).
  const sorted = useMemo(
    () => [...(map?.papers ?? [])].sort((a, b) => a.cluster - b.cluster || compareTitles(a.title, b.title)),
    [map],
  );
  const papers = useMemo(() => (filter.active ? sorted.filter((p) => filter.papers.has(p.id)) : sorted), [sorted, filter]);
  if (!map) return null;
  return (
    <div className="details-body">
      <p className="eyebrow">Map</p>
      <h2 className="details-title">{map.meta.source}</h2>
      <p className="byline">
        {map.papers.length} papers · {map.keywords.length} keywords · {map.clusters.length} clusters
      </p>
      <p className="hint">
        Click a paper or keyword on the map to see its details. Drag the background to pan, scroll or pinch to zoom, drag
        a node to pull it.
      </p>
      <section aria-labelledby="overview-papers">
        <h3 id="overview-papers">
          {filter.active ? `Papers matching the filter (${papers.length})` : `Papers (${papers.length})`}
        </h3>
        <PaperList items={papers} idOf={(p) => p.id} />
      </section>
    </div>
  );
}

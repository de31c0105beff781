import { useRef } from 'react';
import { useMapStore } from '../store/useMapStore';

const OFFSET = 14;
/** Room the tooltip needs before it flips to the other side of the pointer (its max size). */
const ROOM_X = 340;
const ROOM_Y = 90;

/** What is under the pointer: a paper's title with its first author, year and cluster, or a keyword with its paper count. */
export function Tooltip() {
  const hover = useMapStore((s) => s.hover);
  const index = useMapStore((s) => s.index);
  // Always rendered, so its size is known when a tooltip appears.
  const layer = useRef<HTMLDivElement>(null);
  const paper = hover ? index?.paperById.get(hover.id) : undefined;
  const keyword = hover && !paper ? index?.keywordById.get(hover.id) : undefined;
  // Who, when and where on the map, as a researcher skims a map: "Knuth et al. · 1971 · sorting".
  const authors = paper?.authors ?? [];
  const paperMeta = paper
    ? [
        authors.length > 1 ? `${authors[0]} et al.` : authors[0],
        paper.year?.toString(),
        index?.clusterById.get(paper.cluster)?.label,
      ]
        .filter(Boolean)
        .join(' · ')
    : '';
  if (!hover || (!paper && !keyword)) return <div ref={layer} className="tooltip-layer" />;
  // Above and right of the pointer (the node's own label is below it); flipped near the edges.
  const width = layer.current?.clientWidth ?? Infinity;
  const left = hover.x + OFFSET + ROOM_X > width;
  const up = hover.y - OFFSET - ROOM_Y > 0;
  const x = left ? `calc(${Math.round(hover.x - OFFSET)}px - 100%)` : `${Math.round(hover.x + OFFSET)}px`;
  const y = up ? `calc(${Math.round(hover.y - OFFSET)}px - 100%)` : `${Math.round(hover.y + OFFSET)}px`;
  return (
    <div ref={layer} className="tooltip-layer">
      <div className="tooltip" role="tooltip" style={{ transform: `translate(${x}, ${y})` }}>
        {paper ? (
          <>
            <span className="tooltip-kind">Paper</span>
            <span className="tooltip-title">{paper.title}</span>
            {paperMeta && <span className="tooltip-meta">{paperMeta}</span>}
          </>
        ) : (
          <>
            <span className="tooltip-kind">Keyword</span>
            <span className="tooltip-title">{keyword!.term}</span>
            <span className="tooltip-meta">
              {keyword!.papers} {keyword!.papers === 1 ? 'paper' : 'papers'}
            </span>
          </>
        )}
      </div>
    </div>
  );
}

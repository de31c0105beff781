import { useMapStore } from '../store/useMapStore';

/** What is under the pointer: a paper's title, or a keyword with its paper count. */
export function Tooltip() {
  const hover = useMapStore((s) => s.hover);
  const index = useMapStore((s) => s.index);
  if (!hover || !index) return null;
  const paper = index.paperById.get(hover.id);
  const keyword = paper ? undefined : index.keywordById.get(hover.id);
  if (!paper && !keyword) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ transform: `translate(${Math.round(hover.x + 14)}px, ${Math.round(hover.y + 14)}px)` }}>
      {paper ? (
        <>
          <span className="tooltip-kind">Paper</span>
          <span className="tooltip-title">{paper.title}</span>
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
  );
}

import { useState, type Ref } from 'react';
import { clusterColor } from '../core/style';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';

/** The clusters with their colour, name and size; choosing one focuses the map on it. */
export function Legend({ ref }: { ref?: Ref<HTMLElement> }) {
  const map = useMapStore((s) => s.map);
  const theme = useMapStore((s) => s.theme);
  const selection = useMapStore((s) => s.selection);
  const narrow = useMediaQuery('(max-width: 760px)');
  // Folded by default on a phone, where it would cover much of the map.
  const [open, setOpen] = useState<boolean | null>(null);
  const expanded = open ?? !narrow;
  if (!map) return null;
  const clusters = [...map.clusters].sort((a, b) => b.size - a.size || a.id - b.id);
  return (
    <nav ref={ref} className={`legend${expanded ? '' : ' folded'}`} aria-label="Clusters">
      <h2 className="legend-title">
        <button type="button" aria-expanded={expanded} onClick={() => setOpen(!expanded)}>
          <span>Clusters</span>
          <span className="legend-count">{clusters.length}</span>
          <Icon name="chevronUp" size={14} />
        </button>
      </h2>
      {expanded && (
        <ul>
          {clusters.map((c) => {
            const current = selection?.kind === 'cluster' && selection.id === c.id;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className={`legend-item${current ? ' current' : ''}`}
                  aria-pressed={current}
                  title={c.topKeywords.length > 0 ? `Top keywords: ${c.topKeywords.slice(0, 5).join(', ')}` : undefined}
                  onClick={() =>
                    current ? useMapStore.getState().select(null) : focusSelection({ kind: 'cluster', id: c.id })
                  }
                >
                  <span className="swatch" style={{ background: clusterColor(c.id, theme) }} aria-hidden="true" />
                  <span className="legend-label">{c.label}</span>
                  <span className="legend-size" aria-label={`${c.size} papers`}>
                    {c.size}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}

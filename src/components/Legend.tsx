import { useState, type Ref } from 'react';
import { THEMES, type ThemeName, clusterColor, yearColor } from '../core/style';
import { type TimeIndex, yearStats } from '../core/time';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { ColorByControl } from './ColorByControl';
import { DensityOptions } from './DensityOptions';
import { focusSelection } from '../store/focusSelection';
import { selectTimeIndex } from '../store/selectTimeIndex';
import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';

/**
 * A cluster's swatch in year mode: the colour of its papers' mean year on the overlay's scale
 * (grey when none is dated), and that year for the tooltip; null in cluster mode.
 */
function clusterYear(time: TimeIndex | null, cluster: number, theme: ThemeName): { color: string; mean: number | null } | null {
  if (!time) return null;
  const series = time.clusters.get(cluster);
  const stats = series ? yearStats(series, time.firstYear) : undefined;
  if (!stats) return { color: THEMES[theme].unclustered, mean: null };
  const span = time.lastYear - time.firstYear;
  return { color: yearColor(span === 0 ? 0.5 : (stats.mean - time.firstYear) / span, theme), mean: stats.mean };
}

/**
 * The clusters with their colour, name and size; choosing one focuses the map on it. In year
 * mode ("Colour by" Year) the colour bar leads and each cluster's swatch takes the colour of its
 * mean year, so the list still names the clusters and reads on the same scale as the map.
 */
export function Legend({ ref }: { ref?: Ref<HTMLElement> }) {
  const map = useMapStore((s) => s.map);
  const theme = useMapStore((s) => s.theme);
  // Only a selected cluster shows here: a paper or keyword chosen does not re-render the list.
  const selectedCluster = useMapStore((s) => (s.selection?.kind === 'cluster' ? s.selection.id : null));
  const time = useMapStore((s) => (s.colorBy === 'year' ? selectTimeIndex(s.map) : null));
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
      {expanded && <ColorByControl />}
      {expanded && <DensityOptions />}
      {expanded && (
        <ul>
          {clusters.map((c) => {
            const current = selectedCluster === c.id;
            const year = clusterYear(time, c.id, theme);
            const size = `${c.size} ${c.size === 1 ? 'paper' : 'papers'}`;
            const yearNote = year ? (year.mean === null ? 'no dated papers' : `mean year ${year.mean.toFixed(1)}`) : null;
            const tooltip = [
              c.label,
              yearNote && yearNote[0].toUpperCase() + yearNote.slice(1),
              c.topKeywords.length > 0 && `Top keywords: ${c.topKeywords.slice(0, 5).join(', ')}`,
            ];
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className={`legend-item${current ? ' current' : ''}`}
                  aria-pressed={current}
                  // The row may cut a long name with an ellipsis: the tooltip and the accessible name keep it whole.
                  aria-label={`${c.label}, ${size}${yearNote ? `, ${yearNote}` : ''}`}
                  title={tooltip.filter(Boolean).join('\n')}
                  onClick={() => (current ? useMapStore.getState().select(null) : focusSelection({ kind: 'cluster', id: c.id }))}
                >
                  <span
                    className="swatch"
                    style={{ background: year ? year.color : clusterColor(c.id, theme) }}
                    aria-hidden="true"
                  />
                  <span className="legend-label">{c.label}</span>
                  {/* The button's aria-label says the size in words; the bare number is for the eye. */}
                  <span className="legend-size">{c.size}</span>
                </button>
                {current && (
                  <button
                    type="button"
                    className="legend-fit"
                    aria-label={`Fit to ${c.label}`}
                    title="Fit to this cluster"
                    onClick={() => useMapStore.getState().requestView({ type: 'focusCluster', id: c.id })}
                  >
                    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
                      <path
                        fill="none"
                        stroke="currentColor"
                        strokeWidth="1.5"
                        d="M1.75 5.5v-3.75h3.75M10.5 1.75h3.75v3.75M14.25 10.5v3.75h-3.75M5.5 14.25h-3.75v-3.75"
                      />
                    </svg>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}

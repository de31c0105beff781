import { useEffect, useRef } from 'react';
import { clusterColor } from '../core/style';
import { afterNextPaint } from '../render/afterNextPaint';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';
import { PaperLink } from './PaperLink';

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * The answer for the paper placed on the map: its nearest cluster with the similarity, its key
 * phrases, the most similar papers (a click selects one on the map) with the phrases they share,
 * and the cluster's key phrases it does not use. "Clear" removes it and its marker.
 */
export function PlacedPaperPanel() {
  const placed = useMapStore((s) => s.placed);
  const theme = useMapStore((s) => s.theme);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [placed]);
  // The marker lands by its most similar paper: centred there once the panel has taken its room
  // (the map is narrower then, so the view is planned after that paint).
  useEffect(() => {
    const nearest = placed?.placement.similar[0];
    return nearest ? afterNextPaint(() => useMapStore.getState().requestView({ type: 'focusNode', id: nearest.id })) : undefined;
  }, [placed]);
  if (!placed) return null;
  const { placement } = placed;
  const clear = (): void => useMapStore.getState().setPlaced(null);
  return (
    <aside ref={ref} className="analysis-panel place-panel" tabIndex={-1} aria-labelledby="place-title">
      <div className="settings-header">
        <h2 id="place-title" className="settings-title">
          Placed paper
        </h2>
        <button type="button" className="button button-small" onClick={clear}>
          Clear
        </button>
        <button type="button" className="icon-button" aria-label="Close the placed paper (removes its marker)" onClick={clear}>
          <Icon name="close" />
        </button>
      </div>
      <div className="settings-scroll">
        <p className="details-title place-title">{placed.title}</p>
        {placement.cluster ? (
          <section aria-labelledby="place-cluster">
            <h3 id="place-cluster">Nearest cluster</h3>
            <button
              type="button"
              className="gap-term place-cluster"
              onClick={() => focusSelection({ kind: 'cluster', id: placement.cluster!.id })}
            >
              <span className="swatch" style={{ background: clusterColor(placement.cluster.id, theme) }} aria-hidden="true" />
              {placement.cluster.label}
            </button>{' '}
            <span className="muted" title="Cosine similarity of the paper's key phrases to the cluster's (0–100%)">
              similarity {percent(placement.cluster.similarity)}
            </span>
          </section>
        ) : (
          <p className="hint">It shares no key phrase with any paper of this map, so it has no place on it.</p>
        )}
        <section aria-labelledby="place-phrases">
          <h3 id="place-phrases">Its key phrases</h3>
          <p className="place-phrases">{placement.keyPhrases.join(' · ') || 'none found'}</p>
        </section>
        {placement.similar.length > 0 && (
          <section aria-labelledby="place-similar">
            <h3 id="place-similar">Most similar papers ({placement.similar.length})</h3>
            <ul className="paper-list place-similar">
              {placement.similar.map((s) => (
                <PaperLink key={s.id} id={s.id}>
                  <span className="muted">similarity {percent(s.similarity)}</span>
                  {s.shared.length > 0 && <> · shares {s.shared.join(', ')}</>}
                </PaperLink>
              ))}
            </ul>
          </section>
        )}
        {placement.unused.length > 0 && (
          <section aria-labelledby="place-unused">
            <h3 id="place-unused">Key phrases of its cluster it does not use</h3>
            <p className="hint">The cluster's keywords, strongest first, that are not among the paper's phrases.</p>
            <p className="place-phrases">{placement.unused.join(' · ')}</p>
          </section>
        )}
      </div>
    </aside>
  );
}

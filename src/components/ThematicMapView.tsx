import { type KeyboardEvent, type MouseEvent, useMemo, useState } from 'react';
import { QUADRANT_NAMES, type Quadrant, writeThematicMapSvg } from '../core/analysis';
import { useMapAnalysis } from '../hooks/useMapAnalysis';
import { downloadFile } from '../render/downloadFile';
import { focusSelection } from '../store/focusSelection';
import { selectExportStamp } from '../store/selectExportStamp';
import { useMapStore } from '../store/useMapStore';

const ORDER: readonly Quadrant[] = ['motor', 'basic', 'niche', 'emerging'];

/** The cluster of the bubble an event happened in, if any (the chart is one SVG string). */
function clusterOf(target: EventTarget | null): number | null {
  const bubble = target instanceof Element ? target.closest('[data-cluster]') : null;
  const id = bubble ? Number(bubble.getAttribute('data-cluster')) : NaN;
  return Number.isInteger(id) ? id : null;
}

/**
 * "Thematic map": the clusters by centrality and density (bibliometrix's strategic diagram). The
 * chart is the SVG that "Export chart SVG" saves, shown as is; clicking a bubble selects its cluster.
 */
export function ThematicMapView() {
  const analysis = useMapAnalysis();
  const theme = useMapStore((s) => s.theme);
  const selected = useMapStore((s) => (s.selection?.kind === 'cluster' ? s.selection.id : null));
  // Opened while the map is coloured by year, the chart starts on the same scale.
  const [byYear, setByYear] = useState(() => useMapStore.getState().colorBy === 'year');
  const thematic = analysis?.thematic ?? null;
  const hasYears = thematic?.themes.some((t) => t.meanYear !== null) ?? false;
  const svg = useMemo(
    () => (thematic ? writeThematicMapSvg(thematic, { theme, colorByYear: byYear && hasYears }) : ''),
    [thematic, theme, byYear, hasYears],
  );
  if (!thematic) return <p className="muted">No map loaded.</p>;
  if (thematic.themes.length === 0) return <p className="muted">No cluster has keywords: there is nothing to place.</p>;

  const choose = (event: MouseEvent | KeyboardEvent): void => {
    const id = clusterOf(event.target);
    if (id !== null) focusSelection({ kind: 'cluster', id });
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choose(event);
  };
  const exportSvg = (): void => {
    const stamp = selectExportStamp(useMapStore.getState()) ?? undefined;
    const file = writeThematicMapSvg(thematic, { theme, colorByYear: byYear && hasYears, stamp });
    downloadFile('thematic-map.svg', new Blob([file], { type: 'image/svg+xml' }));
  };
  return (
    <div className="thematic">
      <p className="analysis-intro">
        Each cluster placed by its ties to other clusters (centrality) and among its own keywords (density), as ranks; bubble size
        is papers. Click a bubble to select the cluster.
      </p>
      <div className="thematic-tools">
        {hasYears && (
          <label className="thematic-toggle">
            <input type="checkbox" checked={byYear} onChange={(e) => setByYear(e.target.checked)} /> Colour by mean year
          </label>
        )}
        <button type="button" className="button button-small" onClick={exportSvg}>
          Export chart SVG
        </button>
      </div>
      {/* The markup is our own writer's, every text in it escaped; one owner of these nodes. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: writeThematicMapSvg escapes every label and the chart must be the exported file, byte for byte */}
      <div className="thematic-chart" onClick={choose} onKeyDown={onKey} dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="thematic-quadrants">
        {ORDER.map((q) => {
          const themes = thematic.themes.filter((t) => t.quadrant === q);
          return (
            <section key={q} aria-label={QUADRANT_NAMES[q]}>
              <h4 className="subheading">{QUADRANT_NAMES[q]}</h4>
              {themes.length === 0 ? (
                <p className="muted">None</p>
              ) : (
                <ul className="thematic-list">
                  {themes.map((t) => (
                    <li key={t.cluster}>
                      <button
                        type="button"
                        className={`gap-term${selected === t.cluster ? ' active' : ''}`}
                        onClick={() => focusSelection({ kind: 'cluster', id: t.cluster })}
                      >
                        {t.label}
                      </button>{' '}
                      <span className="muted">
                        {t.papers} papers · centrality {t.centrality.toPrecision(2)} · density {t.density.toPrecision(2)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}

import type { DensityMode } from '../core/analysis';
import { useMapStore } from '../store/useMapStore';

const DEFAULT_MODE: DensityMode = { coloring: 'heat', weight: 'papers' };

/**
 * "Density": shows a smoothed density under the map, of papers or of keyword weight, as a heat
 * map or by cluster (VOSviewer's density visualization). Kept in the URL.
 */
export function DensityButton() {
  const density = useMapStore((s) => s.density);
  const setDensity = useMapStore((s) => s.setDensity);
  return (
    <div className="density-control">
      <button
        type="button"
        className={`button${density ? ' active' : ''}`}
        aria-pressed={density !== null}
        title="Density view: where the papers are, smoothed"
        onClick={() => setDensity(density ? null : DEFAULT_MODE)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.2" strokeOpacity=".45" />
          <circle cx="8" cy="8" r="3.75" fill="none" stroke="currentColor" strokeWidth="1.3" strokeOpacity=".75" />
          <circle cx="8" cy="8" r="1.5" fill="currentColor" />
        </svg>
        <span>Density</span>
      </button>
      {density && (
        <>
          <select
            className="density-coloring"
            aria-label="Density of"
            title="What the density counts"
            value={density.weight}
            onChange={(e) => setDensity({ ...density, weight: e.target.value === 'keywords' ? 'keywords' : 'papers' })}
          >
            <option value="papers">Papers</option>
            <option value="keywords">Keyword weight</option>
          </select>
          <select
            className="density-coloring"
            aria-label="Density colours"
            value={density.coloring}
            onChange={(e) => setDensity({ ...density, coloring: e.target.value === 'cluster' ? 'cluster' : 'heat' })}
          >
            <option value="heat">Heat</option>
            <option value="cluster">By cluster</option>
          </select>
        </>
      )}
    </div>
  );
}

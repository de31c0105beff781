import type { DensityMode } from '../core/analysis';
import { useMapStore } from '../store/useMapStore';

const DEFAULT_MODE: DensityMode = { coloring: 'heat', weight: 'papers' };

/**
 * "Density": shows a smoothed density under the map (VOSviewer's density visualization). Its
 * options (papers or keyword weight, heat or by cluster) are in the legend, beside "Colour by",
 * so the crowded toolbar keeps one button. Kept in the URL.
 */
export function DensityButton() {
  const density = useMapStore((s) => s.density);
  const setDensity = useMapStore((s) => s.setDensity);
  return (
    <button
      type="button"
      className={`button button-collapsible-narrow${density ? ' active' : ''}`}
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
  );
}

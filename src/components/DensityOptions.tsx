import { useMapStore } from '../store/useMapStore';

/** The density view's options in the legend, while it is on: what it counts and how it is coloured. */
export function DensityOptions() {
  const density = useMapStore((s) => s.density);
  if (!density) return null;
  const setDensity = useMapStore.getState().setDensity;
  return (
    <div className="color-by density-options">
      <label className="color-by-row">
        <span>Density of</span>
        <select
          aria-label="Density of"
          value={density.weight}
          onChange={(e) => setDensity({ ...density, weight: e.target.value === 'keywords' ? 'keywords' : 'papers' })}
        >
          <option value="papers">Papers</option>
          <option value="keywords">Keyword weight</option>
        </select>
      </label>
      <label className="color-by-row">
        <span>Density colours</span>
        <select
          aria-label="Density colours"
          value={density.coloring}
          onChange={(e) => setDensity({ ...density, coloring: e.target.value === 'cluster' ? 'cluster' : 'heat' })}
        >
          <option value="heat">Heat</option>
          <option value="cluster">By cluster</option>
        </select>
      </label>
    </div>
  );
}

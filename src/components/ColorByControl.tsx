import type { ColorBy } from '../core/scene';
import { yearColor } from '../core/style';
import { selectTimeIndex } from '../store/selectTimeIndex';
import { useMapStore } from '../store/useMapStore';

/** Stops of the colour bar's gradient: enough that the CSS gradient follows the scale's curve. */
const STOPS = 9;

/**
 * "Colour by": Cluster or Year (the overlay), and in year mode the colour bar from the map's
 * first year to its last. Shown only for maps whose papers have years.
 */
export function ColorByControl() {
  const time = useMapStore((s) => selectTimeIndex(s.map));
  const colorBy = useMapStore((s) => s.colorBy);
  const theme = useMapStore((s) => s.theme);
  if (!time) return null;
  const stops = Array.from({ length: STOPS }, (_, i) => yearColor(i / (STOPS - 1), theme));
  return (
    <div className="color-by">
      <label className="color-by-row">
        <span>Colour by</span>
        <select
          aria-label="Colour by"
          value={colorBy}
          onChange={(e) => useMapStore.getState().setColorBy(e.target.value as ColorBy)}
        >
          <option value="cluster">Cluster</option>
          <option value="year">Year</option>
        </select>
      </label>
      {colorBy === 'year' ? (
        <figure className="color-bar" aria-label={`Colour bar: ${time.firstYear} to ${time.lastYear}`}>
          <div className="color-bar-ramp" style={{ background: `linear-gradient(to right, ${stops.join(', ')})` }} />
          <figcaption className="color-bar-years">
            <span>{time.firstYear}</span>
            <span>{time.lastYear}</span>
          </figcaption>
        </figure>
      ) : null}
    </div>
  );
}

import { selectTimeIndex } from '../store/selectTimeIndex';
import { useMapStore } from '../store/useMapStore';

const HEIGHT = 22;

/**
 * The time filter ("Years"): papers per year as a small histogram over two sliders, From and To
 * (native range inputs: arrow keys, Page Up/Down, Home/End). Papers outside the years are dimmed
 * or hidden with the keyword filter's switch, and "N of M papers" counts both filters. Shown only
 * for maps whose papers have years.
 */
export function YearRangeFilter() {
  const time = useMapStore((s) => selectTimeIndex(s.map));
  const years = useMapStore((s) => s.filterYears);
  if (!time) return null;
  const { firstYear, lastYear } = time;
  const from = years?.from ?? firstYear;
  const to = years?.to ?? lastYear;
  const set = (nextFrom: number, nextTo: number): void => {
    const a = Math.max(firstYear, Math.min(nextFrom, nextTo));
    const b = Math.min(lastYear, Math.max(nextFrom, nextTo));
    useMapStore.getState().setFilterYears(a === firstYear && b === lastYear ? null : { from: a, to: b });
  };
  let max = 1;
  for (const n of time.papers) max = Math.max(max, n);
  const span = time.papers.length;
  return (
    <div className="year-filter" role="group" aria-label="Years">
      <svg className="year-histogram" viewBox={`0 0 ${span} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
        {Array.from(time.papers, (n, i) => (
          <rect
            key={firstYear + i}
            x={i + 0.1}
            y={HEIGHT - (n / max) * HEIGHT}
            width={0.8}
            height={(n / max) * HEIGHT}
            className={firstYear + i >= from && firstYear + i <= to ? 'year-bar year-bar-in' : 'year-bar'}
          />
        ))}
      </svg>
      <div className="year-sliders">
        {/* Thumbs at the last year: only From can move, so it goes on top (app.css). */}
        <YearSlider
          label="From year"
          firstYear={firstYear}
          lastYear={lastYear}
          value={from}
          top={from === lastYear}
          onChange={(y) => set(y, to)}
        />
        <YearSlider
          label="To year"
          firstYear={firstYear}
          lastYear={lastYear}
          value={to}
          top={false}
          onChange={(y) => set(from, y)}
        />
      </div>
      <span className="year-range-text">{from === to ? from : `${from}–${to}`}</span>
      {years ? (
        <button type="button" className="button button-quiet" onClick={() => useMapStore.getState().setFilterYears(null)}>
          All years
        </button>
      ) : null}
    </div>
  );
}

/** One of the two year sliders (From, To), over every year of the map. */
function YearSlider({
  label,
  firstYear,
  lastYear,
  value,
  top,
  onChange,
}: {
  label: string;
  firstYear: number;
  lastYear: number;
  value: number;
  top: boolean;
  onChange: (year: number) => void;
}) {
  return (
    <input
      type="range"
      aria-label={label}
      className={top ? 'year-slider-top' : undefined}
      min={firstYear}
      max={lastYear}
      step={1}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
    />
  );
}

import { type TimeIndex, yearStats } from '../core/time';

const BAR_WIDTH = 6;
const GAP = 1;
const HEIGHT = 40;

/**
 * Papers per year as a small bar chart with first, peak and mean year. The chart is drawn for the
 * eye; its text alternative (the svg's label) lists every year's count for a screen reader.
 */
export function YearTrend({ counts, firstYear, title }: { counts: ArrayLike<number>; firstYear: number; title: string }) {
  const stats = yearStats(counts, firstYear);
  if (!stats) return <p className="muted">No dated papers.</p>;
  let max = 0;
  for (let i = 0; i < counts.length; i++) max = Math.max(max, counts[i]);
  const bars: { year: number; n: number }[] = [];
  for (let i = 0; i < counts.length; i++) bars.push({ year: firstYear + i, n: counts[i] });
  const width = bars.length * (BAR_WIDTH + GAP);
  const alt = `${title}: ${bars.map((b) => `${b.year}: ${b.n}`).join(', ')}`;
  return (
    <figure className="year-trend">
      <svg
        role="img"
        aria-label={alt}
        className="year-chart"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
      >
        {bars.map((b, i) =>
          b.n > 0 ? (
            <rect
              key={b.year}
              x={i * (BAR_WIDTH + GAP)}
              y={HEIGHT - (b.n / max) * HEIGHT}
              width={BAR_WIDTH}
              height={(b.n / max) * HEIGHT}
              className={b.year === stats.peak ? 'year-bar year-bar-peak' : 'year-bar'}
            />
          ) : null,
        )}
      </svg>
      <figcaption className="year-stats">
        <span>
          {bars[0].year}–{bars[bars.length - 1].year}
        </span>{' '}
        · first <strong>{stats.first}</strong> · peak <strong>{stats.peak}</strong> · mean{' '}
        <strong>{stats.mean.toFixed(1)}</strong> ({stats.total} dated)
      </figcaption>
    </figure>
  );
}

/**
 * The "Papers per year" section of a details panel: the trend of `counts` (the papers of one
 * cluster or keyword per year of the map's time index; none counted is all zeros).
 */
export function PapersPerYear({
  id,
  time,
  counts,
  title,
}: {
  id: string;
  time: TimeIndex;
  counts: Int32Array | undefined;
  title: string;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>Papers per year</h3>
      <YearTrend counts={counts ?? new Int32Array(time.papers.length)} firstYear={time.firstYear} title={title} />
    </section>
  );
}

import { clusterTrends, type TimeIndex } from '../core/time';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';

/** Emerging and declining clusters (core/time clusterTrends), each a button that selects it. */
export function ClusterTrendList({ time }: { time: TimeIndex }) {
  const index = useMapStore((s) => s.index);
  if (!index) return null;
  const trends = clusterTrends(time);
  const group = (kind: 'emerging' | 'declining', heading: string) => {
    const items = trends.filter((t) => t.trend === kind);
    return (
      <div>
        <h4>{heading}</h4>
        {items.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul className="trend-list">
            {items.map((t) => (
              <li key={t.cluster}>
                <button type="button" className="link-button" onClick={() => focusSelection({ kind: 'cluster', id: t.cluster })}>
                  {index.clusterById.get(t.cluster)?.label ?? `Cluster ${t.cluster}`}
                </button>{' '}
                <span className="muted">
                  mean {t.meanYear.toFixed(1)}, share ×{t.growth.toFixed(2)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };
  return (
    <section aria-labelledby="overview-trends">
      <h3 id="overview-trends">Trends</h3>
      {trends.length === 0 ? (
        <p className="muted">No cluster's share of the papers grew or shrank by half or more.</p>
      ) : (
        <>
          {group('emerging', 'Emerging clusters')}
          {group('declining', 'Declining clusters')}
        </>
      )}
    </section>
  );
}

import { useState } from 'react';
import type { MapBurst } from '../core/map';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';

type BurstOrder = 'strength' | 'start';

/** How many bursts the list shows: the strongest (or earliest) first. */
const SHOWN = 25;

/** The map's keyword bursts (Kleinberg, written by the builder), sortable; a click selects the keyword. */
export function BurstList({ bursts }: { bursts: readonly MapBurst[] }) {
  const index = useMapStore((s) => s.index);
  const [order, setOrder] = useState<BurstOrder>('strength');
  if (!index) return null;
  const sorted = [...bursts].sort((a, b) =>
    order === 'strength' ? b.strength - a.strength || a.start - b.start : a.start - b.start || b.strength - a.strength,
  );
  return (
    <section aria-labelledby="overview-bursts">
      <h3 id="overview-bursts">Bursts ({bursts.length})</h3>
      {bursts.length === 0 ? (
        <p className="muted">No keyword bursts: no keyword's yearly share rose enough to count as one.</p>
      ) : (
        <table className="burst-table">
          <thead>
            <tr>
              <th scope="col">Keyword</th>
              <th scope="col" aria-sort={order === 'start' ? 'ascending' : 'none'}>
                <button type="button" className="link-button" onClick={() => setOrder('start')}>
                  Years
                </button>
              </th>
              <th scope="col" aria-sort={order === 'strength' ? 'descending' : 'none'}>
                <button type="button" className="link-button" onClick={() => setOrder('strength')}>
                  Strength
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, SHOWN).map((b) => {
              const keyword = index.keywordById.get(b.keyword);
              return (
                <tr key={`${b.keyword} ${b.start}`}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => focusSelection({ kind: 'keyword', id: b.keyword })}
                    >
                      {keyword?.term ?? b.keyword}
                    </button>
                  </td>
                  <td>{b.start === b.end ? b.start : `${b.start}–${b.end}`}</td>
                  <td>{b.strength.toFixed(2)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

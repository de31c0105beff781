import { type ReactNode, useRef } from 'react';
import { clusterColor } from '../core/style';
import { selectFilterResult } from '../store/selectFilterResult';
import { useMapStore } from '../store/useMapStore';
import { KeywordPicker } from './KeywordPicker';
import { Icon } from './Icon';
import { YearRangeFilter } from './YearRangeFilter';

/**
 * The keyword filter: a "Filter by keyword" box with autocomplete (with paper counts), the chosen
 * keywords as removable chips, whether papers need all or any of them, whether the rest is
 * dimmed or hidden, "N of M papers" and "Fit to matches" (a filter change brings them into view
 * by itself; the button brings them back after the user has moved away). `children` go after
 * the years: other controls of what the map shows ("Changes" and "Highlight new").
 */
export function FilterBar({ children }: { children?: ReactNode } = {}) {
  const map = useMapStore((s) => s.map);
  const index = useMapStore((s) => s.index);
  const theme = useMapStore((s) => s.theme);
  const chosen = useMapStore((s) => s.filterKeywords);
  const mode = useMapStore((s) => s.filterMode);
  const hide = useMapStore((s) => s.hideFiltered);
  const yearsActive = useMapStore((s) => s.filterYears !== null);
  const result = useMapStore(selectFilterResult);
  const { addFilterKeyword, removeFilterKeyword, clearFilter, setFilterMode, setHideFiltered } = useMapStore.getState();

  const active = chosen.length > 0;
  const bar = useRef<HTMLDivElement>(null);
  // A chip's remove button and "Clear filter" go with what they remove: the focus goes to the box.
  const focusBox = (): void => bar.current?.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();

  return (
    <div ref={bar} className="filter-bar" role="group" aria-label="Keyword filter">
      <KeywordPicker
        label="Filter by keyword"
        // With chips beside it the box may be squeezed to its least width on one row: a shorter hint.
        placeholder={active ? 'Add keyword…' : 'Filter by keyword…'}
        className="filter"
        disabled={!map}
        icon={<Icon name="filter" className="combobox-icon" />}
        exclude={chosen}
        onPick={(option) => addFilterKeyword(option.id)}
        // As in a tag input: Backspace in the empty box takes back the last keyword chosen.
        onBackspaceEmpty={() => {
          const last = useMapStore.getState().filterKeywords.at(-1);
          if (last !== undefined) removeFilterKeyword(last);
        }}
      />
      <YearRangeFilter />
      {children}
      {active && (
        <ul className="chips" aria-label="Chosen keywords">
          {chosen.map((id) => {
            const keyword = index?.keywordById.get(id);
            return (
              <li key={id} className="chip chip-removable">
                {keyword && (
                  <span className="swatch" style={{ background: clusterColor(keyword.cluster, theme) }} aria-hidden="true" />
                )}
                <span title={keyword?.term ?? id}>{keyword?.term ?? id}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${keyword?.term ?? id} from the filter`}
                  onClick={() => {
                    removeFilterKeyword(id);
                    focusBox();
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {active && (
        <fieldset className="segmented">
          <legend className="sr-only">Papers must have all or any of the chosen keywords</legend>
          <label>
            <input type="radio" name="filter-mode" checked={mode === 'all'} onChange={() => setFilterMode('all')} />
            <span>All</span>
          </label>
          <label>
            <input type="radio" name="filter-mode" checked={mode === 'any'} onChange={() => setFilterMode('any')} />
            <span>Any</span>
          </label>
        </fieldset>
      )}
      {(active || yearsActive) && (
        <fieldset className="segmented">
          <legend className="sr-only">Other papers</legend>
          <label>
            <input type="radio" name="filter-hide" checked={!hide} onChange={() => setHideFiltered(false)} />
            <span>Dim others</span>
          </label>
          <label>
            <input type="radio" name="filter-hide" checked={hide} onChange={() => setHideFiltered(true)} />
            <span>Hide others</span>
          </label>
        </fieldset>
      )}
      {active && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            clearFilter();
            focusBox();
          }}
        >
          Clear filter
        </button>
      )}
      <p className="filter-count" role="status" aria-live="polite">
        {map
          ? `${result.papers.size.toLocaleString('en')} of ${result.total.toLocaleString('en')} ${result.total === 1 ? 'paper' : 'papers'}`
          : ''}
        {/* An empty map needs a reason and a way out: no paper has every keyword chosen. */}
        {map && result.papers.size === 0 && mode === 'all' && chosen.length > 1 && !yearsActive
          ? ': none has all of them; try Any'
          : ''}
      </p>
      {active && result.papers.size > 0 && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => useMapStore.getState().requestView({ type: 'fitMatches' })}
        >
          Fit to matches
        </button>
      )}
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { MapKeyword } from '../core/map';
import { useMapStore } from '../store/useMapStore';
import { KeywordPicker } from './KeywordPicker';
import { Icon } from './Icon';

/**
 * Curating one keyword: "Remove from map" (it joins the removed terms) and "Merge into…" (pick
 * the keyword it is a synonym of). Either rebuilds the map in the worker; Settings › Curation
 * undoes them.
 */
export function KeywordCuration({ keyword }: { keyword: MapKeyword }) {
  const [merging, setMerging] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  // The picker closes; the focus goes back to its button, not to the page.
  const closePicker = (): void => {
    setMerging(false);
    mergeButton.current?.focus();
  };

  useEffect(() => {
    if (merging) box.current?.querySelector('input')?.focus();
  }, [merging]);
  // Another keyword shown in the panel starts with the picker closed.
  useEffect(() => setMerging(false), [keyword.id]);

  const { curate } = useMapStore.getState();

  return (
    <div className="curate" role="group" aria-label="Curate this keyword">
      <div className="curate-buttons">
        <button type="button" className="button button-small" onClick={() => curate({ type: 'remove', term: keyword.term })}>
          <Icon name="trash" size={14} />
          <span>Remove from map</span>
        </button>
        <button
          ref={mergeButton}
          type="button"
          className="button button-small"
          aria-expanded={merging}
          onClick={() => setMerging(!merging)}
        >
          <Icon name="merge" size={14} />
          <span>Merge into…</span>
        </button>
      </div>
      {merging && (
        <div
          ref={box}
          className="curate-merge"
          onKeyDown={(event) => {
            // Escape closes the list, then clears the box (the combobox's own steps); in an empty,
            // closed box it closes the picker. The box is read as it was before this key.
            if (event.key !== 'Escape') return;
            const input = box.current?.querySelector('input');
            if (input && (input.value !== '' || input.getAttribute('aria-expanded') === 'true')) return;
            closePicker();
          }}
        >
          <KeywordPicker
            label={`Merge “${keyword.term}” into`}
            placeholder="Keyword to merge into…"
            className="merge-picker"
            icon={<Icon name="search" size={14} className="combobox-icon" />}
            exclude={[keyword.id]}
            onPick={(option) => {
              closePicker();
              curate({ type: 'merge', from: keyword.term, to: option.text }, { kind: 'keyword', id: option.id });
            }}
          />
          <p className="field-hint">Its papers count for the keyword you pick, and it leaves the map.</p>
        </div>
      )}
    </div>
  );
}

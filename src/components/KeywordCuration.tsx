import { useEffect, useRef, useState } from 'react';
import type { MapKeyword } from '../core/map';
import { useMapStore } from '../store/useMapStore';
import { KeywordPicker } from './KeywordPicker';

/**
 * Curating one keyword: "Remove from map" (it joins the removed terms) and "Merge into…" (pick
 * the keyword it is a synonym of). Either rebuilds the map in the worker; Settings › Curation
 * undoes them.
 */
export function KeywordCuration({ keyword }: { keyword: MapKeyword }) {
  const [merging, setMerging] = useState(false);
  const box = useRef<HTMLDivElement>(null);

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
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              fill="currentColor"
              d="M11 1.75V3h2.25a.75.75 0 0 1 0 1.5H2.75a.75.75 0 0 1 0-1.5H5V1.75C5 .784 5.784 0 6.75 0h2.5C10.216 0 11 .784 11 1.75ZM4.496 6.675l.66 6.6a.25.25 0 0 0 .249.225h5.19a.25.25 0 0 0 .249-.225l.66-6.6a.75.75 0 0 1 1.492.149l-.66 6.6A1.748 1.748 0 0 1 10.595 15h-5.19a1.75 1.75 0 0 1-1.741-1.575l-.66-6.6a.75.75 0 1 1 1.492-.15ZM6.5 1.75V3h3V1.75a.25.25 0 0 0-.25-.25h-2.5a.25.25 0 0 0-.25.25Z"
            />
          </svg>
          <span>Remove from map</span>
        </button>
        <button type="button" className="button button-small" aria-expanded={merging} onClick={() => setMerging(!merging)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              fill="currentColor"
              d="M5 3.254V3.25v.005a.75.75 0 1 1 0-.005v.004Zm.45 1.9a2.25 2.25 0 1 0-1.95.218v5.256a2.25 2.25 0 1 0 1.5 0V7.123A5.735 5.735 0 0 0 9.25 9h1.378a2.251 2.251 0 1 0 0-1.5H9.25a4.25 4.25 0 0 1-3.8-2.346ZM12.75 9a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Zm-8.5 4.5a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Z"
            />
          </svg>
          <span>Merge into…</span>
        </button>
      </div>
      {merging && (
        <div ref={box} className="curate-merge">
          <KeywordPicker
            label={`Merge “${keyword.term}” into`}
            placeholder="Keyword to merge into…"
            className="merge-picker"
            icon={<SearchIcon />}
            exclude={[keyword.id]}
            onPick={(option) => {
              setMerging(false);
              curate({ type: 'merge', from: keyword.term, to: option.text }, { kind: 'keyword', id: option.id });
            }}
          />
          <p className="field-hint">Its papers count for the keyword you pick, and it leaves the map.</p>
        </div>
      )}
    </div>
  );
}

function SearchIcon() {
  return (
    <svg className="combobox-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path
        fill="currentColor"
        d="M10.68 11.74a6 6 0 0 1-7.922-8.982 6 6 0 0 1 8.982 7.922l3.04 3.04a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215ZM11.5 7a4.499 4.499 0 1 0-8.997 0A4.499 4.499 0 0 0 11.5 7Z"
      />
    </svg>
  );
}

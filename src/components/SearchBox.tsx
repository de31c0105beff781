import { useCallback } from 'react';
import { searchMap, type SearchHit } from '../core/query';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { Combobox } from './Combobox';

interface SearchOption {
  id: string;
  text: string;
  hit: SearchHit;
}

/** Finds papers by title words and keywords by term; picking one selects it and centres the map. */
export function SearchBox() {
  const map = useMapStore((s) => s.map);
  const index = useMapStore((s) => s.index);
  const options = useCallback(
    (query: string): SearchOption[] =>
      map && index
        ? searchMap(map, index, query).map((hit) => ({ id: `${hit.kind}:${hit.id}`, text: hit.text, hit }))
        : [],
    [map, index],
  );
  return (
    <Combobox<SearchOption>
      label="Search"
      placeholder="Search papers and keywords"
      className="search"
      disabled={!map}
      emptyText="No paper or keyword matches"
      icon={<SearchIcon />}
      options={options}
      onPick={({ hit }) => focusSelection({ kind: hit.kind, id: hit.id })}
      renderOption={({ hit }) => (
        <span className="option">
          <span className={`option-kind ${hit.kind}`}>{hit.kind === 'paper' ? 'Paper' : 'Keyword'}</span>
          <span className="option-text">{hit.text}</span>
          {hit.kind === 'keyword' && <span className="option-count">{hit.count}</span>}
        </span>
      )}
    />
  );
}

function SearchIcon() {
  return (
    <svg className="combobox-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        fill="currentColor"
        d="M10.68 11.74a6 6 0 1 1 1.06-1.06l3.04 3.04a.75.75 0 1 1-1.06 1.06l-3.04-3.04ZM11.5 7a4.5 4.5 0 1 0-9 0 4.5 4.5 0 0 0 9 0Z"
      />
    </svg>
  );
}

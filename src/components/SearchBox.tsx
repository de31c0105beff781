import { useCallback } from 'react';
import { searchMap, type SearchHit } from '../core/query';
import { focusSelection } from '../store/focusSelection';
import { useMapStore } from '../store/useMapStore';
import { Combobox } from './Combobox';
import { Icon } from './Icon';

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
      map && index ? searchMap(map, index, query).map((hit) => ({ id: `${hit.kind}:${hit.id}`, text: hit.text, hit })) : [],
    [map, index],
  );
  return (
    <Combobox<SearchOption>
      label="Search"
      placeholder="Search papers and keywords"
      className="search"
      disabled={!map}
      emptyText="No paper or keyword matches"
      icon={<Icon name="search" className="combobox-icon" />}
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

import { useCallback, useRef } from 'react';
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
  // How many papers matched in all, from the same call as the options (set while rendering them).
  const found = useRef({ papers: 0 });
  const options = useCallback(
    (query: string): SearchOption[] =>
      map && index
        ? searchMap(map, index, query, undefined, found.current).map((hit) => ({
            id: `${hit.kind}:${hit.id}`,
            text: hit.text,
            hit,
          }))
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
      icon={<Icon name="search" className="combobox-icon" />}
      options={options}
      onPick={({ hit }) => focusSelection({ kind: hit.kind, id: hit.id })}
      footer={(list) => {
        const shown = list.filter((o) => o.hit.kind === 'paper').length;
        return found.current.papers > shown
          ? `${shown} of ${found.current.papers} matching papers listed: type more words to narrow`
          : null;
      }}
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

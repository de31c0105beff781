import type { ReactNode } from 'react';
import { clusterColor } from '../core/style';
import { suggestKeywords } from '../core/query';
import { useMapStore } from '../store/useMapStore';
import { Combobox } from './Combobox';

interface KeywordOption {
  id: string;
  text: string;
  papers: number;
  cluster: number;
}

interface KeywordPickerProps {
  label: string;
  placeholder: string;
  className: string;
  icon: ReactNode;
  /** Keyword ids not to offer (already chosen, or the keyword itself). */
  exclude: readonly string[];
  onPick(option: KeywordOption): void;
  disabled?: boolean;
  /** Backspace in the empty box. */
  onBackspaceEmpty?: () => void;
}

/**
 * A box that suggests the map's keywords as you type, each with its cluster's colour and paper
 * count: the keyword filter and "Merge into…" both pick a keyword with it.
 */
export function KeywordPicker({
  label,
  placeholder,
  className,
  icon,
  exclude,
  onPick,
  disabled,
  onBackspaceEmpty,
}: KeywordPickerProps) {
  const map = useMapStore((s) => s.map);
  const theme = useMapStore((s) => s.theme);
  const options = (query: string): KeywordOption[] =>
    map
      ? suggestKeywords(map, query, exclude).map((k) => ({ id: k.id, text: k.term, papers: k.papers, cluster: k.cluster }))
      : [];
  return (
    <Combobox<KeywordOption>
      label={label}
      placeholder={placeholder}
      className={className}
      disabled={disabled}
      openOnFocus
      emptyText="No keyword matches"
      icon={icon}
      options={options}
      onPick={onPick}
      onBackspaceEmpty={onBackspaceEmpty}
      optionLabel={(option) => `${option.text}, ${option.papers} papers`}
      renderOption={(option) => (
        <span className="option">
          <span className="swatch" style={{ background: clusterColor(option.cluster, theme) }} aria-hidden="true" />
          <span className="option-text">{option.text}</span>
          <span className="option-count" aria-hidden="true">
            {option.papers}
          </span>
        </span>
      )}
    />
  );
}

import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ComboboxOption {
  id: string;
  /** Read by screen readers and used as the option's text. */
  text: string;
}

interface ComboboxProps<T extends ComboboxOption> {
  label: string;
  placeholder?: string;
  options: (query: string) => T[];
  onPick: (option: T) => void;
  renderOption: (option: T) => ReactNode;
  /** The option's name for screen readers, where its rendering alone says less (default: its content). */
  optionLabel?: (option: T) => string;
  /** Shown in the list when the query finds nothing. */
  emptyText?: string;
  /** Show options on focus even when the query is empty. */
  openOnFocus?: boolean;
  icon?: ReactNode;
  className?: string;
  disabled?: boolean;
  /** Backspace in the empty box (the keyword filter: removes the last chosen keyword). */
  onBackspaceEmpty?: () => void;
  /** A line under the options (not one of them): e.g. how many more matched than are listed. */
  footer?: (options: readonly T[]) => ReactNode;
}

/**
 * A text box with a list of suggestions, following the WAI-ARIA combobox pattern: arrows move
 * through the list, Enter picks, Escape closes (then clears). Search and the keyword filter
 * both use it.
 */
export function Combobox<T extends ComboboxOption>(props: ComboboxProps<T>) {
  const {
    label,
    placeholder,
    options,
    onPick,
    renderOption,
    optionLabel,
    emptyText,
    openOnFocus,
    icon,
    className,
    disabled,
    onBackspaceEmpty,
    footer,
  } = props;
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const list = open && (query.trim() !== '' || openOnFocus) ? options(query) : [];
  const showList = open && (list.length > 0 || (query.trim() !== '' && emptyText !== undefined));
  const activeIndex = Math.min(active, list.length - 1);
  const footerText = showList && list.length > 0 ? footer?.(list) : null;

  const pick = (option: T): void => {
    onPick(option);
    setQuery('');
    setActive(0);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (list.length === 0 ? 0 : (Math.min(a, list.length - 1) + 1) % list.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (list.length === 0 ? 0 : (Math.min(a, list.length - 1) - 1 + list.length) % list.length));
    } else if (event.key === 'Enter') {
      if (showList && activeIndex >= 0 && list[activeIndex]) {
        event.preventDefault();
        pick(list[activeIndex]);
      }
    } else if (event.key === 'Escape') {
      if (open && list.length > 0) setOpen(false);
      else setQuery('');
    } else if (event.key === 'Backspace' && query === '' && onBackspaceEmpty) {
      event.preventDefault();
      onBackspaceEmpty();
    }
  };

  const listId = `${id}-list`;
  const optionId = (i: number): string => `${id}-option-${i}`;
  return (
    <div className={`combobox ${className ?? ''}`}>
      <label className="sr-only" htmlFor={`${id}-input`}>
        {label}
      </label>
      {icon}
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && activeIndex >= 0 && list[activeIndex] ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={query}
        disabled={disabled}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className="combobox-list" hidden={!showList}>
        {list.map((option, i) => (
          <li
            key={option.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            aria-label={optionLabel?.(option)}
            className={i === activeIndex ? 'active' : undefined}
            // mousedown, not click: picking must happen before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(option);
            }}
            onMouseMove={() => setActive(i)}
          >
            {renderOption(option)}
          </li>
        ))}
        {footerText && (
          <li className="combobox-empty" role="presentation">
            {footerText}
          </li>
        )}
        {showList && list.length === 0 && emptyText !== undefined && (
          <li className="combobox-empty" role="presentation">
            {emptyText}
          </li>
        )}
      </ul>
    </div>
  );
}

import { useId, useRef } from 'react';
import { loadMapFromFile } from '../store/loadMap';

/** "Open map": picks a map file (.json) from the computer and shows it. */
export function OpenMapButton() {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="button button-collapsible"
        title="Open a map file"
        onClick={() => input.current?.click()}
        aria-describedby={`${id}-hint`}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            fill="currentColor"
            d="M.513 1.513A1.75 1.75 0 0 1 1.75 1h3.5c.55 0 1.07.26 1.4.7l.9 1.2a.25.25 0 0 0 .2.1H13a1 1 0 0 1 1 1v.5H2.75a.75.75 0 0 0 0 1.5h11.978a1 1 0 0 1 .994 1.117L15 13.25A1.75 1.75 0 0 1 13.25 15H1.75A1.75 1.75 0 0 1 0 13.25V2.75c0-.464.184-.91.513-1.237Z"
          />
        </svg>
        <span>Open map</span>
      </button>
      <span id={`${id}-hint`} className="sr-only">
        Opens a Topic Map file (.map.json) from your computer. You can also drop one on the page.
      </span>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void loadMapFromFile(file);
          e.target.value = '';
        }}
      />
    </>
  );
}

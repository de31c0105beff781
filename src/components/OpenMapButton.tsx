import { useId, useRef } from 'react';
import { loadMapFromFiles } from '../store/loadMap';
import { FileInput } from './FileInput';
import { Icon } from './Icon';

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
        <Icon name="folder" />
        <span>Open map</span>
      </button>
      <span id={`${id}-hint`} className="sr-only">
        Opens a Topic Map file (.map.json, or a compact .map.bin picked with its .texts files) from your computer. You can also
        drop one on the page.
      </span>
      <FileInput
        inputRef={input}
        accept=".json,.bin,application/json"
        label="Map file"
        multiple
        onPick={(files) =>
          void loadMapFromFiles(files).then((opened) => {
            if (!opened) void loadMapFromFiles(files.slice(0, 1));
          })
        }
      />
    </>
  );
}

import { useId, useRef } from 'react';
import { CORPUS_ACCEPT, openCorpusFile } from '../store/openCorpusFile';
import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';

/** "Open corpus": picks a corpus file and builds its map in the browser. */
export function OpenCorpusButton() {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  // Loading the worker takes seconds: start while the user is still choosing a file.
  const warm = (): void => useMapStore.getState().warmBuilder();
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          warm();
          input.current?.click();
        }}
        onPointerEnter={warm}
        onFocus={warm}
        aria-describedby={`${id}-hint`}
      >
        <Icon name="upload" />
        <span>Open corpus</span>
      </button>
      <span id={`${id}-hint`} className="sr-only">
        Builds a map from papers in a file on your computer: JSON Lines, JSON, CSV, TSV, BibTeX or trending-papers text.
        The file is read in this page and never uploaded. You can also drop one on the page.
      </span>
      <input
        ref={input}
        type="file"
        accept={CORPUS_ACCEPT}
        aria-label="Corpus file"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void openCorpusFile(file);
          e.target.value = '';
        }}
      />
    </>
  );
}

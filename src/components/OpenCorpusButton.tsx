import { useId, useRef } from 'react';
import { CORPUS_ACCEPT, openCorpusFiles } from '../store/openCorpusFile';
import { useMapStore } from '../store/useMapStore';

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
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            fill="currentColor"
            d="M2.75 14A1.75 1.75 0 0 1 1 12.25v-2.5a.75.75 0 0 1 1.5 0v2.5c0 .138.112.25.25.25h10.5a.25.25 0 0 0 .25-.25v-2.5a.75.75 0 0 1 1.5 0v2.5A1.75 1.75 0 0 1 13.25 14ZM11.78 4.72a.749.749 0 1 1-1.06 1.06L8.75 3.811V9.5a.75.75 0 0 1-1.5 0V3.811L5.28 5.78a.749.749 0 1 1-1.06-1.06l3.25-3.25a.749.749 0 0 1 1.06 0l3.25 3.25Z"
          />
        </svg>
        <span>Open corpus</span>
      </button>
      <span id={`${id}-hint`} className="sr-only">
        Builds a map from papers in files on your computer: JSON Lines, JSON, CSV, TSV, BibTeX, trending-papers text, or
        exports from RIS (Zotero, EndNote, Mendeley), Web of Science, Scopus, PubMed, OpenAlex, arXiv and CSL-JSON. Several
        files make one map. The files are read in this page and never uploaded. You can also drop them on the page.
      </span>
      <input
        ref={input}
        type="file"
        accept={CORPUS_ACCEPT}
        aria-label="Corpus file"
        hidden
        multiple
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (files.length > 0) void openCorpusFiles(files);
          e.target.value = '';
        }}
      />
    </>
  );
}

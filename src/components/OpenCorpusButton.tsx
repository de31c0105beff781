import { useId, useRef } from 'react';
import { CORPUS_ACCEPT, openCorpusFiles } from '../store/openCorpusFile';
import { useMapStore } from '../store/useMapStore';
import { FileInput } from './FileInput';
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
        Builds a map from papers in files on your computer: JSON Lines, JSON, CSV, TSV, BibTeX, trending-papers text, or exports
        from RIS (Zotero, EndNote, Mendeley), EndNote (tagged or XML), RefWorks, Web of Science, Scopus (CSV or plain text),
        PubMed, OpenAlex, Crossref, Semantic Scholar, Europe PMC, arXiv and CSL-JSON. Several files make one map. The files are
        read in this page and never uploaded. You can also drop them on the page.
      </span>
      <FileInput
        inputRef={input}
        accept={CORPUS_ACCEPT}
        label="Corpus file"
        multiple
        onPick={(files) => void openCorpusFiles(files)}
      />
    </>
  );
}

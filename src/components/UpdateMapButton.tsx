import { useId, useRef, useState } from 'react';
import { CORPUS_ACCEPT, updateMapFromFiles, updateMapFromFolder } from '../store/openCorpusFile';
import { useMapStore } from '../store/useMapStore';
import { FileInput } from './FileInput';
import { Icon } from './Icon';
import { PasteCorpusDialog } from './PasteCorpusDialog';
import './changes.css';

/**
 * "Update map": builds a new version of the open map's corpus (files picked or dropped, or
 * pasted) against the open map, which becomes its `previous`: what survives keeps its ids and
 * place, the view stays, and the new map records what changed ("Changes", "Highlight new").
 * Shown only while a map is open.
 */
export function UpdateMapButton() {
  const ready = useMapStore((s) => s.status === 'ready' && s.map !== null);
  const [open, setOpen] = useState(false);
  if (!ready) return null;
  return (
    <>
      <button
        type="button"
        className="button button-collapsible"
        title="Update map: build a new version of the corpus against this map and see what changed"
        onClick={() => setOpen(true)}
      >
        <Icon name="sync" />
        <span>Update map</span>
      </button>
      {open && <UpdateMapDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function UpdateMapDialog({ onClose }: { onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const source = useMapStore((s) => s.map?.meta.source ?? 'the map');
  const update = useMapStore.getState().updateMap;
  return (
    <PasteCorpusDialog
      onClose={onClose}
      title="Update map"
      lead={
        <>
          Give the new version of the corpus of <strong>{source}</strong>, old papers and new. Papers, keywords and clusters that
          stay keep their places, names and colours; “Changes” lists what is new. The files are read in this page and never
          uploaded.
        </>
      }
      submitLabel="Update map"
      onSubmit={update}
      onDropFiles={(files) => void updateMapFromFiles(files)}
      onDropFolder={(folder) => void updateMapFromFolder(folder)}
    >
      <div className="modal-row update-files">
        <button type="button" className="button" aria-describedby={`${id}-hint`} onClick={() => input.current?.click()}>
          <Icon name="upload" />
          <span>Choose corpus files…</span>
        </button>
        <span id={`${id}-hint`} className="muted">
          or drop them on this dialog, or paste the papers below
        </span>
        <FileInput
          inputRef={input}
          accept={CORPUS_ACCEPT}
          label="Corpus file for the update"
          multiple
          onPick={(files) => {
            void updateMapFromFiles(files);
            onClose();
          }}
        />
      </div>
    </PasteCorpusDialog>
  );
}

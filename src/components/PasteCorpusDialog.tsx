import { useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { modalKeyDown } from './modalKeys';
import type { CorpusFormat } from '../core/map';
import type { CorpusText } from '../store/mapStoreState';
import { droppedFolder, mixedDropMessage } from '../store/droppedFolders';
import { useMapStore } from '../store/useMapStore';

const FORMATS: { value: CorpusFormat | ''; text: string; extension: string }[] = [
  { value: '', text: 'Detect from the text', extension: '' },
  { value: 'jsonl', text: 'JSON Lines (one paper a line)', extension: '.jsonl' },
  { value: 'json', text: 'JSON (an array of papers)', extension: '.json' },
  { value: 'csv', text: 'CSV or TSV (title and abstract columns)', extension: '.csv' },
  { value: 'bibtex', text: 'BibTeX', extension: '.bib' },
  { value: 'trending', text: 'Trending-papers text', extension: '.txt' },
  { value: 'ris', text: 'RIS (Zotero, EndNote, Mendeley, Scopus)', extension: '.ris' },
  { value: 'wos', text: 'Web of Science (plain text or tab-delimited)', extension: '.txt' },
  { value: 'pubmed', text: 'PubMed (MEDLINE / .nbib, Abstract (text), or XML)', extension: '.nbib' },
  { value: 'endnote', text: 'EndNote (tagged .enw, Refer, or XML)', extension: '.enw' },
  { value: 'refworks', text: 'RefWorks tagged (RefWorks, CNKI)', extension: '.txt' },
  { value: 'scopus', text: 'Scopus (CSV or plain text), Dimensions or Lens CSV', extension: '.csv' },
  { value: 'openalex', text: 'OpenAlex works (JSON or JSON Lines)', extension: '.json' },
  { value: 'arxiv', text: 'arXiv (API Atom feed or metadata JSON Lines)', extension: '' },
  { value: 'csl-json', text: 'CSL-JSON', extension: '.json' },
];

const PLACEHOLDER = '{"title": "A paper", "abstract": "What it is about…"}\n{"title": "Another paper", "abstract": "…"}';

export interface PasteCorpusDialogProps {
  onClose: () => void;
  /** The dialog's words, when it does something else with the corpus ("Update map"). */
  title?: string;
  lead?: ReactNode;
  submitLabel?: string;
  /** What to do with the pasted corpus; by default it is opened as a new map (openCorpus). */
  onSubmit?: (corpus: CorpusText) => void;
  /** Files dropped anywhere on the dialog go here instead of to the page (which would open them). */
  onDropFiles?: (files: File[]) => void;
  /** A folder dropped on the dialog (with onDropFiles): its corpus files are read instead. */
  onDropFolder?: (folder: FileSystemDirectoryEntry) => void;
  /** More ways in, above the text box (a file picker). */
  children?: ReactNode;
}

/**
 * "Paste a corpus": a modal dialog with a text box and a format; the text is built as a corpus
 * in the browser (named "pasted", with the format's extension, in messages and in the map).
 */
export function PasteCorpusDialog({
  onClose,
  title = 'Paste a corpus',
  lead = 'Papers with a title and an abstract. The map is built in this page; the text is not uploaded anywhere.',
  submitLabel = 'Build map',
  onSubmit = (corpus) => useMapStore.getState().openCorpus(corpus),
  onDropFiles,
  onDropFolder,
  children,
}: PasteCorpusDialogProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<CorpusFormat | ''>('');
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    area.current?.focus();
    useMapStore.getState().warmBuilder();
    // Focus goes back to what opened the dialog.
    return () => opener?.focus();
  }, []);

  const submit = (): void => {
    if (!text.trim()) return;
    const chosen = FORMATS.find((f) => f.value === format);
    onSubmit({ text, fileName: `pasted${chosen?.extension ?? ''}`, ...(format ? { format } : {}) });
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => modalKeyDown(event, onClose, submit);

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    const files = [...event.dataTransfer.files];
    if (!onDropFiles || files.length === 0) return;
    // Taken here: the page's own drop handler (useFileDrop) sees it handled and leaves it.
    event.preventDefault();
    const folder = onDropFolder ? droppedFolder(event.dataTransfer) : undefined;
    if (folder && 'mixed' in folder) useMapStore.getState().failBuild(mixedDropMessage(folder.mixed));
    else if (folder && onDropFolder) onDropFolder(folder);
    else onDropFiles(files);
    onClose();
  };

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
      {...(onDropFiles ? { onDrop } : {})}
    >
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h2 id={`${id}-title`} className="modal-title">
            {title}
          </h2>
          <p className="modal-lead muted">{lead}</p>
          {children}
          <label className="field-label" htmlFor={`${id}-text`}>
            Corpus text
          </label>
          <textarea
            id={`${id}-text`}
            ref={area}
            className="textarea"
            rows={12}
            spellCheck={false}
            placeholder={PLACEHOLDER}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="modal-row">
            <label className="field-label" htmlFor={`${id}-format`}>
              Format
            </label>
            <select
              id={`${id}-format`}
              className="select"
              value={format}
              onChange={(e) => setFormat(e.target.value as CorpusFormat | '')}
            >
              {FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.text}
                </option>
              ))}
            </select>
          </div>
          <div className="modal-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={!text.trim()}>
              {submitLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CorpusFormat } from '../core/map';
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
  { value: 'pubmed', text: 'PubMed (MEDLINE / .nbib)', extension: '.nbib' },
  { value: 'scopus', text: 'Scopus, Dimensions or Lens CSV', extension: '.csv' },
  { value: 'openalex', text: 'OpenAlex works (JSON or JSON Lines)', extension: '.json' },
  { value: 'arxiv', text: 'arXiv (API Atom feed or metadata JSON Lines)', extension: '' },
  { value: 'csl-json', text: 'CSL-JSON', extension: '.json' },
];

const PLACEHOLDER = '{"title": "A paper", "abstract": "What it is about…"}\n{"title": "Another paper", "abstract": "…"}';

/**
 * "Paste a corpus": a modal dialog with a text box and a format; the text is built as a corpus
 * in the browser (named "pasted", with the format's extension, in messages and in the map).
 */
export function PasteCorpusDialog({ onClose }: { onClose: () => void }) {
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
    useMapStore.getState().openCorpus({ text, fileName: `pasted${chosen?.extension ?? ''}`, ...(format ? { format } : {}) });
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Tab') {
      // A modal dialog keeps focus inside it.
      const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('textarea, select, button:not(:disabled)')];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h2 id={`${id}-title`} className="modal-title">
            Paste a corpus
          </h2>
          <p className="modal-lead muted">
            Papers with a title and an abstract. The map is built in this page; the text is not uploaded anywhere.
          </p>
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
              Build map
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

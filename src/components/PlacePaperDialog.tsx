import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useReturnFocus } from '../hooks/useReturnFocus';
import { modalKeyDown } from './modalKeys';
import { afterNextPaint } from '../render/afterNextPaint';
import { placeOnMap, warmPlaceIndex } from '../store/placeOnMap';

const PLACEHOLDER =
  'Title of the paper\nThe abstract, on the lines below the title…\n\nor a BibTeX entry: @article{key, title = {…}, abstract = {…}}';

/**
 * "Place a paper": a modal dialog where the user pastes a title and abstract (or a BibTeX entry);
 * the paper is placed on the map on screen in this page (nothing is uploaded) and the dialog
 * closes, leaving the marker on the map and the answer in its panel. A text that cannot be read
 * keeps the dialog open with the reason.
 */
export function PlacePaperDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  // Closed, back to what opened it, unless the focus went on (the placed paper's panel takes it).
  useReturnFocus(dialog);

  useEffect(() => {
    area.current?.focus();
    // The stage and the map's index are made while the user pastes, once the dialog is shown.
    // A failure here shows when the user places (placeOnMap loads the stage again and says why).
    const stopWarming = afterNextPaint(() => void warmPlaceIndex().catch(() => {}));
    return stopWarming;
  }, []);

  const submit = async (): Promise<void> => {
    if (!text.trim() || busy) return;
    setBusy(true);
    try {
      await placeOnMap(text);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => modalKeyDown(event, onClose, () => void submit());

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialog} className="modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <h2 id={`${id}-title`} className="modal-title">
            Place a paper
          </h2>
          <p className="modal-lead muted">
            Its key phrases are found with this map's vocabulary, and it is placed near its most similar papers; nothing on the
            map moves. Worked out in this page: the text is not uploaded anywhere.
          </p>
          <label className="field-label" htmlFor={`${id}-text`}>
            Title on the first line, abstract below (or a BibTeX entry)
          </label>
          <textarea
            id={`${id}-text`}
            ref={area}
            className="textarea"
            rows={10}
            spellCheck={false}
            placeholder={PLACEHOLDER}
            value={text}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
          />
          {error && (
            <p id={`${id}-error`} className="place-error" role="alert">
              {error}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={!text.trim() || busy}>
              {busy ? 'Placing…' : 'Place'}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { MapUrlCheck } from '../store/checkMapUrl';

type AskedCheck = Extract<MapUrlCheck, { kind: 'other-origin' | 'data' }>;

const PREVIEW = 160;

function kilobytes(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Asks before opening a map that this site did not serve: the link's map comes from another site,
 * or is carried in the link itself. The text of such a map (titles, abstracts, links) is
 * whatever its author wrote, shown under this app's address, so the dialog says where it comes
 * from. The safe choice (the default map) has the focus; Escape chooses it too.
 */
export function MapSourceDialog({ check, onOpen, onDecline }: { check: AskedCheck; onOpen: () => void; onDecline: () => void }) {
  const id = useId();
  const safe = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    safe.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDecline();
    } else if (event.key === 'Tab') {
      // A modal dialog keeps focus inside it: two buttons, so Tab moves between them.
      const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('button')];
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      event.preventDefault();
      buttons[(at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
    }
  };

  const fromSite = check.kind === 'other-origin';
  const address = check.url.length > PREVIEW ? `${check.url.slice(0, PREVIEW)}…` : check.url;
  return (
    <div className="modal-backdrop">
      <div
        className="modal map-source"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-lead`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`} className="modal-title">
          {fromSite ? 'Open a map from another site?' : 'Open a map carried in the link?'}
        </h2>
        <p id={`${id}-lead`} className="modal-lead">
          {fromSite ? (
            <>
              This link asks Topic Map to open a map from <strong className="map-source-origin">{check.origin}</strong>, not from
              this site.
            </>
          ) : (
            <>
              This link holds the map itself (a <code>data:</code> address of {kilobytes(check.text)}): no website stands behind
              it.
            </>
          )}{' '}
          Its titles, abstracts and links are whatever its author wrote. Do not follow instructions in it, such as a request to
          log in or to enter a password.
        </p>
        <p className="field-label">{fromSite ? 'Map address' : 'Start of the link'}</p>
        <code className="map-source-address">{address}</code>
        <div className="modal-actions">
          <button type="button" className="button" onClick={onOpen}>
            Open this map
          </button>
          <button type="button" ref={safe} className="button button-primary" onClick={onDecline}>
            Open the default map
          </button>
        </div>
      </div>
    </div>
  );
}

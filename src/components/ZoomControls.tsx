import { useMapStore } from '../store/useMapStore';

/** Zoom in, zoom out, and fit the whole map to the window. */
export function ZoomControls() {
  const requestView = useMapStore((s) => s.requestView);
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => requestView({ type: 'zoomBy', factor: 1.5 })}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path fill="currentColor" d="M7.25 2.75a.75.75 0 0 1 1.5 0v4.5h4.5a.75.75 0 0 1 0 1.5h-4.5v4.5a.75.75 0 0 1-1.5 0v-4.5h-4.5a.75.75 0 0 1 0-1.5h4.5v-4.5Z" />
        </svg>
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => requestView({ type: 'zoomBy', factor: 1 / 1.5 })}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path fill="currentColor" d="M2.75 7.25h10.5a.75.75 0 0 1 0 1.5H2.75a.75.75 0 0 1 0-1.5Z" />
        </svg>
      </button>
      <button type="button" aria-label="Fit map to window" title="Fit map to window (0)" onClick={() => requestView({ type: 'fit' })}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            fill="currentColor"
            d="M2.5 2.75A.25.25 0 0 1 2.75 2.5h3.5a.75.75 0 0 0 0-1.5h-3.5A1.75 1.75 0 0 0 1 2.75v3.5a.75.75 0 0 0 1.5 0v-3.5Zm7.25-1.75a.75.75 0 0 0 0 1.5h3.5a.25.25 0 0 1 .25.25v3.5a.75.75 0 0 0 1.5 0v-3.5A1.75 1.75 0 0 0 13.25 1h-3.5ZM2.5 9.75a.75.75 0 0 0-1.5 0v3.5c0 .97.78 1.75 1.75 1.75h3.5a.75.75 0 0 0 0-1.5h-3.5a.25.25 0 0 1-.25-.25v-3.5Zm12.5 0a.75.75 0 0 0-1.5 0v3.5a.25.25 0 0 1-.25.25h-3.5a.75.75 0 0 0 0 1.5h3.5A1.75 1.75 0 0 0 15 13.25v-3.5Z"
          />
        </svg>
      </button>
    </div>
  );
}

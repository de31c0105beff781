import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';

/** Zoom in, zoom out, and fit the whole map to the window. */
export function ZoomControls() {
  const requestView = useMapStore((s) => s.requestView);
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => requestView({ type: 'zoomBy', factor: 1.5 })}>
        <Icon name="plus" />
      </button>
      <button
        type="button"
        aria-label="Zoom out"
        title="Zoom out (−)"
        onClick={() => requestView({ type: 'zoomBy', factor: 1 / 1.5 })}
      >
        <Icon name="minus" />
      </button>
      <button
        type="button"
        aria-label="Fit map to window"
        title="Fit map to window (0)"
        onClick={() => requestView({ type: 'fit' })}
      >
        <Icon name="fit" />
      </button>
    </div>
  );
}

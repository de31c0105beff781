import type { ViewCommand } from '../store/mapStoreState';
import { useMapStore } from '../store/useMapStore';
import { Icon, type IconName } from './Icon';

/** Zoom in, zoom out, and fit the whole map to the window. */
export function ZoomControls() {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <ZoomButton label="Zoom in" shortcut="+" icon="plus" command={{ type: 'zoomBy', factor: 1.5 }} />
      <ZoomButton label="Zoom out" shortcut="−" icon="minus" command={{ type: 'zoomBy', factor: 1 / 1.5 }} />
      <ZoomButton label="Fit map to window" shortcut="0" icon="fit" command={{ type: 'fit' }} />
    </div>
  );
}

/** One of the zoom buttons: its label, with the keyboard shortcut in the tooltip. */
function ZoomButton({
  label,
  shortcut,
  icon,
  command,
}: {
  label: string;
  shortcut: string;
  icon: IconName;
  command: ViewCommand;
}) {
  const requestView = useMapStore((s) => s.requestView);
  return (
    <button type="button" aria-label={label} title={`${label} (${shortcut})`} onClick={() => requestView(command)}>
      <Icon name={icon} />
    </button>
  );
}

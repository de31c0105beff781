import { Icon } from './Icon';

/** "Settings": shows or hides the settings panel (the pipeline's settings and the curation). */
export function SettingsButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="button button-collapsible-narrow" title="Settings" aria-expanded={open} onClick={onToggle}>
      <Icon name="settings" />
      <span>Settings</span>
    </button>
  );
}

/** "Settings": shows or hides the settings panel (the pipeline's settings and the curation). */
export function SettingsButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="button" aria-expanded={open} onClick={onToggle}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          d="M2 4h3.5M9.5 4H14M2 12h6.5M12.5 12H14M2 8h1.5M7.5 8H14"
        />
        <circle cx="7.5" cy="4" r="1.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <circle cx="10.5" cy="12" r="1.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <circle cx="5.5" cy="8" r="1.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <span>Settings</span>
    </button>
  );
}

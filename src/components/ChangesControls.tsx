import { useMapStore } from '../store/useMapStore';
import { HighlightNewButton } from './HighlightNewButton';
import './changes.css';

/**
 * On a map built as an update (it records `changes`), in the filter bar: "Changes" opens the view
 * of what changed beside the map, "Highlight new" makes the new papers and keywords stand out.
 * Nothing on a map built from scratch. (In the filter bar, not the header: the header is full.)
 */
export function ChangesControls({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const hasChanges = useMapStore((s) => s.status === 'ready' && s.map?.changes !== undefined);
  if (!hasChanges) return null;
  return (
    <div className="changes-controls" role="group" aria-label="Map changes">
      <button
        type="button"
        className={`button button-quiet${open ? ' active' : ''}`}
        aria-expanded={open}
        title="What changed since the previous map: new papers and keywords, clusters born, split, merged, grown"
        onClick={onToggle}
      >
        Changes
      </button>
      <HighlightNewButton />
    </div>
  );
}

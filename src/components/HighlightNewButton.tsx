import { selectHighlighting } from '../store/selectSceneFilter';
import { useMapStore } from '../store/useMapStore';

/**
 * "Highlight new": on a map built as an update (it records `changes`), a toggle that makes its
 * new papers and new keywords stand out and dims the rest, on screen and in the image exports.
 * Kept in the URL (`highlight=new`). Absent on a map without changes.
 */
export function HighlightNewButton() {
  const changes = useMapStore((s) => s.map?.changes);
  const on = useMapStore(selectHighlighting);
  if (!changes) return null;
  const count = changes.newPapers.length + changes.newKeywords.length;
  return (
    <button
      type="button"
      className={`button button-quiet${on ? ' active' : ''}`}
      aria-pressed={on}
      title={`Make the ${changes.newPapers.length} new papers and ${changes.newKeywords.length} new keywords stand out, the rest dimmed`}
      disabled={count === 0}
      onClick={() => useMapStore.getState().setHighlightNew(!on)}
    >
      Highlight new
    </button>
  );
}

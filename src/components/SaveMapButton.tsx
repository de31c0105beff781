import { serializeMap } from '../core/map';
import { useMapStore } from '../store/useMapStore';
import { downloadFile } from '../render/downloadFile';

/** `papers.jsonl` → `papers.map.json`: the corpus's name, as `npm run build:map` would name the map. */
export function mapFileName(source: string): string {
  const name = source.replace(/^.*[\\/]/, '');
  const base = name.replace(/\.map\.json$/i, '').replace(/\.[^.]*$/, '');
  return `${base || 'topic-map'}.map.json`;
}

/**
 * "Save map": downloads the map on screen as a map file (exactly what the command line writes
 * for the same corpus and settings), so a map built here can be opened again with "Open map".
 */
export function SaveMapButton() {
  const ready = useMapStore((s) => s.map !== null);
  const onClick = (): void => {
    const { map } = useMapStore.getState();
    if (map) downloadFile(mapFileName(map.meta.source), new Blob([serializeMap(map)], { type: 'application/json' }));
  };
  return (
    <button type="button" className="button button-collapsible" onClick={onClick} disabled={!ready} title="Save the map as a map file">
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
          d="M2.75 2.75h8.5l2 2v8.5a.5.5 0 0 1-.5.5H3.25a.5.5 0 0 1-.5-.5Z M5.25 2.75v3h5v-3 M5 13.75v-4h6v4"
        />
      </svg>
      <span>Save map</span>
    </button>
  );
}

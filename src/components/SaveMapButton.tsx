import { serializeMap } from '../core/map';
import { loadAllTexts } from '../store/paperTexts';
import { useMapStore } from '../store/useMapStore';
import { downloadFile } from '../render/downloadFile';
import { Icon } from './Icon';

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
  const onClick = async (): Promise<void> => {
    const { map } = useMapStore.getState();
    if (!map) return;
    // A compact map's texts are fetched first: the saved map file is whole.
    await loadAllTexts(map);
    downloadFile(mapFileName(map.meta.source), new Blob([serializeMap(map)], { type: 'application/json' }));
    useMapStore.getState().markSaved(map);
  };
  return (
    <button
      type="button"
      className="button button-collapsible"
      onClick={() =>
        void onClick().catch((error: unknown) => window.alert(error instanceof Error ? error.message : String(error)))
      }
      disabled={!ready}
      title="Save the map as a map file"
    >
      <Icon name="save" />
      <span>Save map</span>
    </button>
  );
}

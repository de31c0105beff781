import { writeSvg } from '../core/export';
import { getCurrentScene } from '../render/currentScene';
import { densitySvgImage } from '../render/densitySvgImage';
import { downloadFile } from '../render/downloadFile';
import { selectExportStamp } from '../store/selectExportStamp';
import { useMapStore } from '../store/useMapStore';

export interface ExportSvgButtonProps {
  /** Include the cluster legend (default true). */
  legend?: boolean;
  /** Include the caption line (default true). */
  caption?: boolean;
}

/** "Export SVG": writes the scene on screen (same nodes, labels, filter) to topic-map.svg. */
export function ExportSvgButton({ legend = true, caption = true }: ExportSvgButtonProps) {
  const ready = useMapStore((s) => s.map !== null);
  const onClick = (): void => {
    const scene = getCurrentScene();
    const state = useMapStore.getState();
    const stamp = selectExportStamp(state);
    if (!scene || stamp === null) return;
    const underlay = state.map && state.density ? densitySvgImage(state.map, state.theme, state.density, scene.view) : undefined;
    const svg = writeSvg(scene, { legend, caption, stamp, halo: true, underlay });
    downloadFile('topic-map.svg', new Blob([svg], { type: 'image/svg+xml' }));
  };
  return (
    <button type="button" className="button" onClick={onClick} disabled={!ready}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path
          fill="currentColor"
          d="M2.75 14A1.75 1.75 0 0 1 1 12.25v-2.5a.75.75 0 0 1 1.5 0v2.5c0 .138.112.25.25.25h10.5a.25.25 0 0 0 .25-.25v-2.5a.75.75 0 0 1 1.5 0v2.5A1.75 1.75 0 0 1 13.25 14ZM7.25 7.689V2a.75.75 0 0 1 1.5 0v5.689l1.97-1.969a.749.749 0 1 1 1.06 1.06l-3.25 3.25a.749.749 0 0 1-1.06 0L4.22 6.78a.749.749 0 1 1 1.06-1.06l1.97 1.969Z"
        />
      </svg>
      <span>Export SVG</span>
    </button>
  );
}

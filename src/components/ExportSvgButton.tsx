import { EXPORT_FORMATS, writeSvg } from '../core/export';
import { getCurrentScene } from '../render/currentScene';
import { densitySvgImage } from '../render/densitySvgImage';
import { downloadFile } from '../render/downloadFile';
import { selectExportStamp } from '../store/selectExportStamp';
import { useMapStore } from '../store/useMapStore';
import { Icon } from './Icon';

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
    const { fileName, type } = EXPORT_FORMATS.svg;
    downloadFile(fileName, new Blob([svg], { type }));
  };
  return (
    <button type="button" className="button button-collapsible-narrow" title="Export SVG" onClick={onClick} disabled={!ready}>
      <Icon name="download" />
      <span>Export SVG</span>
    </button>
  );
}

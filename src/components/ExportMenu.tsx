import { useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { filterMapForExport } from '../core/query';
import { APP_VERSION } from '../core/map';
import { DATA_FORMAT_NAMES, EXPORT_FORMATS, writeDataExport, type DataFormat } from '../core/export';
import { getCurrentScene } from '../render/currentScene';
import { downloadFile } from '../render/downloadFile';
import { createDensityLayer } from '../render/createDensityLayer';
import { densitySvgImage } from '../render/densitySvgImage';
import { renderPng } from '../render/renderPng';
import { allTextsReady, loadAllTexts } from '../store/paperTexts';
import { selectExportStamp } from '../store/selectExportStamp';
import { selectFilterResult } from '../store/selectFilterResult';
import { useMapStore } from '../store/useMapStore';
import { ExportSvgButton } from './ExportSvgButton';
import { Icon } from './Icon';

/**
 * The toolbar's export controls: the direct "Export SVG" button and an "Export…" disclosure with
 * the legend and caption switches (which both image exports honour), "Export PNG", and the
 * network and table formats. Every file carries the reproducibility stamp.
 */
export function ExportMenu() {
  const map = useMapStore((s) => s.map);
  const ready = map !== null;
  const inView = useMapStore((s) => selectFilterResult(s).papers.size);
  const total = useMapStore((s) => s.map?.papers.length ?? 0);
  const [open, setOpen] = useState(false);
  const [legend, setLegend] = useState(true);
  const [caption, setCaption] = useState(true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const group = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // A message about the last export does not outlive its map.
  useEffect(() => setStatus(''), [map]);

  // A press anywhere else closes the panel, as a menu would.
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: PointerEvent): void => {
      if (event.target instanceof Node && !group.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // On a narrow screen the panel spans the width of the screen (app.css), just below the toggle,
  // wherever the wrapped toolbar put it.
  useLayoutEffect(() => {
    if (open && toggle.current && panel.current) {
      panel.current.style.setProperty('--export-top', `${Math.round(toggle.current.getBoundingClientRect().bottom + 6)}px`);
    }
  }, [open]);

  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) toggle.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape' || !open) return;
    // Handled here, so the page's own Escape (closing the details drawer) waits for the next press.
    event.stopPropagation();
    close(true);
  };

  // Tabbing out of the panel closes it. (A click on a button that does not take focus, as in
  // Safari, blurs with no related target: that is not leaving.)
  const onBlur = (event: FocusEvent<HTMLDivElement>): void => {
    const next = event.relatedTarget;
    if (open && next instanceof Node && !group.current?.contains(next)) setOpen(false);
  };

  /** The network and table exports: the papers that pass the keyword filter, as in `npm run export`. */
  const exportData = async (format: DataFormat): Promise<void> => {
    const before = useMapStore.getState().map;
    // A compact map's texts (authors, URLs, key phrases) are fetched first: the files are whole.
    if (before && !allTextsReady(before)) {
      setStatus('Loading the papers’ texts…');
      try {
        await loadAllTexts(before);
      } catch (error) {
        setStatus(error instanceof Error ? error.message : String(error));
        return;
      }
    }
    const state = useMapStore.getState();
    const stamp = selectExportStamp(state);
    if (!state.map || state.map !== before || stamp === null) return;
    const { fileName, type } = EXPORT_FORMATS[format];
    const part = filterMapForExport(state.map, {
      keywords: state.filterKeywords,
      mode: state.filterMode,
      years: state.filterYears,
    });
    const text = writeDataExport(format, part, { stamp, version: APP_VERSION });
    downloadFile(fileName, new Blob([text], { type }));
    setStatus(`Saved ${fileName}: ${count(part.papers.length, 'paper')}, ${count(part.keywords.length, 'keyword')}.`);
  };

  const exportPng = async (): Promise<void> => {
    const scene = getCurrentScene();
    const state = useMapStore.getState();
    const stamp = selectExportStamp(state);
    if (!scene || stamp === null) {
      setStatus('Nothing to export yet: the map is not drawn.');
      return;
    }
    setBusy(true);
    setStatus('Drawing the PNG…');
    try {
      const underlay =
        state.map && state.density ? densitySvgImage(state.map, state.theme, state.density, scene.view) : undefined;
      // For the canvas fallback (a browser that cannot draw the SVG): the density drawn as on screen.
      const density = state.map && state.density ? createDensityLayer().underlay(state.map, state.theme, state.density) : null;
      const drawUnderlay = density
        ? (ctx: CanvasRenderingContext2D, dpr: number) => density.draw(ctx, scene.view, dpr, scene.background)
        : undefined;
      const png = await renderPng(scene, { legend, caption, stamp, underlay, drawUnderlay });
      const { fileName } = EXPORT_FORMATS.png;
      downloadFile(fileName, png.blob);
      setStatus(`Saved ${fileName}: ${png.width} × ${png.height} pixels.`);
    } catch (error) {
      setStatus(`Could not make the PNG: ${error instanceof Error ? error.message : String(error)}. Export SVG instead.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-group" ref={group} onKeyDown={onKeyDown} onBlur={onBlur}>
      <ExportSvgButton legend={legend} caption={caption} />
      <button
        ref={toggle}
        type="button"
        className="button export-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!ready}
        onClick={() => setOpen(!open)}
      >
        <Icon name="chevronDown" />
        <span>Export…</span>
      </button>
      <div ref={panel} id={panelId} className="export-panel" role="group" aria-label="Export" hidden={!open}>
        {/* Rendered only while open, so its words do not turn up in searches of the page. */}
        {open && (
          <>
            <fieldset className="export-options">
              <legend>SVG and PNG include</legend>
              <label>
                <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} /> Legend
              </label>
              <label>
                <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} /> Caption
              </label>
            </fieldset>
            {/* aria-label keeps the hint (inside the button, for the layout) out of the button's name. */}
            <button
              type="button"
              className="export-item"
              disabled={busy}
              aria-label="Export PNG"
              aria-describedby={`${panelId}-png`}
              onClick={() => void exportPng()}
            >
              Export PNG
              <span id={`${panelId}-png`} className="export-hint">
                2× screen
              </span>
            </button>
            <p className="export-heading">
              Network and table:{' '}
              {inView === total
                ? `all ${count(total, 'paper')}`
                : inView === 0
                  ? 'no paper passes the filter'
                  : `${count(inView, 'filtered paper')} (of ${total})`}
            </p>
            {DATA_FORMAT_NAMES.map((format) => {
              const { label, fileName } = EXPORT_FORMATS[format];
              return (
                <button
                  key={format}
                  type="button"
                  className="export-item"
                  // A file of no paper (a CSV header, the chosen keywords alone) is not worth making.
                  disabled={inView === 0}
                  aria-label={label}
                  aria-describedby={`${panelId}-${fileName}`}
                  onClick={() => void exportData(format)}
                >
                  {label}
                  <span id={`${panelId}-${fileName}`} className="export-hint">
                    {fileName}
                  </span>
                </button>
              );
            })}
            <p className="export-status" role="status">
              {status}
            </p>
          </>
        )}
      </div>
    </div>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

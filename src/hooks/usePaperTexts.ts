import { useEffect, useState } from 'react';
import type { MapFile } from '../core/map';
import { loadPaperTexts, paperTextsReady } from '../store/paperTexts';

export type PaperTextsStatus = { kind: 'ready' } | { kind: 'loading' } | { kind: 'error'; message: string };

/**
 * Whether a paper's abstract, metadata and key phrases are there to show; for a compact map,
 * starts fetching them (the texts file that holds the paper) and renders again when they arrive.
 */
export function usePaperTexts(map: MapFile | null, paperId: string): PaperTextsStatus {
  const ready = map === null || paperTextsReady(map, paperId);
  const [failed, setFailed] = useState<{ map: MapFile; paperId: string; message: string } | null>(null);
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (ready || map === null) return undefined;
    let live = true;
    loadPaperTexts(map, paperId).then(
      () => {
        if (live) setArrived((n) => n + 1);
      },
      (error: unknown) => {
        if (live) setFailed({ map, paperId, message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [map, paperId, ready]);
  if (ready) return { kind: 'ready' };
  if (failed && failed.map === map && failed.paperId === paperId) return { kind: 'error', message: failed.message };
  return { kind: 'loading' };
}

import { useEffect, useState } from 'react';
import type { MapFile } from '../core/map';
import { afterNextPaint } from '../render/afterNextPaint';
import { loadPaperTexts, paperTextsReady } from '../store/paperTexts';

export type PaperTextsStatus = { kind: 'ready' } | { kind: 'loading' } | { kind: 'error'; message: string };

/**
 * Whether the abstract, metadata and key phrases of the paper at `place` in `map.papers` (its slot
 * in the map's index) are there to show; for a compact map, starts fetching them (the texts file
 * that holds the paper) after the next paint and renders again when they arrive.
 */
export function usePaperTexts(map: MapFile | null, place: number): PaperTextsStatus {
  const ready = map === null || paperTextsReady(map, place);
  const [failed, setFailed] = useState<{ map: MapFile; place: number; message: string } | null>(null);
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (ready || map === null) return undefined;
    let live = true;
    // Asked for after the panel has painted: the request (a few ms at 100,000 papers) and the
    // reading of its answer, if it came back quickly, held up the frame that shows the click.
    const cancel = afterNextPaint(() =>
      loadPaperTexts(map, place).then(
        () => {
          if (live) setArrived((n) => n + 1);
        },
        (error: unknown) => {
          if (live) setFailed({ map, place, message: error instanceof Error ? error.message : String(error) });
        },
      ),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [map, place, ready]);
  if (ready) return { kind: 'ready' };
  if (failed && failed.map === map && failed.place === place) return { kind: 'error', message: failed.message };
  return { kind: 'loading' };
}

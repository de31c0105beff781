import type { MapIndex } from '../core/query';
import { afterNextPaint } from '../render/afterNextPaint';
import { whenIdle } from '../render/whenIdle';

/** Longest wait for an idle moment before a table is built anyway (a busy page has few). */
const IDLE_TIMEOUT_MS = 1000;

type Part = (index: MapIndex) => unknown;

// One table per idle callback: at 100,000 papers the link tables take a few hundred ms, the rest
// a few each; apart, a click in between waits for one of them at most.
const PARTS: readonly Part[] = [
  (i) => i.keywordsOfPaper,
  (i) => i.cooccurring,
  (i) => i.papersOfCluster,
  (i) => i.keywordsOfCluster,
];

/**
 * Builds the index's tables that indexMap leaves for first use, after the next paint and in idle
 * time, so the first frame of a big map does not wait for them and the first click does not
 * either. Returns a function that stops it (another map was loaded).
 */
export function warmMapIndex(index: MapIndex): () => void {
  let cancel = afterNextPaint(() => next(0));
  function next(i: number): void {
    if (i >= PARTS.length) return;
    cancel = whenIdle(() => {
      PARTS[i](index);
      next(i + 1);
    }, IDLE_TIMEOUT_MS);
  }
  return () => cancel();
}

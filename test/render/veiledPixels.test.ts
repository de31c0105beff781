import { describe, expect, test } from 'vitest';
import { type IdleScheduler, type VeilCache, veiledPixels, warmVeils } from '../../src/render/veiledPixels';

/** A 2×1 picture: one black pixel, one white; counts how often it is read back. */
function picture() {
  const reads = { count: 0 };
  const canvas = {
    width: 2,
    height: 1,
    getContext: () => ({
      getImageData: () => {
        reads.count++;
        return { data: new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255]) };
      },
    }),
  } as unknown as HTMLCanvasElement;
  return { canvas, reads };
}

/** Idle moments run by hand, in order. */
function manualIdle(): IdleScheduler & { queue: Map<number, () => void>; runNext: () => boolean } {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    queue,
    request: (run) => {
      queue.set(next, run);
      return next++;
    },
    cancel: (handle) => void queue.delete(handle),
    runNext() {
      const first = queue.entries().next();
      if (first.done) return false;
      queue.delete(first.value[0]);
      first.value[1]();
      return true;
    },
  };
}

describe('veiled pixels', () => {
  test('lay the background over the picture at the veil', () => {
    const { canvas } = picture();
    // Black and white under a white veil of 0.9: 229.5 → 230 (Uint8Clamped rounds), white stays white.
    expect([...(veiledPixels(canvas, '#ffffff', 0.9) ?? [])]).toEqual([230, 230, 230, 255, 255, 255, 255, 255]);
  });

  test('are made ahead one veil per idle moment, skipping those made already', () => {
    const { canvas, reads } = picture();
    const cache: VeilCache = new Map([[0.5, new Uint8ClampedArray(8)]]);
    const idle = manualIdle();
    warmVeils(canvas, cache, '#ffffff', [0.9, 0.5, 0.86], () => true, idle);
    expect(reads.count).toBe(0);
    expect(idle.queue.size).toBe(1);
    idle.runNext();
    expect([...cache.keys()].sort()).toEqual([0.5, 0.9]);
    expect(reads.count).toBe(1);
    idle.runNext();
    expect([...cache.keys()].sort()).toEqual([0.5, 0.86, 0.9]);
    expect(reads.count).toBe(2);
    expect(idle.runNext()).toBe(false);
  });

  test('stop when the picture is no longer the one shown, or when cancelled', () => {
    const stale = picture();
    const staleCache: VeilCache = new Map();
    const idle = manualIdle();
    warmVeils(stale.canvas, staleCache, '#ffffff', [0.9, 0.86], () => false, idle);
    idle.runNext();
    expect(stale.reads.count).toBe(0);
    expect(staleCache.size).toBe(0);
    expect(idle.queue.size).toBe(0);

    const kept = picture();
    const cache: VeilCache = new Map();
    const cancel = warmVeils(kept.canvas, cache, '#ffffff', [0.9, 0.86], () => true, idle);
    cancel();
    expect(idle.runNext()).toBe(false);
    expect(kept.reads.count).toBe(0);
  });
});

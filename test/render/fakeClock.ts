import type { FrameClock } from '../../src/render/createZoomController';
import type { Timers } from '../../src/render/createFrameScheduler';

/** Frames and timers a test fires by hand: no test waits for real time. */
export function fakeClock(): FrameClock &
  Timers & { frames(): number; frame(now?: number): void; fire(): void; timers(): number } {
  let nextId = 1;
  let time = 0;
  const frames = new Map<number, (now: number) => void>();
  const timers = new Map<number, () => void>();
  return {
    request(step) {
      const id = nextId++;
      frames.set(id, step);
      return id;
    },
    cancel(id) {
      frames.delete(id);
    },
    now: () => time,
    set(run) {
      const id = nextId++;
      timers.set(id, run);
      return id;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
    frames: () => frames.size,
    timers: () => timers.size,
    /** Runs the frames requested so far (those they request wait for the next call). */
    frame(now = time) {
      time = now;
      const due = [...frames.entries()];
      frames.clear();
      for (const [, step] of due) step(time);
    },
    fire() {
      const due = [...timers.values()];
      timers.clear();
      for (const run of due) run();
    },
  };
}

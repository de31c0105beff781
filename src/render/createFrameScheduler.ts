import { BROWSER_CLOCK, type FrameClock } from './createZoomController';

/**
 * While the view moves (wheel, drag, a glide), the last picture is moved and scaled instead of
 * redrawn; it is drawn crisply once the view has not moved for this long.
 */
export const SETTLE_MS = 120;

/** Timers, injectable so that a test fires them instead of waiting. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const BROWSER_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What a frame is asked to draw. */
export interface FrameRequest {
  /** The view is moving and nothing else changed since the last crisp picture: moving it will do. */
  moving: boolean;
}

export interface FrameScheduler {
  /** Draws at the next frame (many requests, one frame). */
  request(): void;
  /** Something other than the view changed: the next frame is drawn crisply. */
  invalidate(): void;
  /** The view moved: frames may move the last picture until it rests for SETTLE_MS. */
  markMoving(): void;
  /** The view stopped (a glide ended): draw crisply now. */
  settle(): void;
  /** A crisp frame was drawn: what moves from now on may move it. */
  drawnCrisply(): void;
  destroy(): void;
}

/**
 * Coalesces draw requests into animation frames and tells each frame whether the view is merely
 * moving (so the last picture may be moved) or something changed (draw crisply).
 */
export function createFrameScheduler(
  draw: (frame: FrameRequest) => void,
  clock: FrameClock = BROWSER_CLOCK,
  timers: Timers = BROWSER_TIMERS,
): FrameScheduler {
  let frame = 0;
  let dirty = true;
  let viewMoving = false;
  let settleTimer: unknown;

  const run = (): void => {
    frame = 0;
    draw({ moving: viewMoving && !dirty });
  };
  const request = (): void => {
    if (!frame) frame = clock.request(run);
  };
  const settle = (): void => {
    timers.clear(settleTimer);
    if (!viewMoving) return;
    viewMoving = false;
    request();
  };
  return {
    request,
    invalidate() {
      dirty = true;
      request();
    },
    markMoving() {
      viewMoving = true;
      timers.clear(settleTimer);
      settleTimer = timers.set(settle, SETTLE_MS);
    },
    settle,
    drawnCrisply() {
      dirty = false;
    },
    destroy() {
      timers.clear(settleTimer);
      if (frame) clock.cancel(frame);
      frame = 0;
    },
  };
}

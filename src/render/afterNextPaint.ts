/** Longest wait for a frame: a hidden tab draws none, and the work must still happen. */
const FRAME_TIMEOUT_MS = 200;

/**
 * Runs `fn` in a task after the next frame is painted (a timeout from that frame's
 * requestAnimationFrame callback runs after its paint), so work the user does not see at once
 * does not delay what they do see. Returns a function that cancels it.
 */
export function afterNextPaint(fn: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    clearTimeout(timer);
    fn();
  };
  const fallback = setTimeout(run, FRAME_TIMEOUT_MS);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(run, 0))) : 0;
  if (!frame) timer = setTimeout(run, 0);
  return () => {
    done = true;
    clearTimeout(fallback);
    clearTimeout(timer);
    if (frame) cancelAnimationFrame(frame);
  };
}

/**
 * Runs `fn` when the page is idle (requestIdleCallback), or after `timeoutMs` at the latest (a
 * busy page has few idle moments); without requestIdleCallback, in the next task. Returns a
 * function that cancels it.
 */
export function whenIdle(fn: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}

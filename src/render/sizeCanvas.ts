/** The canvas's size in CSS pixels and the device pixels per CSS pixel it is drawn at. */
export interface CanvasSize {
  width: number;
  height: number;
  dpr: number;
}

/** Sizes the canvas's backing store for a `w` x `h` CSS-pixel box at `dpr` (whole pixels). */
export function sizeCanvas(canvas: HTMLCanvasElement, w: number, h: number, dpr: number): CanvasSize {
  const width = Math.max(0, Math.floor(w));
  const height = Math.max(0, Math.floor(h));
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  return { width, height, dpr };
}

/**
 * Calls `onResize` with the container's size now and whenever it changes, and `onOverlay` when
 * the panel over the map changes size (folding the legend frees or covers room for labels).
 * Returns what stops observing.
 */
export function observeSize(
  container: HTMLElement,
  overlay: HTMLElement | null,
  onResize: (width: number, height: number) => void,
  onOverlay: () => void,
): () => void {
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          const box = entries[entries.length - 1]?.contentRect;
          if (box) onResize(box.width, box.height);
        })
      : null;
  observer?.observe(container);
  const overlayObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => onOverlay()) : null;
  if (overlay) overlayObserver?.observe(overlay);
  const rect = container.getBoundingClientRect();
  onResize(rect.width, rect.height);
  return () => {
    observer?.disconnect();
    overlayObserver?.disconnect();
  };
}

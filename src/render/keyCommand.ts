import type { ViewCommand } from '../store/mapStoreState';

/** What a key pressed on the focused map asks for. */
export type KeyCommand =
  | { type: 'view'; command: ViewCommand }
  /** Move the view by screen pixels. */
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'clearSelection' };

/** Screen pixels an arrow key moves the view. */
export const KEY_PAN = 60;
/** Zoom factor of + and −. */
export const KEY_ZOOM = 1.5;

/** + − 0 zoom and fit, the arrows pan (the map moves the other way), Escape clears; null for other keys. */
export function keyCommand(key: string): KeyCommand | null {
  switch (key) {
    case '+':
    case '=':
      return { type: 'view', command: { type: 'zoomBy', factor: KEY_ZOOM } };
    case '-':
    case '_':
      return { type: 'view', command: { type: 'zoomBy', factor: 1 / KEY_ZOOM } };
    case '0':
      return { type: 'view', command: { type: 'fit' } };
    case 'ArrowLeft':
      return { type: 'pan', dx: KEY_PAN, dy: 0 };
    case 'ArrowRight':
      return { type: 'pan', dx: -KEY_PAN, dy: 0 };
    case 'ArrowUp':
      return { type: 'pan', dx: 0, dy: KEY_PAN };
    case 'ArrowDown':
      return { type: 'pan', dx: 0, dy: -KEY_PAN };
    case 'Escape':
      return { type: 'clearSelection' };
    default:
      return null;
  }
}

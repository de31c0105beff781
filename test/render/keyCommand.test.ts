import { describe, expect, test } from 'vitest';
import { KEY_PAN, KEY_ZOOM, keyCommand } from '../../src/render/keyCommand';

describe('keyCommand', () => {
  test('+ and = zoom in, - and _ zoom out, 0 fits', () => {
    for (const key of ['+', '='])
      expect(keyCommand(key)).toEqual({ type: 'view', command: { type: 'zoomBy', factor: KEY_ZOOM } });
    for (const key of ['-', '_'])
      expect(keyCommand(key)).toEqual({ type: 'view', command: { type: 'zoomBy', factor: 1 / KEY_ZOOM } });
    expect(keyCommand('0')).toEqual({ type: 'view', command: { type: 'fit' } });
  });

  test('arrows move the map the other way (the view goes where the arrow points)', () => {
    expect(keyCommand('ArrowLeft')).toEqual({ type: 'pan', dx: KEY_PAN, dy: 0 });
    expect(keyCommand('ArrowRight')).toEqual({ type: 'pan', dx: -KEY_PAN, dy: 0 });
    expect(keyCommand('ArrowUp')).toEqual({ type: 'pan', dx: 0, dy: KEY_PAN });
    expect(keyCommand('ArrowDown')).toEqual({ type: 'pan', dx: 0, dy: -KEY_PAN });
  });

  test('Escape clears the selection; other keys are left to the page', () => {
    expect(keyCommand('Escape')).toEqual({ type: 'clearSelection' });
    for (const key of ['a', 'Enter', ' ', 'Tab', '1']) expect(keyCommand(key)).toBeNull();
  });
});

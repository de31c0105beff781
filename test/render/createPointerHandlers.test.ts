// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { SceneNode } from '../../src/core/scene';
import {
  attachPointerHandlers,
  CLICK_DISTANCE,
  createPointerHandlers,
  type PointerHandlers,
  type PointerLike,
} from '../../src/render/createPointerHandlers';

const node = (id: string, kind: SceneNode['kind'] = 'paper'): SceneNode => ({
  id,
  kind,
  x: 0,
  y: 0,
  r: 5,
  fill: '#000',
  opacity: 1,
  strokeWidth: 1,
  stroke: '#000',
  highlighted: false,
  selected: false,
});

/** A canvas 1:1 with the world; node "p" at (0..10, 0..10), cluster 2's name at x 100..200. */
function setup() {
  const log: string[] = [];
  const handlers = createPointerHandlers({
    toLocal: (p) => ({ px: p.clientX, py: p.clientY, wx: p.clientX, wy: p.clientY }),
    nodeAt: (p) => (p.clientX <= 10 && p.clientY <= 10 ? node('p') : null),
    clusterAt: (p) => (p.clientX >= 100 && p.clientX <= 200 ? 2 : null),
    drag: {
      start: (id) => log.push(`start ${id}`),
      move: (id, x, y) => log.push(`move ${id} ${x},${y}`),
      release: (id) => log.push(`release ${id}`),
    },
    stopGlide: () => log.push('stopGlide'),
    capture: (id) => log.push(`capture ${id}`),
    releaseCapture: (id) => log.push(`releaseCapture ${id}`),
    setCursor: (c) => log.push(`cursor '${c}'`),
    setHover: (h) => log.push(`hover ${h ? h.id : 'none'}`),
    select: (n) => log.push(`select ${n.kind} ${n.id}`),
    focusCluster: (id) => log.push(`focusCluster ${id}`),
    clearSelection: () => log.push('clear'),
  });
  return { log, handlers };
}

function pointer(clientX: number, clientY: number, over: Partial<PointerLike> = {}): PointerLike & { prevented: boolean } {
  const event = {
    clientX,
    clientY,
    pointerId: 1,
    button: 0,
    buttons: 0,
    prevented: false,
    preventDefault: () => (event.prevented = true),
  };
  return Object.assign(event, over);
}

describe('createPointerHandlers', () => {
  test('a press on a node that does not move selects it, and its click is not a background click', () => {
    const { log, handlers } = setup();
    const down = pointer(5, 5);
    handlers.down(down);
    expect(down.prevented).toBe(true);
    handlers.move(pointer(5 + CLICK_DISTANCE - 1, 5, { buttons: 1 }));
    handlers.up(pointer(5 + CLICK_DISTANCE - 1, 5));
    handlers.click(pointer(5, 5));
    // A click takes no pointer capture (only a drag needs it).
    expect(log).toEqual(['stopGlide', "cursor ''", 'select paper p']);
  });

  test('a press on a node that moves drags it, in world units, and lets it go on release', () => {
    const { log, handlers } = setup();
    handlers.down(pointer(5, 5));
    handlers.move(pointer(5 + CLICK_DISTANCE, 5, { buttons: 1 }));
    handlers.move(pointer(30, 40, { buttons: 1 }));
    handlers.up(pointer(30, 40));
    handlers.click(pointer(30, 40));
    // The pointer is captured as the press becomes a drag, so the drag follows it off the canvas.
    expect(log).toEqual([
      'stopGlide',
      'capture 1',
      'start p',
      `move p ${5 + CLICK_DISTANCE},5`,
      "cursor 'grabbing'",
      'move p 30,40',
      "cursor 'grabbing'",
      'releaseCapture 1',
      "cursor ''",
      'release p',
    ]);
  });

  test('another pointer, or another button, does not drag', () => {
    const { log, handlers } = setup();
    handlers.down(pointer(5, 5, { button: 2 }));
    handlers.down(pointer(5, 5));
    handlers.move(pointer(50, 50, { pointerId: 2, buttons: 1 }));
    handlers.up(pointer(50, 50, { pointerId: 2 }));
    expect(log).toEqual(['stopGlide']);
  });

  test('hovering shows the node and a pointer over nodes and cluster names; leaving clears it', () => {
    const { log, handlers } = setup();
    handlers.move(pointer(5, 5));
    handlers.move(pointer(150, 50));
    handlers.move(pointer(500, 50));
    handlers.move(pointer(5, 5, { buttons: 1 }));
    handlers.leave();
    expect(log).toEqual([
      'hover p',
      "cursor 'pointer'",
      'hover none',
      "cursor 'pointer'",
      'hover none',
      "cursor ''",
      'hover none',
    ]);
  });

  test('a click on a cluster name focuses that cluster; on the background it clears the selection', () => {
    const { log, handlers } = setup();
    handlers.click(pointer(150, 50));
    handlers.click(pointer(500, 50));
    expect(log).toEqual(['focusCluster 2', 'clear']);
  });

  test('attached to a canvas, its events reach the handlers until detached', () => {
    const canvas = document.createElement('canvas');
    const seen: string[] = [];
    const handlers: PointerHandlers = {
      down: () => seen.push('down'),
      move: () => seen.push('move'),
      up: () => seen.push('up'),
      leave: () => seen.push('leave'),
      click: () => seen.push('click'),
    };
    const detach = attachPointerHandlers(canvas, handlers);
    const fire = () => {
      for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'pointerleave', 'click'])
        canvas.dispatchEvent(new MouseEvent(type));
    };
    fire();
    expect(seen).toEqual(['down', 'move', 'up', 'up', 'leave', 'click']);
    detach();
    fire();
    expect(seen).toHaveLength(6);
  });
});

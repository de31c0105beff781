import { describe, expect, test } from 'vitest';
import { createFrameScheduler, type FrameRequest } from '../../src/render/createFrameScheduler';
import { fakeClock } from './fakeClock';

function setup() {
  const clock = fakeClock();
  const drawn: FrameRequest[] = [];
  const frames = createFrameScheduler(
    (f) => {
      drawn.push(f);
      if (!f.moving) frames.drawnCrisply();
    },
    clock,
    clock,
  );
  return { clock, drawn, frames };
}

describe('createFrameScheduler', () => {
  test('many requests in one frame draw once', () => {
    const { clock, drawn, frames } = setup();
    frames.invalidate();
    frames.request();
    frames.invalidate();
    expect(clock.frames()).toBe(1);
    clock.frame();
    expect(drawn).toEqual([{ moving: false }]);
    clock.frame();
    expect(drawn).toHaveLength(1);
  });

  test('while the view moves frames may move the picture; once it rests, one crisp frame', () => {
    const { clock, drawn, frames } = setup();
    frames.invalidate();
    clock.frame();
    frames.markMoving();
    frames.request();
    clock.frame();
    frames.markMoving();
    frames.request();
    clock.frame();
    expect(drawn.slice(1)).toEqual([{ moving: true }, { moving: true }]);
    // Each move restarts the settle timer: one is pending.
    expect(clock.timers()).toBe(1);
    clock.fire();
    clock.frame();
    expect(drawn.at(-1)).toEqual({ moving: false });
  });

  test('a change during a move is drawn crisply at once', () => {
    const { clock, drawn, frames } = setup();
    frames.invalidate();
    clock.frame();
    frames.markMoving();
    frames.invalidate();
    clock.frame();
    expect(drawn.at(-1)).toEqual({ moving: false });
    // Then moving again may move that picture.
    frames.request();
    clock.frame();
    expect(drawn.at(-1)).toEqual({ moving: true });
  });

  test('settle ends a move now (a glide that ended); destroy cancels what is pending', () => {
    const { clock, drawn, frames } = setup();
    frames.invalidate();
    clock.frame();
    frames.markMoving();
    frames.settle();
    expect(clock.timers()).toBe(0);
    clock.frame();
    expect(drawn.at(-1)).toEqual({ moving: false });
    frames.markMoving();
    frames.invalidate();
    frames.destroy();
    expect(clock.frames()).toBe(0);
    expect(clock.timers()).toBe(0);
  });
});

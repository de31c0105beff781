import type { Scene } from '../core/scene';

// The scene last drawn on screen. It changes every frame, so it lives here and not in the store;
// the SVG export reads it when the user asks for one. The screen draws a scene in layers, so it
// leaves a function that computes the whole scene, called (once) only if someone asks.
let current: Scene | (() => Scene) | null = null;

export function getCurrentScene(): Scene | null {
  if (typeof current === 'function') current = current();
  return current;
}

export function setCurrentScene(scene: Scene | (() => Scene) | null): void {
  current = scene;
}

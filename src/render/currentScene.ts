import type { Scene } from '../core/scene';

// The scene last drawn on screen. It changes every frame, so it lives here and not in the store;
// the SVG export reads it when the user asks for one.
let current: Scene | null = null;

export function getCurrentScene(): Scene | null {
  return current;
}

export function setCurrentScene(scene: Scene | null): void {
  current = scene;
}

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MapFile, validateMap } from '../../src/core/map';
import { cleanup } from '@testing-library/react';
import { vi } from 'vitest';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';

/** The hand-written fixture map's file text, as the app fetches it. */
export const FIXTURE_TEXT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/small.map.json'), 'utf8');

/** The hand-written fixture map, validated like the app validates every map. */
export function fixtureMap(): MapFile {
  return validateMap(JSON.parse(FIXTURE_TEXT), 'small.map.json');
}

/** Before an App test: an empty store, a bare URL, and a canvas without a context (jsdom has none; the app must cope). */
export function resetApp(): void {
  resetMapStore();
  history.replaceState(null, '', '/');
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
}

/** After an App test: unmounted, globals and mocks restored, an empty store. */
export function cleanupApp(): void {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  resetMapStore();
}

/** A fresh store holding the fixture map. */
export function loadFixture(): MapFile {
  resetMapStore();
  const map = fixtureMap();
  useMapStore.getState().setMap(map, 'small.map.json');
  return map;
}

/** The page's map requests answered with the fixture map, as the dev server would. */
export function serveFixture(): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(FIXTURE_TEXT, { status: 200 })),
  );
}

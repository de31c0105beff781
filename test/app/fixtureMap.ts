import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateMap } from '../../src/core/validateMap';
import type { MapFile } from '../../src/core/types';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/small.map.json');

/** The hand-written fixture map, validated like the app validates every map. */
export function fixtureMap(): MapFile {
  return validateMap(JSON.parse(readFileSync(FIXTURE, 'utf8')), 'small.map.json');
}

/** A fresh store holding the fixture map. */
export function loadFixture(): MapFile {
  resetMapStore();
  const map = fixtureMap();
  useMapStore.getState().setMap(map, 'small.map.json');
  return map;
}

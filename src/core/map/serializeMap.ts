import type { MapFile } from './types';

/**
 * The map file's text: compact JSON with a final newline (key order is fixed by construction).
 * Its own file so the app can save a map without bundling the pipeline (buildMap pulls in
 * natural's lexicons, megabytes the first page load does not need).
 */
export function serializeMap(map: MapFile): string {
  return `${JSON.stringify(map)}\n`;
}

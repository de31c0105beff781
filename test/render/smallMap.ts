import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateMap, type MapFile } from '../../src/core/map';

/** The small fixture map, fresh (tests may change their copy). */
export function smallMap(): MapFile {
  const path = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/small.map.json');
  return validateMap(JSON.parse(readFileSync(path, 'utf8')), 'small.map.json');
}

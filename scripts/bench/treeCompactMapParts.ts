import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { compactMapParts } from '../../src/core/map';

/**
 * The compact writer of the checkout at `root` (its src/core/map, loaded by tsx): a bench that
 * serves two builds side by side gives each the files its own `build:map --compact` writes, so an
 * older build is not handed a format version it cannot read.
 */
export async function treeCompactMapParts(root: string): Promise<typeof compactMapParts> {
  const module = (await import(pathToFileURL(join(root, 'src/core/map/index.ts')).href)) as {
    compactMapParts: typeof compactMapParts;
  };
  return module.compactMapParts;
}

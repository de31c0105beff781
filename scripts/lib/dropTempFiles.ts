import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { isTempFileName } from './tempFileName';

/** Removes the temporary files of interrupted writes (tempFileName) under `folder`, at any depth; returns their paths. */
export function removeTempFiles(folder: string): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || isTempFileName(entry.name) === undefined) continue;
    const path = join(entry.parentPath, entry.name);
    rmSync(path, { force: true });
    removed.push(path);
  }
  return removed;
}

/**
 * Vite plugin: after the build is written, removes from dist/ the temporary files that
 * `build:map` leaves in public/ when it is killed while writing (Vite copies public/ whole, so a
 * 50 MB half-written map would ship).
 */
export function dropTempFiles(): Plugin {
  let outDir = 'dist';
  return {
    name: 'topic-map:drop-temp-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      for (const path of removeTempFiles(outDir)) this.warn(`left out ${path}: a temporary file of an interrupted write`);
    },
  };
}

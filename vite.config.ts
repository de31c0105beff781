import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Temporary files of scripts/lib/writeFileAtomic (named by scripts/lib/tempFileName:
 * `.NAME.PID.RANDOM.tmp`). Written out here because the config imports no local module (Vite's
 * coming native config loader wants extensions on them, which TypeScript refuses).
 */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]+\.tmp$/;

/** Removes temporary files of interrupted writes under `folder`, at any depth; returns their paths. */
export function removeTempFiles(folder: string): string[] {
  const removed: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !TEMP_FILE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    rmSync(path, { force: true });
    removed.push(path);
  }
  return removed;
}

/**
 * After the build is written, removes from dist/ the temporary files that `build:map` leaves in
 * public/ when it is killed while writing (Vite copies public/ whole, so a 50 MB half-written map
 * would ship).
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

export default defineConfig({
  plugins: [react(), dropTempFiles()],
  build: { outDir: 'dist', sourcemap: false },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { describe, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromiumArgs';

export { CHROMIUM_PATH };
export const CHROMIUM_MISSING = 'Chromium not found: install it with `apt-get install -y chromium`';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * `describe` for tests that need Chromium: skipped with an install hint when it is missing, except
 * under CI (CI=true), where a missing browser is a failure rather than a silent skip.
 */
export function describeWithChromium(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      test('Chromium is installed', () => {
        throw new Error(`${CHROMIUM_MISSING} (looked for ${CHROMIUM_PATH})`);
      });
    });
    return;
  }
  console.warn(`${name}: skipped. ${CHROMIUM_MISSING}`);
  describe.skip(name, body);
}

export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh, throw-away profile. */
export async function launchChromium(
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; deviceScaleFactor?: number } = {},
): Promise<LaunchedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'topic-map-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

import { afterAll, beforeAll } from 'vitest';
import { type LaunchedChromium, launchChromium } from './chromium';
import { type ServedBuild, serveBuild } from './serveBuild';

/** The production build served and a Chromium to open it in, for one describe block. */
export interface ServedApp {
  served: ServedBuild;
  browser: LaunchedChromium;
}

/**
 * Serves the production build and launches Chromium with a window of `view` before the block's
 * tests, and closes both after them. The fields are set once the block's first beforeAll has run.
 */
export function useServedApp(view: { width: number; height: number }): ServedApp {
  const app = {} as ServedApp;
  beforeAll(async () => {
    [app.served, app.browser] = await Promise.all([serveBuild(), launchChromium(view)]);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.served?.close();
  });
  return app;
}

import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromiumArgs';
import { describeWithChromium } from './chromium';

/** The command line of process `pid` (Linux's /proc), as its arguments. */
function commandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

/** The features a command line's `--disable-features` switches name, switch by switch. */
function disabledFeatureLists(args: readonly string[]): string[][] {
  return args.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));
}

describeWithChromium('Chromium as the bench and the tests start it', () => {
  test.runIf(existsSync('/proc/self/cmdline'))(
    "opens a page in a new context with no renderer of the browser's own UI beside it, and keeps Playwright's disabled features",
    async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
      try {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto('data:text/html,<p>a page</p>');
        const cdp = await browser.newBrowserCDPSession();
        const listed = async () =>
          ((await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] }).processInfo;
        // The omnibox popup's WebUI renderer started with the window, when it starts: give it time to show.
        let renderers: string[][] = [];
        for (let i = 0; i < 10; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          renderers = (await listed()).filter((p) => p.type === 'renderer').map((p) => commandLine(p.id));
        }
        expect(renderers.length).toBeGreaterThan(0);
        expect(renderers.filter((args) => args.includes('--top-chrome-webui'))).toEqual([]);

        // Chromium reads the last --disable-features only: ours must repeat Playwright's before it.
        const browserPid = (await listed()).find((p) => p.type === 'browser')!.id;
        const lists = disabledFeatureLists(commandLine(browserPid));
        expect(lists.length).toBeGreaterThan(0);
        const last = new Set(lists[lists.length - 1]);
        for (const list of lists) for (const feature of list) expect(last).toContain(feature);
        expect(last).toContain('WebUIOmniboxPopup');
      } finally {
        await browser.close();
      }
    },
  );
});

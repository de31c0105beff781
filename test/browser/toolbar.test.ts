import { expect, test } from 'vitest';
import { describeWithChromium, launchChromium } from './chromium';
import { serveBuild, type ServedBuild } from './serveBuild';

/**
 * The toolbar keeps its buttons on one row on laptop and desktop screens: a second row took
 * 40 px of the map's height at every width up to 1920 px.
 */
describeWithChromium('the toolbar', () => {
  test('is one row from 1180 to 2200 px wide, every button inside the window', async () => {
    const served: ServedBuild = await serveBuild();
    try {
      for (const width of [1180, 1280, 1440, 1920, 2200]) {
        const browser = await launchChromium({ width, height: 800 });
        try {
          const page = await browser.context.newPage();
          await page.goto(served.url);
          await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
          await page.getByRole('button', { name: 'Compare with…' }).waitFor();
          const rows = await page.evaluate(() => {
            const tops = [...document.querySelectorAll<HTMLElement>('.topbar .actions button')]
              .filter((el) => el.offsetParent !== null)
              .map((el) => Math.round(el.getBoundingClientRect().top));
            const inside = [...document.querySelectorAll('.topbar button')].every(
              (el) => el.getBoundingClientRect().right <= window.innerWidth + 0.5,
            );
            return { rows: new Set(tops).size, inside };
          });
          expect(rows, `${width} px`).toEqual({ rows: 1, inside: true });
        } finally {
          await browser.close();
        }
      }
    } finally {
      await served.close();
    }
  });
});

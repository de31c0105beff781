/**
 * Takes screenshots of the production build with the fixture map, for looking at the design:
 * `npx tsx test/browser/screenshots.ts [outDir] [extra.map.json]` (default /tmp/topic-map-shots);
 * with an extra map file, it is shot too (wide, light and dark).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium';
import { serveBuild } from './serveBuild';

const out = process.argv[2] ?? '/tmp/topic-map-shots';
mkdirSync(out, { recursive: true });
const extra = process.argv[3];
const served = await serveBuild();
if (extra) copyFileSync(extra, join(served.dir, 'extra.map.json'));
try {
  const shots: { name: string; width: number; height: number; scheme: 'light' | 'dark'; query: string; dpr?: number }[] = [
    { name: 'wide-light', width: 1280, height: 800, scheme: 'light', query: '' },
    { name: 'wide-dark', width: 1280, height: 800, scheme: 'dark', query: '' },
    { name: 'wide-light-paper', width: 1280, height: 800, scheme: 'light', query: '?select=p:p-xss' },
    { name: 'wide-dark-keyword', width: 1280, height: 800, scheme: 'dark', query: '?select=k:diffus+model' },
    { name: 'wide-light-filter', width: 1280, height: 800, scheme: 'light', query: '?kw=languag+model,reason&mode=any' },
    { name: 'wide-light-cluster', width: 1280, height: 800, scheme: 'light', query: '?select=c:2' },
    { name: 'wide-light-hover', width: 1280, height: 800, scheme: 'light', query: '' },
    { name: 'retina-light', width: 900, height: 600, scheme: 'light', query: '?select=k:video', dpr: 2 },
    { name: 'narrow-light', width: 390, height: 800, scheme: 'light', query: '' },
    { name: 'narrow-dark-paper', width: 390, height: 800, scheme: 'dark', query: '?select=p:p-kg-zh' },
    { name: 'broken', width: 1280, height: 800, scheme: 'light', query: '?map=broken.json' },
  ];
  if (extra) {
    const first = (JSON.parse(readFileSync(extra, 'utf8')) as { papers: { id: string }[] }).papers[0].id;
    shots.push(
      { name: 'extra-light', width: 1280, height: 800, scheme: 'light', query: '?map=extra.map.json' },
      { name: 'extra-dark', width: 1280, height: 800, scheme: 'dark', query: '?map=extra.map.json' },
      { name: 'extra-light-zoom', width: 1280, height: 800, scheme: 'light', query: '?map=extra.map.json&view=-500,-400,3' },
      {
        name: 'extra-light-selected',
        width: 1280,
        height: 800,
        scheme: 'light',
        query: `?map=extra.map.json&select=p:${encodeURIComponent(first)}`,
      },
      { name: 'extra-narrow-dark', width: 390, height: 800, scheme: 'dark', query: '?map=extra.map.json' },
    );
  }
  for (const shot of shots) {
    const browser = await launchChromium({
      width: shot.width,
      height: shot.height,
      colorScheme: shot.scheme,
      deviceScaleFactor: shot.dpr,
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(served.url + shot.query);
      await page.waitForTimeout(700);
      if (shot.name.includes('hover')) {
        // Point at the keyword "diffusion models" of the fixture, through the canvas's view.
        const canvas = page.locator('canvas');
        const [tx, ty, k] = ((await canvas.getAttribute('data-view')) ?? '').split(',').map(Number);
        const box = (await canvas.boundingBox())!;
        await page.mouse.move(box.x + 150 * k + tx, box.y - 90 * k + ty);
        await page.waitForTimeout(200);
      }
      await page.screenshot({ path: join(out, `${shot.name}.png`) });
      console.log(join(out, `${shot.name}.png`));
    } finally {
      await browser.close();
    }
  }
} finally {
  await served.close();
}

import { expect, test } from 'vitest';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';

interface Frame {
  view: string;
  width: number;
  height: number;
}

describeWithChromium('the first frame of a map', () => {
  const app = useServedApp({ width: 1280, height: 800 });

  test('is drawn at the size the map keeps, and fitted to it: no resize and full redraw follow', async () => {
    const page = await app.browser.context.newPage();
    // Every crisp frame sets the canvas's data-view: record the canvas size it was drawn at.
    await page.addInitScript(() => {
      const frames: Frame[] = [];
      (window as unknown as { __frames: Frame[] }).__frames = frames;
      new MutationObserver((records) => {
        for (const r of records) {
          const canvas = r.target as HTMLCanvasElement;
          if (r.attributeName === 'data-view' && canvas.dataset.view)
            frames.push({ view: canvas.dataset.view, width: canvas.width, height: canvas.height });
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-view'] });
    });
    await page.goto(app.served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    // Settled: the canvas has the size of its box, and a later look agrees.
    const settled = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-view]')!;
        const box = canvas.parentElement!.getBoundingClientRect();
        return { width: canvas.width, height: canvas.height, box: [Math.floor(box.width), Math.floor(box.height)] };
      });
    await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-view]');
      const box = canvas?.parentElement?.getBoundingClientRect();
      return !!canvas && !!box && canvas.width === Math.floor(box.width) && canvas.height === Math.floor(box.height);
    });
    const last = await settled();
    const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
    expect(frames.length).toBeGreaterThan(0);
    // The first frame already had the final size (a frame at another size would be redrawn whole
    // once the canvas is resized), and the fit it was drawn with is the one the map keeps.
    expect({ width: frames[0].width, height: frames[0].height }).toEqual({ width: last.width, height: last.height });
    expect(new Set(frames.map((f) => `${f.width}x${f.height}`)).size).toBe(1);
    await page.close();
  }, 120_000);
});

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { compactMapParts, parseMapFile } from '../../src/core/map';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';
import { FIXTURE } from './serveBuild';

describeWithChromium('a compact map in Chromium', () => {
  const app = useServedApp({ width: 1280, height: 800 });
  const map = parseMapFile(readFileSync(FIXTURE, 'utf8'), 'small.map.json');
  const paper = map.papers[2];

  beforeAll(async () => {
    for (const part of compactMapParts(map, 'small.map.bin')) writeFileSync(join(app.served.dir, part.name), part.data);
    // A main file whose texts file is missing, and one cut short.
    for (const part of compactMapParts(map, 'lonely.map.bin')) {
      if (part.name === 'lonely.map.bin') writeFileSync(join(app.served.dir, part.name), part.data);
    }
    const main = readFileSync(join(app.served.dir, 'small.map.bin'));
    writeFileSync(join(app.served.dir, 'cut.map.bin'), main.subarray(0, main.length - 5));
    // The same map as written before version 2 (titles in the header).
    mkdirSync(join(app.served.dir, 'v1'), { recursive: true });
    for (const name of ['small.map.bin', 'small.map.texts-0.json']) {
      copyFileSync(join('test/fixtures/compact-v1', name), join(app.served.dir, 'v1', name));
    }
  });

  test('opens as the JSON map does; a paper’s abstract is fetched when its panel opens', async () => {
    const page = await app.browser.context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${app.served.url}?map=small.map.bin`);
    await page.locator('canvas[data-view]').waitFor();
    await page.getByText(`${map.papers.length} papers`).first().waitFor();
    expect(fetched).toContain('/small.map.bin');
    expect(fetched.some((p) => p.includes('texts'))).toBe(false);
    await page.goto(`${app.served.url}?map=small.map.bin&select=p:${encodeURIComponent(paper.id)}`);
    await page.getByRole('heading', { level: 2, name: paper.title }).waitFor();
    await page.locator('.abstract').getByText(paper.abstract.slice(0, 40)).waitFor();
    expect(fetched).toContain('/small.map.texts-0.json');
    await page.close();
  });

  test('the map is requested first by the early script, before the app bundle has run, and the bundle takes that request', async () => {
    const page = await app.browser.context.newPage();
    // Who asked for the map: the script file on top of each fetch call's stack, and whether React was running it.
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { __mapFetches: string[] }).__mapFetches = calls;
      const original = window.fetch.bind(window);
      window.fetch = (input, init) => {
        if (String(input).includes('.map.')) {
          const stack = new Error().stack ?? '';
          const file = /\/assets\/(early|index)-/.exec(stack)?.[1] ?? 'unknown';
          calls.push(`${file}${stack.includes('react') ? ' (effect)' : ''} ${String(input)}`);
        }
        return original(input, init);
      };
    });
    await page.goto(`${app.served.url}?map=small.map.bin`);
    await page.getByText(`${map.papers.length} papers`).first().waitFor();
    await page.locator('canvas[data-view]').waitFor();
    const calls = await page.evaluate(() => (window as unknown as { __mapFetches: string[] }).__mapFetches);
    // The bundle's own prefetch made none. (The test build is React's development build, whose
    // StrictMode runs the loading effect twice: the second run, finding the request taken, makes
    // its own; the production build makes one request in all, see the bench.)
    expect(calls[0]).toBe('early small.map.bin');
    expect(calls.slice(1).every((c) => c === 'index (effect) small.map.bin')).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(2);
    await page.close();
  });

  test('a missing texts file is said in the panel; a truncated main file is an error naming it', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(`${app.served.url}?map=lonely.map.bin&select=p:${encodeURIComponent(paper.id)}`);
    await page.getByRole('heading', { level: 2, name: paper.title }).waitFor();
    await page.getByText('Could not load lonely.map.texts-0.json, the texts of lonely.map.bin (HTTP 404).').waitFor();
    await page.goto(`${app.served.url}?map=cut.map.bin`);
    const alert = page.getByRole('alert');
    await alert.getByText(/cut\.map\.bin: header\.papers\.titleText: truncated/).waitFor();
    await page.close();
  });

  test('a version 1 main file (titles in its header) still opens, with its titles and abstracts', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(`${app.served.url}?map=v1/small.map.bin&select=p:${encodeURIComponent(paper.id)}`);
    await page.locator('canvas[data-view]').waitFor();
    await page.getByRole('heading', { level: 2, name: paper.title }).waitFor();
    await page.locator('.abstract').getByText(paper.abstract.slice(0, 40)).waitFor();
    await page.close();
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { serializeMap } from '../../src/core/map';
import { yearColor } from '../../src/core/style';
import { twoCliques } from '../core/analysis/smallMaps';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';

describeWithChromium('the analysis views in Chromium', () => {
  const app = useServedApp({ width: 1280, height: 800 });

  test('Gaps on a map too small for any gap says so; its cluster pairs open their bridging papers', async () => {
    const page = await app.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.served.url);
    await page.getByText('12 of 12 papers').waitFor();
    await page.getByRole('button', { name: 'Gaps', exact: true }).click();
    // Twelve papers: no pair of keywords could reach significance, so none is tested (Tarone) and
    // the view says so instead of listing noise.
    const none = page.locator('.gap-none');
    await none.waitFor();
    expect(await none.textContent()).toBe(
      'No keyword pair is significantly rarer together than chance predicts at a false discovery rate of 5% (0 pairs tested). ' +
        'On this many papers no two keywords are common enough for never meeting to be significant.',
    );
    expect(await page.getByRole('list', { name: 'Keyword gaps' }).count()).toBe(0);
    // Cluster pairs list their bridging papers.
    const pairs = page.getByRole('list', { name: 'Cluster pairs' });
    expect(await pairs.getByRole('listitem').count()).toBe(3);
    // A bridging paper of a cluster pair opens on the map: selected, its details shown, in the URL.
    const bridges = pairs.locator('details').first();
    await bridges.locator('summary').click();
    const bridge = bridges.getByRole('button').first();
    const bridgeTitle = (await bridge.textContent())!.trim();
    await bridge.click();
    await page.getByRole('heading', { level: 2, name: bridgeTitle }).waitFor();
    await page.waitForFunction(() => /[?&]select=p:/.test(location.search));
    expect(await page.evaluate(() => window.__topicMap!.getScene()!.nodes.some((n) => n.selected))).toBe(true);
    await page.getByRole('button', { name: 'Close research gaps' }).click();
    expect(await page.locator('.analysis-panel').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Gaps lists the significant pairs with p and q; "Show on map" filters the map to both (Any); a term opens its details', async () => {
    writeFileSync(join(app.served.dir, 'cliques.map.json'), serializeMap(twoCliques(8)));
    const page = await app.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.served.url}?map=cliques.map.json`);
    await page.getByText('17 of 17 papers').waitFor();
    await page.getByRole('button', { name: 'Gaps', exact: true }).click();
    const list = page.getByRole('list', { name: 'Keyword gaps' });
    await list.waitFor();
    // Two cliques of 8 papers: the 9 pairs across them are significant (a and d: 8 and 9 papers, never together).
    expect(await list.locator(':scope > li').count()).toBe(9);
    const first = list.getByRole('listitem').first();
    expect(await first.locator('.gap-pair').textContent()).toBe('aandd');
    expect(await first.locator('.gap-stats').textContent()).toBe(
      '8 and 9 papers; together in 0, 4.2 expected · p\u00a0=\u00a04.1\u00a0×\u00a010⁻⁵ · q\u00a0=\u00a01.5\u00a0×\u00a010⁻⁴',
    );
    // Each of p and q sits on one line.
    for (const value of await first.locator('.gap-p').all()) {
      expect(await value.evaluate((el) => el.getClientRects().length)).toBe(1);
    }
    const fifth = list.getByRole('listitem').nth(4);
    await fifth.getByRole('button', { name: 'Show a and e on the map' }).click();
    await page.getByText('16 of 17 papers').waitFor();
    await page.waitForFunction(() => location.search.includes('mode=any') && location.search.includes('kw='));
    expect(await fifth.getByRole('button', { name: /on the map$/ }).getAttribute('aria-pressed')).toBe('true');
    await fifth.getByRole('button', { name: 'e', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'e', exact: true }).waitFor();
    // The keyword panel shows how much it bridges clusters.
    await page.locator('.details .bridge-score meter').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a panel opening beside the map keeps the centre of the view where it was, and closing it too', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(app.served.url);
    await page.getByText('12 of 12 papers').waitFor();
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    /** The view's size and the world point at its centre. */
    const centre = () =>
      page.evaluate(() => {
        const v = window.__topicMap!.getScene()!.view;
        return { width: v.width, x: (v.width / 2 - v.x) / v.k, y: (v.height / 2 - v.y) / v.k };
      });
    const before = await centre();
    await page.getByRole('button', { name: 'Themes', exact: true }).click();
    await page.waitForFunction((w) => window.__topicMap!.getScene()!.view.width < w, before.width);
    const open = await centre();
    expect(open.x).toBeCloseTo(before.x, 0);
    expect(open.y).toBeCloseTo(before.y, 0);
    await page.getByRole('button', { name: 'Close thematic map' }).click();
    await page.waitForFunction((w) => window.__topicMap!.getScene()!.view.width === w, before.width);
    const closed = await centre();
    expect(closed.x).toBeCloseTo(before.x, 0);
    expect(closed.y).toBeCloseTo(before.y, 0);
    await page.close();
  });

  test('Thematic map draws a bubble per cluster in named quadrants; a bubble selects its cluster', async () => {
    const page = await app.browser.context.newPage();
    // The page's Content-Security-Policy logs what it refuses (an inline style sheet did lose the
    // chart its text styles: black text on the dark theme).
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') refused.push(m.text());
    });
    await page.goto(app.served.url);
    await page.getByText('12 of 12 papers').waitFor();
    await page.getByRole('button', { name: 'Themes', exact: true }).click();
    const chart = page.locator('.thematic-chart svg');
    await chart.waitFor();
    expect(await chart.locator('[data-cluster]').count()).toBe(3);
    for (const name of ['Motor themes', 'Basic themes', 'Niche themes', 'Emerging or declining themes']) {
      expect(await chart.getByText(name, { exact: true }).count()).toBe(1);
    }
    // Styled as written: the quadrant names small, italic and muted, the labels with their halo.
    const quadrant = await chart
      .getByText('Motor themes', { exact: true })
      .evaluate((el) => ({ style: getComputedStyle(el).fontStyle, size: getComputedStyle(el).fontSize }));
    expect(quadrant).toEqual({ style: 'italic', size: '11px' });
    expect(
      await chart
        .locator('text.label')
        .first()
        .evaluate((el) => getComputedStyle(el).paintOrder),
    ).toMatch(/^stroke/);
    expect(refused).toEqual([]);
    const bubble = chart.locator('[data-cluster="2"]');
    await bubble.click();
    await page.getByRole('heading', { level: 2, name: 'Graph neural networks · proteins' }).waitFor();
    await page.waitForFunction(() => location.search.includes('select=c:2'));
    // The keyboard reaches the bubbles too.
    await chart.locator('[data-cluster="0"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Language models · reasoning' }).waitFor();
    // "Export chart SVG" downloads the chart as shown, with the export stamp (the toolbar's "Export SVG" is the map's).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export chart SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thematic-map.svg');
    const text = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((stream) => {
        const parts: Buffer[] = [];
        stream.on('data', (d: Buffer) => parts.push(d));
        stream.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
        stream.on('error', reject);
      }, reject);
    });
    expect(text).toMatch(/<metadata>Topic Map \d+\.\d+\.\d+ export; /);
    expect(text.match(/data-cluster="\d"/g)).toHaveLength(3);
    // The fixture is dated: "Colour by mean year" recolours the bubbles on the overlay's scale and adds its colour bar.
    await page.getByRole('checkbox', { name: 'Colour by mean year' }).check();
    await chart.locator('#year-legend').waitFor();
    await expect(chart.locator('#year-legend').getAttribute('aria-label')).resolves.toBe('Colour: mean year, 2023 to 2024.7');
    await expect(chart.locator('[data-cluster="2"] circle').getAttribute('fill')).resolves.toBe(yearColor(0, 'light'));
    await page.close();
  });

  test('Density draws a smoothed density under the map; the SVG export carries it; off restores the map', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(app.served.url);
    await page.getByText('12 of 12 papers').waitFor();
    const canvas = page.locator('canvas');
    // The map is drawn on the next frames: wait until two shots agree.
    const settled = async (): Promise<Buffer> => {
      let last = await canvas.screenshot();
      for (;;) {
        const next = await canvas.screenshot();
        if (next.equals(last)) return next;
        last = next;
      }
    };
    const warmShare = (): Promise<number> =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] > 200 && data[i + 2] < 170) n++;
        return n / (data.length / 4);
      });
    const plain = await settled();
    const plainWarm = await warmShare();
    await page.getByRole('button', { name: 'Density', exact: true }).click();
    await expect.poll(async () => (await canvas.screenshot()).equals(plain)).toBe(false);
    // Yellow to red (high red, low blue) now spreads around the papers: many more such pixels
    // than the plain map's orange and red nodes make.
    expect(await warmShare()).toBeGreaterThan(3 * plainWarm);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    const text = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((stream) => {
        const parts: Buffer[] = [];
        stream.on('data', (d: Buffer) => parts.push(d));
        stream.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
        stream.on('error', reject);
      }, reject);
    });
    expect(text).toMatch(
      /<rect id="background"[^>]*\/>\n<image id="density" x="[-\d.]+" y="[-\d.]+" width="[\d.]+" height="[\d.]+" preserveAspectRatio="none" href="data:image\/png;base64,/,
    );
    await page.getByRole('combobox', { name: 'Density colours' }).selectOption('cluster');
    await page.getByRole('button', { name: 'Density', exact: true }).click();
    expect(await page.getByRole('combobox', { name: 'Density colours' }).count()).toBe(0);
    await expect.poll(async () => (await settled()).equals(plain)).toBe(true);
    await page.close();
  });

  test('a paper shows its bridging score', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(`${app.served.url}?select=p:p-moe`);
    const score = page.locator('.details .bridge-score');
    await score.waitFor();
    expect(await score.textContent()).toMatch(/^Bridging\d\.\d\d · /);
    await page.close();
  });

  /** RGB of every pixel of a PNG, decoded by the page, as a share of pixels that pass `warm` (R > 200, B < 170). */
  async function warmShareOfPng(page: Page, png: Buffer): Promise<number> {
    return page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] > 200 && data[i + 2] < 170) n++;
      return n / (data.length / 4);
    }, png.toString('base64'));
  }

  async function downloadPng(page: Page): Promise<Buffer> {
    const toggle = page.getByRole('button', { name: 'Export…' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG', exact: true }).click(),
    ]);
    return readFileSync((await file.path())!);
  }

  test('Density opens from the URL (keyword weight, by cluster), its menus follow it, and Export PNG carries it', async () => {
    const page = await app.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.served.url);
    await page.getByText('12 of 12 papers').waitFor();
    const plainPng = await downloadPng(page);
    await page.goto(`${app.served.url}?density=heat`);
    await page.getByText('12 of 12 papers').waitFor();
    await expect(page.getByRole('button', { name: 'Density', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    const heatPng = await downloadPng(page);
    // The heat map's yellow to red spreads around the papers in the PNG, as on the screen.
    expect(await warmShareOfPng(page, heatPng)).toBeGreaterThan(3 * (await warmShareOfPng(page, plainPng)));
    // The canvas fallback (the browser cannot draw the SVG as an image) draws the density too.
    await page.evaluate(() => {
      HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('refused by the test', 'EncodingError'));
    });
    const fallbackPng = await downloadPng(page);
    expect(fallbackPng.equals(heatPng)).toBe(false);
    expect(await warmShareOfPng(page, fallbackPng)).toBeGreaterThan(3 * (await warmShareOfPng(page, plainPng)));

    // Keyword weight: another picture, and the choice goes into the URL.
    const canvas = page.locator('canvas');
    const before = await canvas.screenshot();
    await page.getByRole('combobox', { name: 'Density of' }).selectOption('keywords');
    await page.waitForFunction(() => location.search.includes('density=heat,keywords'));
    await expect.poll(async () => (await canvas.screenshot()).equals(before)).toBe(false);
    await page.getByRole('combobox', { name: 'Density colours' }).selectOption('cluster');
    await page.waitForFunction(() => location.search.includes('density=cluster,keywords'));

    // A reload opens the same view.
    await page.reload();
    await page.getByText('12 of 12 papers').waitFor();
    await expect(page.getByRole('combobox', { name: 'Density of' }).inputValue()).resolves.toBe('keywords');
    await expect(page.getByRole('combobox', { name: 'Density colours' }).inputValue()).resolves.toBe('cluster');
    // Off: the parameter leaves the URL.
    await page.getByRole('button', { name: 'Density', exact: true }).click();
    await page.waitForFunction(() => !location.search.includes('density='));
    expect(errors).toEqual([]);
    await page.close();
  });
});

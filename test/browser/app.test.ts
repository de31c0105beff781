import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Scene } from '../../src/core/scene';
import type { MapFile } from '../../src/core/map';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';
import { FIXTURE } from './serveBuild';

const map = JSON.parse(readFileSync(FIXTURE, 'utf8')) as MapFile;

describeWithChromium('the production build in Chromium', () => {
  const app = useServedApp({ width: 1280, height: 800 });

  async function open(query = ''): Promise<Page> {
    const page = await app.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(app.served.url + query);
    (page as Page & { errors?: string[] }).errors = errors;
    return page;
  }

  async function waitForMap(page: Page): Promise<void> {
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
  }

  /** Where a node of the map file is on screen: its position through the canvas's view transform. */
  async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
    const node = map.papers.find((p) => p.id === id) ?? map.keywords.find((k) => k.id === id);
    if (!node) throw new Error(`no node ${id}`);
    const canvas = page.locator('canvas');
    const [tx, ty, k] = ((await canvas.getAttribute('data-view')) ?? '').split(',').map(Number);
    const box = (await canvas.boundingBox())!;
    return { x: box.x + node.x * k + tx, y: box.y + node.y * k + ty };
  }

  test('draws the map: the canvas is not blank', async () => {
    const page = await open();
    await waitForMap(page);
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!;
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 16) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
      }
      return coloured;
    });
    expect(painted).toBeGreaterThan(200);
    const scene = (await page.evaluate(() => window.__topicMap!.getScene())) as Scene;
    expect(scene.nodes).toHaveLength(27);
    expect(scene.labels.filter((l) => l.kind === 'cluster')).toHaveLength(3);
    await expect(page.getByRole('navigation', { name: 'Clusters' }).getByRole('button').count()).resolves.toBe(4);
    await page.close();
  });

  test('clicking a paper on the canvas opens its abstract in the Details panel; a title stays text', async () => {
    const page = await open();
    await waitForMap(page);
    const p = await screenPoint(page, 'p-xss');
    await page.mouse.move(p.x, p.y);
    await expect(page.getByRole('tooltip').textContent()).resolves.toContain('<img src=x onerror=alert(1)>');
    await page.mouse.click(p.x, p.y);
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'Abstract' }).waitFor();
    await expect(details.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      '<img src=x onerror=alert(1)> & "quotes"',
    );
    await expect(details.locator('.abstract').textContent()).resolves.toContain('A title made of markup must show as text.');
    await expect(details.locator('mark').count()).resolves.toBe(3);
    await expect(page.locator('img').count()).resolves.toBe(0);
    // The address bar is written after the paint, in an idle moment.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('select') === 'p:p-xss');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  test('filtering by a keyword changes "N of M papers"; clearing restores it', async () => {
    const page = await open();
    await waitForMap(page);
    await page.getByText('12 of 12 papers').waitFor();
    const box = page.getByRole('combobox', { name: 'Filter by keyword' });
    await box.fill('diffusion');
    await page.getByRole('option', { name: /diffusion models/ }).click();
    await page.getByText('4 of 12 papers').waitFor();
    await box.fill('video');
    await box.press('Enter');
    await page.getByText('2 of 12 papers').waitFor();
    const dimmed = (await page.evaluate(
      () => window.__topicMap!.getScene()!.nodes.filter((n) => n.opacity < 0.5).length,
    )) as number;
    expect(dimmed).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await page.getByText('12 of 12 papers').waitFor();
    await page.close();
  });

  test('clicking a cluster name on the map focuses the cluster and lists its papers', async () => {
    const page = await open();
    await waitForMap(page);
    const label = (await page.evaluate(
      () => window.__topicMap!.getScene()!.labels.find((l) => l.text === 'Diffusion · image generation')!,
    )) as Scene['labels'][number];
    const canvas = page.locator('canvas');
    const [tx, ty, k] = ((await canvas.getAttribute('data-view')) ?? '').split(',').map(Number);
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + label.x * k + tx, box.y + label.y * k + ty);
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { level: 2, name: 'Diffusion · image generation' }).waitFor();
    await expect(details.getByRole('heading', { name: 'Papers', exact: true }).count()).resolves.toBe(1);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('select') === 'c:1');
    await page.close();
  });

  test('search selects a paper and centres the map on it', async () => {
    const page = await open();
    await waitForMap(page);
    await page.getByRole('combobox', { name: 'Search' }).fill('protein structure');
    // Each option's kind fits its column: "KEYWORD" ran into the keyword after it.
    await page
      .getByRole('option', { name: /protein structure/i })
      .first()
      .waitFor();
    const kinds = await page
      .locator('.option-kind')
      .evaluateAll((els) => els.map((el) => ({ text: el.textContent, fits: el.scrollWidth <= el.clientWidth })));
    expect(kinds.map((k) => k.text)).toContain('Keyword');
    expect(kinds.filter((k) => !k.fits)).toEqual([]);
    await page.getByRole('combobox', { name: 'Search' }).fill('protein structure pred');
    await page.getByRole('option', { name: /Protein Structure Prediction/ }).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'Protein Structure Prediction with Message Passing' }).waitFor();
    await page.waitForFunction(() => {
      const c = document.querySelector('canvas')!;
      const [tx, ty, k] = (c.dataset.view ?? '').split(',').map(Number);
      // p-protein is at (10, 215): centred means near the middle of the canvas.
      return Math.abs(10 * k + tx - c.clientWidth / 2) < 2 && Math.abs(215 * k + ty - c.clientHeight / 2) < 2;
    });
    await page.close();
  });

  test('the URL holds selection and filter: a reload restores them; back returns to the previous selection', async () => {
    const page = await open();
    await waitForMap(page);
    await page.getByRole('combobox', { name: 'Filter by keyword' }).fill('language');
    await page.getByRole('option', { name: /language models/ }).click();
    await page.getByRole('button', { name: /Muon is Scalable/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Muon is Scalable for LLM Training' }).waitFor();
    await page
      .getByRole('button', { name: /Sparse Mixture-of-Experts/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: /Sparse Mixture-of-Experts/ }).waitFor();
    // The address bar is written after the paint, in an idle moment.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('select') === 'p:p-moe');
    const url = new URL(page.url());
    expect(url.searchParams.get('select')).toBe('p:p-moe');
    expect(url.searchParams.get('kw')).toBe('languag model');
    expect(url.searchParams.get('view')).toMatch(/^-?[\d.]+,-?[\d.]+,[\d.]+$/);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: /Sparse Mixture-of-Experts/ }).waitFor();
    await page.getByText('4 of 12 papers').waitFor();
    await expect(page.getByRole('list', { name: 'Chosen keywords' }).textContent()).resolves.toContain('language models');

    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Muon is Scalable for LLM Training' }).waitFor();
    expect(new URL(page.url()).searchParams.get('select')).toBe('p:2502.16982');
    await page.close();
  });

  test('zoom buttons and dragging a node move the view and the layout', async () => {
    const page = await open();
    await waitForMap(page);
    const k0 = Number((await page.locator('canvas').getAttribute('data-view'))!.split(',')[2]);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction((k) => Number(document.querySelector('canvas')!.dataset.view!.split(',')[2]) > k * 1.4, k0);
    await page.getByRole('button', { name: 'Fit map to window' }).click();
    await page.waitForFunction(
      (k) => Math.abs(Number(document.querySelector('canvas')!.dataset.view!.split(',')[2]) - k) < 1e-6,
      k0,
    );

    const from = await screenPoint(page, 'k:video');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 30, { steps: 4 });
    await page.mouse.move(from.x + 80, from.y + 60, { steps: 4 });
    await page.mouse.up();
    const video = map.keywords.find((k) => k.id === 'k:video')!;
    const paper = map.papers.find((p) => p.id === 'p-video')!;
    // The drag's simulation runs on after the release: wait until it has pulled the neighbour
    // (a condition, not a fixed time: a busy machine runs it slower).
    await page.waitForFunction(
      ([x, y]) => {
        const n = window.__topicMap!.getScene()!.nodes.find((node) => node.id === 'p-video')!;
        return Math.hypot(n.x - x, n.y - y) > 1;
      },
      [paper.x, paper.y] as const,
    );
    const moved = (await page.evaluate(() => {
      const nodes = window.__topicMap!.getScene()!.nodes;
      const at = (id: string) => nodes.find((n) => n.id === id)!;
      return { video: [at('k:video').x, at('k:video').y], neighbour: [at('p-video').x, at('p-video').y] };
    })) as { video: number[]; neighbour: number[] };
    expect(moved.video[0]).toBeGreaterThan(video.x + 20);
    expect(moved.video[1]).toBeGreaterThan(video.y + 15);
    // Its neighbour was pulled along, a little.
    expect(Math.hypot(moved.neighbour[0] - paper.x, moved.neighbour[1] - paper.y)).toBeGreaterThan(1);
    // A drag is not a click: nothing got selected.
    expect(new URL(page.url()).searchParams.get('select')).toBeNull();
    await page.close();
  });

  test('Export SVG downloads topic-map.svg written from the scene on screen', async () => {
    const page = await open('?select=k:video');
    await waitForMap(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('topic-map.svg');
    const path = await download.path();
    const svg = readFileSync(path!, 'utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('<svg');
    const scene = (await page.evaluate(() => window.__topicMap!.getScene())) as Scene;
    for (const label of scene.labels) expect(svg).toContain(label.text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    await page.close();
  });

  test('a broken map file shows what is wrong', async () => {
    const page = await open('?map=broken.json');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('broken.json: papers[3].x: expected a finite number');
    const missing = await open('?map=nowhere.json');
    await expect(missing.getByRole('alert').textContent()).resolves.toContain('not found');
    // "Open map" reads a local file instead.
    await page.locator('input[type=file]').first().setInputFiles(FIXTURE);
    await waitForMap(page);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.getByText('12 of 12 papers').waitFor();
    await page.close();
    await missing.close();
  });
});

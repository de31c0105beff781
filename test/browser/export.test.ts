import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { filterMapForExport } from '../../src/core/query';
import type { Scene } from '../../src/core/scene';
import type { MapFile } from '../../src/core/map';
import { describeWithChromium, launchChromium, type LaunchedChromium } from './chromium';
import { FIXTURE, serveBuild, type ServedBuild } from './serveBuild';

const map = JSON.parse(readFileSync(FIXTURE, 'utf8')) as MapFile;

/** Width, height and text entries of a PNG, read from its chunks. */
function readPng(bytes: Buffer): { width: number; height: number; text: Map<string, string> } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const text = new Map<string, string>();
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'iTXt') {
      const data = bytes.subarray(at + 8, at + 8 + length);
      const nul = data.indexOf(0);
      // keyword NUL, compression flag and method, language NUL, translated keyword NUL, text
      const lang = data.indexOf(0, nul + 3);
      const translated = data.indexOf(0, lang + 1);
      text.set(data.subarray(0, nul).toString('latin1'), data.subarray(translated + 1).toString('utf8'));
    }
    at += 12 + length;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), text };
}

describeWithChromium('exports from the app in Chromium', () => {
  let served: ServedBuild;
  let browser: LaunchedChromium;
  /** One page for the tests on the unfiltered map (loading a page is most of a test's time). */
  let page: Page;

  beforeAll(async () => {
    [served, browser] = await Promise.all([serveBuild(), launchChromium({ width: 1200, height: 760 })]);
    page = await open();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function open(query = ''): Promise<Page> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors?: string[] }).errors = errors;
    await page.goto(served.url + query);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    return page;
  }

  async function openMenu(page: Page): Promise<void> {
    const toggle = page.getByRole('button', { name: 'Export…' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return { file, bytes: readFileSync((await file.path())!) };
  }

  test('"Export…" opens a panel (aria-expanded) that Escape closes', async () => {
    const toggle = page.getByRole('button', { name: 'Export…' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByRole('checkbox', { name: 'Legend' }).waitFor();
    await page.keyboard.press('Escape');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('checkbox', { name: 'Legend' }).count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Export…');
  });

  test('Export SVG with the legend switched off: well-formed SVG, no legend group, caption and stamp kept', async () => {
    await openMenu(page);
    await page.getByRole('checkbox', { name: 'Legend' }).uncheck();
    const { file, bytes } = await download(page, 'Export SVG');
    expect(file.suggestedFilename()).toBe('topic-map.svg');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(
      bytes.toString('utf8'),
      'image/svg+xml',
    );
    expect(errors).toEqual([]);
    const svg = doc.documentElement!;
    expect(svg.tagName).toBe('svg');
    const groups = Array.from(svg.getElementsByTagName('g')).map((g) => g.getAttribute('id'));
    expect(groups).toEqual(['edges', 'nodes', 'labels', 'caption']);
    const canvasWidth = await page.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).clientWidth);
    expect(Number(svg.getAttribute('width'))).toBe(canvasWidth);
    expect(svg.getElementsByTagName('metadata')[0]?.textContent).toMatch(/^Topic Map \d+\.\d+\.\d+ export; .*filter none$/);

    // Switched back on, the legend is there again.
    await page.getByRole('checkbox', { name: 'Legend' }).check();
    const again = await download(page, 'Export SVG');
    expect(again.bytes.toString('utf8')).toContain('<g id="legend"');
  });

  /** Colours of the PNG (decoded by the page) at the centres of the largest opaque nodes on screen. */
  async function nodeColours(page: Page, png: Buffer): Promise<Array<{ want: string; got: number[] }>> {
    const scene = (await page.evaluate(() => window.__topicMap!.getScene())) as Scene;
    const { view } = scene;
    const scale = 2;
    const nodes = scene.nodes
      .filter((n) => n.opacity === 1 && /^#[0-9a-f]{6}$/i.test(n.fill) && n.r * view.k >= 6)
      .sort((a, b) => b.r - a.r)
      .slice(0, 4)
      .map((n) => ({ fill: n.fill, x: (n.x * view.k + view.x) * scale, y: (n.y * view.k + view.y) * scale }));
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    const got = await page.evaluate(
      async ({ base64, points }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return points.map((p) => Array.from(ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data.slice(0, 3)));
      },
      { base64: png.toString('base64'), points: nodes },
    );
    return nodes.map((n, i) => ({ want: n.fill, got: got[i] }));
  }

  function near(hex: string, rgb: number[]): boolean {
    const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return want.every((v, i) => Math.abs(v - rgb[i]) <= 6);
  }

  test('Export PNG is twice the canvas size, stamped, and shows the nodes where the screen does', async () => {
    // Watch what is drawn onto canvases: the PNG should be the SVG export, drawn as an image.
    await page.evaluate(() => {
      const drawn: string[] = [];
      (window as Window & { drawnImages?: string[] }).drawnImages = drawn;
      const original = CanvasRenderingContext2D.prototype.drawImage;
      CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        if (args[0] instanceof HTMLImageElement)
          drawn.push(`${args[0].src.slice(0, 5)} ${this.canvas.width}x${this.canvas.height}`);
        return (original as (...a: unknown[]) => void).apply(this, args);
      } as typeof original;
    });
    await openMenu(page);
    const { file, bytes } = await download(page, 'Export PNG');
    expect(file.suggestedFilename()).toBe('topic-map.png');
    const size = await page
      .locator('canvas')
      .evaluate((c) => [(c as HTMLCanvasElement).clientWidth, (c as HTMLCanvasElement).clientHeight]);
    const png = readPng(bytes);
    expect([png.width, png.height]).toEqual([2 * size[0], 2 * size[1]]);
    const drawn = await page.evaluate(() => (window as Window & { drawnImages?: string[] }).drawnImages);
    expect(drawn).toEqual([`blob: ${png.width}x${png.height}`]);
    expect(png.text.get('Description')).toMatch(/^Topic Map \d+\.\d+\.\d+ export; .*corpus small-fixture\.txt .*; filter none$/);
    for (const { want, got } of await nodeColours(page, bytes))
      expect(near(want, got), `${want} vs rgb(${got.join(',')})`).toBe(true);
    await page.getByText(`Saved topic-map.png: ${png.width} × ${png.height} pixels.`).waitFor();
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  // Last on the shared page: it breaks image decoding there.
  test('Export PNG still works when the browser cannot draw the SVG as an image (canvas renderer fallback)', async () => {
    await page.evaluate(() => {
      HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('refused by the test', 'EncodingError'));
    });
    await openMenu(page);
    const { bytes } = await download(page, 'Export PNG');
    const size = await page
      .locator('canvas')
      .evaluate((c) => [(c as HTMLCanvasElement).clientWidth, (c as HTMLCanvasElement).clientHeight]);
    const png = readPng(bytes);
    expect([png.width, png.height]).toEqual([2 * size[0], 2 * size[1]]);
    expect(png.text.get('Description')).toContain('filter none');
    // No image was drawn this time (the one listed is the previous test's): the canvas renderer drew it.
    await expect(page.evaluate(() => (window as Window & { drawnImages?: string[] }).drawnImages)).resolves.toEqual([
      `blob: ${png.width}x${png.height}`,
    ]);
    for (const { want, got } of await nodeColours(page, bytes))
      expect(near(want, got), `${want} vs rgb(${got.join(',')})`).toBe(true);
  });

  test('GEXF of a filtered view: graphology-gexf reads back exactly the filtered papers and their keywords', async () => {
    const page = await open('?kw=diffus+model');
    await page.getByText('4 of 12 papers', { exact: true }).waitFor();
    await openMenu(page);
    const { file, bytes } = await download(page, 'GEXF (Gephi)');
    expect(file.suggestedFilename()).toBe('topic-map.gexf');
    const text = bytes.toString('utf8');
    const errors: string[] = [];
    new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(
      text,
      'application/xml',
    );
    expect(errors).toEqual([]);
    // graphology-gexf parses with its own copy of @xmldom/xmldom's DOMParser (a Document from
    // ours fails its instanceof check), so it gets the text.
    const graph = gexf.parse(Graph, text);
    const part = filterMapForExport(map, { keywords: ['k:diffus model'], mode: 'all' });
    expect(part.papers).toHaveLength(4);
    expect(graph.order).toBe(part.papers.length + part.keywords.length);
    expect(graph.filterNodes((_, a) => a.type === 'paper').sort()).toEqual(part.papers.map((p) => `p:${p.id}`).sort());
    expect(String(graph.getAttribute('description'))).toContain('filter all of "diffusion models"');
    await page.close();
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { MapFile } from '../../src/core/map';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';
import { FIXTURE } from './serveBuild';
import { TOPIC_CORPUS } from './topicCorpus';

const map = JSON.parse(readFileSync(FIXTURE, 'utf8')) as MapFile;
/** Where screenshots of this file go (looked at by hand; not compared). */
const SHOTS = process.env.TOPIC_MAP_SHOTS ?? '/tmp/topic-map-shots';

interface Watched {
  page: Page;
  /** Console messages and `securitypolicyviolation` events that report a CSP violation. */
  violations: string[];
  errors: string[];
}

describeWithChromium('the built app under its Content-Security-Policy', () => {
  const app = useServedApp({ width: 1200, height: 760 });

  beforeAll(async () => {
    // A map at the coordinate limit (world units ±1e7) and one far beyond it.
    const far = JSON.parse(JSON.stringify(map)) as MapFile;
    far.papers[0].x = 1e7;
    far.keywords[0].x = -1e7;
    far.keywords[1].y = 1e7;
    writeFileSync(join(app.served.dir, 'far.map.json'), JSON.stringify(far));
    far.papers[0].x = 1e308;
    writeFileSync(join(app.served.dir, 'absurd.map.json'), JSON.stringify(far));
  });

  async function open(query = ''): Promise<Watched> {
    const page = await app.browser.context.newPage();
    const violations: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportViolation(text: string): void }).__reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    await page.goto(app.served.url + query);
    return { page, violations, errors };
  }

  const waitForMap = (page: Page): Promise<unknown> =>
    page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);

  test('index.html carries the policy: no inline script, connect-src limited', () => {
    const html = readFileSync(join(app.served.dir, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self' https:;");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // The policy comes before any script, and the page has no inline one.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  test('loads the map, paints the canvas, opens details, exports SVG and PNG, builds a corpus: no violation', async () => {
    const { page, violations, errors } = await open();
    await waitForMap(page);
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 16)
        if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60) coloured++;
      return coloured;
    });
    expect(painted).toBeGreaterThan(200);

    // A paper clicked on the canvas opens in the details panel.
    const paper = map.papers.find((p) => p.id === 'p-video')!;
    const canvas = page.locator('canvas');
    const [tx, ty, k] = ((await canvas.getAttribute('data-view')) ?? '').split(',').map(Number);
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + paper.x * k + tx, box.y + paper.y * k + ty);
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { level: 2, name: paper.title }).waitFor();

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG', exact: true }).click(),
    ]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).not.toContain('NaN');

    // PNG: the SVG drawn through a blob: image (img-src blob:).
    await page.getByRole('button', { name: 'Export…' }).click();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG', exact: true }).click(),
    ]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');

    // The corpus builder's worker (worker-src 'self').
    await page.getByRole('button', { name: 'Paste', exact: true }).click();
    await page.getByLabel('Corpus text').fill(TOPIC_CORPUS);
    await page.getByRole('button', { name: 'Build map' }).click();
    await page.getByText('14 of 14 papers').waitFor({ timeout: 120_000 });

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the policy is in force: an inline script added to the page is refused and reported', async () => {
    const { page, violations } = await open();
    await waitForMap(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((done) => setTimeout(done, 0));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.some((v) => /script-src/.test(v))).toBe(true);
    await page.close();
  });

  test('a data: map link asks first (screenshot), then opens under the policy without a violation', async () => {
    // Small, so that the link stays under the test server's 16 KB header limit.
    const spoof: MapFile = {
      format: 'topic-map',
      version: 1,
      meta: {
        tool: 'topic-map 0.1.0',
        source: 'Your session expired: log in at https://evil.example',
        corpusHash: 'fnv1a64:0123456789abcdef',
        settings: { topK: 10, minDf: 2, maxKeywords: 300, resolution: 1, seed: 42 },
        counts: { papers: 2, keywords: 1, links: 2, cooccurrences: 0, clusters: 1 },
      },
      papers: [
        {
          id: 'a',
          title: 'Log in again',
          abstract: 'Visit https://evil.example to log in.',
          keywords: [{ term: 'log in', score: 1 }],
          cluster: 0,
          x: -40,
          y: 0,
        },
        {
          id: 'b',
          title: 'Account',
          abstract: 'Your session expired.',
          keywords: [{ term: 'log in', score: 1 }],
          cluster: 0,
          x: 40,
          y: 0,
        },
      ],
      keywords: [{ id: 'k:log in', term: 'log in', papers: 2, cluster: 0, x: 0, y: 30 }],
      links: [
        { paper: 'a', keyword: 'k:log in', weight: 1 },
        { paper: 'b', keyword: 'k:log in', weight: 1 },
      ],
      cooccurrences: [],
      clusters: [{ id: 0, label: 'log in', size: 2, keywordCount: 1, topKeywords: ['log in'] }],
    };
    const link = `data:application/json,${encodeURIComponent(JSON.stringify(spoof))}`;
    const { page, violations, errors } = await open(`?map=${encodeURIComponent(link)}`);
    const dialog = page.getByRole('alertdialog', { name: 'Open a map carried in the link?' });
    await dialog.waitFor();
    await page.screenshot({ path: join(SHOTS, 'map-source-data.png') });
    await expect(page.locator('.brand-source').count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Open this map' }).click();
    await waitForMap(page);
    await expect(page.locator('.brand-source').textContent()).resolves.toContain('log in at');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a map from another origin names the origin; declining opens the default map', async () => {
    // 127.0.0.1 and localhost are different origins of the same server.
    const other = app.served.url.replace('127.0.0.1', 'localhost');
    const { page, violations } = await open(`?map=${encodeURIComponent(`${other}small.map.json`)}`);
    const dialog = page.getByRole('alertdialog', { name: 'Open a map from another site?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(new URL(other).origin);
    await page.screenshot({ path: join(SHOTS, 'map-source-other-origin.png') });
    await page.keyboard.press('Enter'); // the focused, safe answer
    await waitForMap(page);
    expect(new URL(page.url()).searchParams.has('map')).toBe(false);
    expect(violations).toEqual([]);
    await page.close();
  });

  test('a map at the coordinate limit zooms and fits without NaN; one beyond it is an error, not a blank page', async () => {
    const { page } = await open('?map=far.map.json');
    await waitForMap(page);
    const view = async (): Promise<number[]> =>
      ((await page.locator('canvas').getAttribute('data-view')) ?? '').split(',').map(Number);
    const fitted = await view();
    expect(fitted.every(Number.isFinite)).toBe(true);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 30; i++) await zoomIn.click();
    expect((await view()).every(Number.isFinite)).toBe(true);
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    for (let i = 0; i < 40; i++) await zoomOut.click();
    const out = await view();
    expect(out.every(Number.isFinite) && out[2] > 0).toBe(true);
    await page.getByRole('button', { name: 'Fit map to window' }).click();
    await expect.poll(async () => (await view())[2]).toBeCloseTo(fitted[2], 12);
    await page.close();

    const absurd = await open('?map=absurd.map.json&view=1e308,0,1');
    await absurd.page.getByRole('alert').waitFor();
    await expect(absurd.page.getByRole('alert').textContent()).resolves.toContain('papers[0].x: 1e+308 is out of range');
    await absurd.page.close();
  });
});

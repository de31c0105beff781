import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { type MapFile, parseMapFile, serializeMap } from '../../src/core/map';
import { THEMES, parseColor } from '../../src/core/style';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';

const SEED_FILE = new URL('../golden/trending-papers.map.json', import.meta.url);
const seed = parseMapFile(readFileSync(SEED_FILE, 'utf8'), 'trending-papers.map.json');

/** The seed map with the papers of cluster `id` but two left out: that cluster shrank. */
function shrunk(map: MapFile, id: number): MapFile {
  const members = map.papers.filter((p) => p.cluster === id).slice(2);
  const gone = new Set(members.map((p) => p.id));
  const papers = map.papers.filter((p) => !gone.has(p.id));
  const links = map.links.filter((l) => !gone.has(l.paper));
  return {
    ...map,
    meta: { ...map.meta, counts: { ...map.meta.counts, papers: papers.length, links: links.length } },
    papers,
    links,
    clusters: map.clusters.map((c) => (c.id === id ? { ...c, size: c.size - gone.size } : c)),
  };
}

describeWithChromium('"Place a paper" and "Compare with…" in Chromium', () => {
  const app = useServedApp({ width: 1280, height: 800 });

  beforeAll(async () => {
    writeFileSync(join(app.served.dir, 'seed.map.json'), readFileSync(SEED_FILE));
  });

  test('a pasted seed paper lands on the map with its cluster and similar papers; a click selects one; Clear removes it', async () => {
    const page = await app.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.served.url}?map=seed.map.json`);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const paper = seed.papers[7];
    const cluster = seed.clusters.find((c) => c.id === paper.cluster)!;

    await page.getByRole('button', { name: 'Place a paper' }).click();
    const dialog = page.getByRole('dialog', { name: 'Place a paper' });
    await dialog.getByRole('textbox').fill(`${paper.title}\n${paper.abstract}`);
    await page.screenshot({ path: '/tmp/wt-place-dialog.png' });
    await dialog.getByRole('button', { name: 'Place' }).click();

    const panel = page.getByRole('complementary', { name: 'Placed paper' });
    await panel.waitFor();
    await expect(panel.getByRole('button', { name: cluster.label }).isVisible()).resolves.toBe(true);
    await expect(
      panel
        .getByText(/similarity \d+%/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const similar = panel.locator('.place-similar .paper-link-title');
    await expect(similar.count()).resolves.toBeGreaterThan(1);
    // Already on the map: it is its own most similar paper.
    await expect(similar.first().textContent()).resolves.toBe(paper.title);
    await expect(panel.getByRole('heading', { name: 'Key phrases of its cluster it does not use' }).isVisible()).resolves.toBe(
      true,
    );

    // The marker is drawn where the canvas says: the star's centre has the theme's foreground colour.
    await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('canvas')?.dataset.placed !== undefined);
    const centre = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas')!;
      const [x, y] = canvas.dataset.placed!.split(',').map(Number);
      const dpr = canvas.width / canvas.getBoundingClientRect().width;
      return [...canvas.getContext('2d')!.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data];
    });
    const fg = parseColor(THEMES.light.foreground)!;
    expect(centre.slice(0, 3)).toEqual([fg.r, fg.g, fg.b]);
    await page.screenshot({ path: '/tmp/wt-place-placed.png' });

    // A click on another similar paper selects it on the map.
    const second = await similar.nth(1).textContent();
    const secondId = seed.papers.find((p) => p.title === second)!.id;
    await similar.nth(1).click();
    await page.waitForFunction((id) => decodeURIComponent(location.search).includes(`select=p:${id}`), secondId);
    await expect(page.locator('.details-title', { hasText: second! }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '/tmp/wt-place-selected.png' });

    await panel.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('canvas')?.dataset.placed === undefined);
    await expect(panel.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a pasted text without an abstract says why, and the dialog stays open', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(`${app.served.url}?map=seed.map.json`);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    await page.getByRole('button', { name: 'Place a paper' }).click();
    const dialog = page.getByRole('dialog', { name: 'Place a paper' });
    await dialog.getByRole('textbox').fill('Only a title');
    await dialog.getByRole('button', { name: 'Place' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe(
      'pasted:1: no abstract: the title "Only a title" is the only line; put the abstract on the lines below it',
    );
    await page.close();
  });

  test('"Compare with…" a map where one cluster lost papers shows it shrank, with counts', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(`${app.served.url}?map=seed.map.json`);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const id = seed.clusters[0].id;
    const before = seed.clusters[0].size;
    await page.getByLabel('Map to compare with').setInputFiles({
      name: 'later.map.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeMap(shrunk(seed, id))),
    });
    const panel = page.getByRole('complementary', { name: 'Compared with later.map.json' });
    await panel.waitFor();
    // Judged by share of the map: the others' shares rose as the first cluster lost its papers.
    await expect(
      panel.getByText(/\d+ grew, 1 shrank, \d+ kept their size \(by share of the map\), 0 disappeared, 0 appeared/).isVisible(),
    ).resolves.toBe(true);
    const row = panel.locator('.compare-shrunk');
    await expect(row.locator('.compare-sizes').first().textContent()).resolves.toBe(`${before} → 2 (${2 - before})`);
    const after = seed.papers.length - (before - 2);
    const share = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)}%`;
    await expect(row.locator('.compare-sizes').nth(1).textContent()).resolves.toBe(
      `${share(before, seed.papers.length)} → ${share(2, after)} of the map`,
    );
    await page.screenshot({ path: '/tmp/wt-place-compare.png' });
    await page.close();
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MapFile } from '../../src/core/map';
import { describeWithChromium, launchChromium, type LaunchedChromium } from './chromium';
import { serveBuild, type ServedBuild } from './serveBuild';
import { TOPIC_CORPUS } from './topicCorpus';
import { windows1252 } from '../helpers/windows1252';

// Opening a corpus in the production build: the pipeline runs in the page's worker, and the
// corpus goes nowhere else (every request is to the local server, none is a POST).
//
// Nothing here depends on the machine's speed: every step waits for a condition, with limits (a
// build, a step, a test) far above what a busy machine needs, and the build's progress bar is
// seen by an observer in the page rather than caught by polling (a fast build shows it briefly).

/** Longest wait for one step (a build in the worker, a click's effect) on a busy machine. */
const STEP_MS = 180_000;
/** Longest a whole test may take: several steps. */
const TEST_MS = 900_000;

/** Before the page's scripts: records whether a build progress bar was ever shown. */
const WATCH_PROGRESS = `(() => {
  window.__sawBuildProgress = false;
  new MutationObserver(() => {
    if (!window.__sawBuildProgress && document.querySelector('[role="progressbar"][aria-label="Build progress"]')) window.__sawBuildProgress = true;
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;
describeWithChromium('building a map from a corpus in Chromium', () => {
  let served: ServedBuild;
  let browser: LaunchedChromium;
  let files: string;

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'topic-map-corpus-test-'));
    writeFileSync(join(files, 'topics.jsonl'), TOPIC_CORPUS);
    writeFileSync(join(files, 'papers.csv'), 'name,summary\nA paper,What it is about\n');
    // Saved by a Windows tool in Windows-1252, not UTF-8: an accented name and curly quotes in a title.
    writeFileSync(
      join(files, 'western.jsonl'),
      windows1252(
        TOPIC_CORPUS.replace('Protein structure prediction', 'M\u00fcller\u2019s \u201cprotein\u201d structure prediction'),
      ),
    );
    const gz = gzipSync(TOPIC_CORPUS);
    writeFileSync(join(files, 'topics.jsonl.gz'), gz);
    writeFileSync(join(files, 'cut.jsonl.gz'), gz.subarray(0, gz.length >> 1));
    // Two members, as `cat a.gz b.gz` makes them (the browser's own DecompressionStream refuses those).
    const half = `${TOPIC_CORPUS.split('\n').slice(0, 7).join('\n')}\n`;
    writeFileSync(join(files, 'two.jsonl.gz'), Buffer.concat([gzipSync(half), gzipSync(TOPIC_CORPUS.slice(half.length))]));
    // A folder as OpenAlex's snapshot lays it out: parts in dated folders, a manifest beside them.
    mkdirSync(join(files, 'works', 'updated_date=2024-01-02'), { recursive: true });
    mkdirSync(join(files, 'works', 'updated_date=2024-01-10'));
    writeFileSync(join(files, 'works', 'updated_date=2024-01-02', 'part_000.jsonl.gz'), gzipSync(half));
    writeFileSync(join(files, 'works', 'updated_date=2024-01-10', 'part_000.jsonl'), TOPIC_CORPUS.slice(half.length));
    writeFileSync(join(files, 'works', 'manifest'), '{"entries": []}');
    // The 4.8 MB worker takes long to minify and minifying changes nothing checked here.
    [served, browser] = await Promise.all([serveBuild({ minify: false }), launchChromium({ width: 1280, height: 800 })]);
    browser.context.setDefaultTimeout(STEP_MS);
    await browser.context.addInitScript(WATCH_PROGRESS);
  }, TEST_MS);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  async function open(): Promise<{ page: Page; requests: Request[]; errors: string[] }> {
    const page = await browser.context.newPage();
    const requests: Request[] = [];
    const errors: string[] = [];
    // Requests from the page and from its workers.
    browser.context.on('request', (r) => requests.push(r));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0, undefined, { timeout: STEP_MS });
    return { page, requests, errors };
  }

  const sceneIds = (page: Page): Promise<string[]> => page.evaluate(() => window.__topicMap!.getScene()!.nodes.map((n) => n.id));

  test(
    'opens a corpus file, builds it in the worker, curates it; nothing leaves the machine',
    async () => {
      const { page, requests, errors } = await open();
      await page.getByText('12 of 12 papers').waitFor();

      await page.getByLabel('Corpus file').setInputFiles(join(files, 'topics.jsonl'));
      await page.getByText('14 of 14 papers').waitFor();
      // The build showed its progress, and the bar is gone once the map is there.
      expect(await page.evaluate(() => (window as unknown as { __sawBuildProgress: boolean }).__sawBuildProgress)).toBe(true);
      await page.getByRole('progressbar').waitFor({ state: 'detached' });
      const details = page.getByRole('complementary', { name: 'Details' });
      await details.getByRole('heading', { level: 2, name: 'topics.jsonl' }).waitFor();
      const ids = await sceneIds(page);
      expect(ids).toContain('k:dark matter halo');
      expect(ids.filter((id) => id.startsWith('t'))).toHaveLength(14);

      // Remove a keyword from its details panel: the map is rebuilt without it.
      await page.getByRole('combobox', { name: 'Search' }).fill('dark matter');
      await page
        .getByRole('option', { name: /dark matter halos/ })
        .first()
        .click();
      await details.getByRole('heading', { level: 2, name: 'dark matter halos' }).waitFor();
      await details.getByRole('button', { name: 'Remove from map' }).click();
      await details.getByRole('heading', { level: 2, name: 'topics.jsonl' }).waitFor();
      expect(await sceneIds(page)).not.toContain('k:dark matter halo');
      await page.getByText('14 of 14 papers').waitFor();
      await page.getByRole('button', { name: 'Settings' }).click();
      const curation = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Curation' });
      await expect(curation.getByRole('list', { name: /Removed/ }).textContent()).resolves.toContain('dark matter halos');

      // Save the map, open another one, then open the saved file: the same map comes back.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save map' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('topics.map.json');
      const saved = join(files, 'topics.map.json');
      await download.saveAs(saved);
      const map = JSON.parse(readFileSync(saved, 'utf8')) as MapFile;
      expect(map.format).toBe('topic-map');
      expect(map.papers).toHaveLength(14);
      expect(map.curation?.stopwords).toEqual(['dark matter halos']);
      await page.goto(`${served.url}?map=small.map.json`);
      await page.getByText('12 of 12 papers').waitFor();
      // The Open map input (it takes compact .bin maps too; "Compare with…" has one for .json only).
      await page.locator('input[type=file][accept=".json,.bin,application/json"]').setInputFiles(saved);
      await page.getByText('14 of 14 papers').waitFor();

      // Nothing was sent anywhere: every request went to the local server, and none was a POST.
      const origin = new URL(served.url).origin;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((r) => !r.url().startsWith(`${origin}/`) && !r.url().startsWith('blob:'))).toEqual([]);
      expect(requests.filter((r) => r.method() !== 'GET').map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
      expect(requests.some((r) => /buildMap\.worker/.test(r.url()))).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );

  test(
    'removing a keyword keeps the other papers where they were, in their colours',
    async () => {
      const { page, errors } = await open();
      await page.getByLabel('Corpus file').setInputFiles('data/trending-papers.txt');
      await page.getByText('97 of 97 papers').waitFor();
      // The count is written before the canvas draws the new map.
      await page.waitForFunction(() => window.__topicMap!.getScene()!.nodes.some((n) => n.id === 'k:larg languag model'));
      const papers = (): Promise<Map<string, { x: number; y: number; fill: string }>> =>
        page
          .evaluate(() =>
            window
              .__topicMap!.getScene()!
              .nodes.filter((n) => n.kind === 'paper')
              .map((n) => [n.id, n.x, n.y, n.fill] as const),
          )
          .then((nodes) => new Map(nodes.map(([id, x, y, fill]) => [id, { x, y, fill }])));
      const before = await papers();

      await page.getByRole('combobox', { name: 'Search' }).fill('large language models');
      await page.getByRole('option', { name: /^Keyword large language models/ }).click();
      const details = page.getByRole('complementary', { name: 'Details' });
      await details.getByRole('heading', { level: 2, name: 'large language models' }).waitFor();
      await details.getByRole('button', { name: 'Remove from map' }).click();
      await details.getByRole('heading', { level: 2, name: 'trending-papers.txt' }).waitFor();
      await page.waitForFunction(() => !window.__topicMap!.getScene()!.nodes.some((n) => n.id === 'k:larg languag model'));
      const after = await papers();
      expect(after.size).toBe(97);
      const xs = [...before.values()].map((p) => p.x);
      const width = Math.max(...xs) - Math.min(...xs);
      const moves = [...after]
        .map(([id, p]) => Math.hypot(p.x - before.get(id)!.x, p.y - before.get(id)!.y) / width)
        .sort((a, b) => a - b);
      const recoloured = [...after].filter(([id, p]) => p.fill !== before.get(id)!.fill).length;
      // Built from scratch, this removal recoloured 73 of the 97 papers and moved 96 by over 5% of the map's width.
      expect(recoloured).toBeLessThanOrEqual(5);
      expect(moves[48]).toBeLessThan(0.02);
      expect(errors).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );

  test(
    'closing the page asks first while a map built in it is not saved',
    async () => {
      const { page, errors } = await open();
      await page.getByLabel('Corpus file').setInputFiles(join(files, 'topics.jsonl'));
      await page.getByText('14 of 14 papers').waitFor();
      // Chromium asks only on a page the user has used: a click on the map's empty corner.
      await page.mouse.click(30, 200);
      // Under load the click may reach the page after close() is asked for: wait until it counts
      // as the user's (a CI run closed the page without the question once).
      await page.waitForFunction(() => navigator.userActivation?.hasBeenActive === true);
      const [dialog] = await Promise.all([page.waitForEvent('dialog'), page.close({ runBeforeUnload: true })]);
      expect(dialog.type()).toBe('beforeunload');
      await dialog.dismiss();
      // Stayed: the map is still there. Saved, the page closes without asking.
      await page.getByText('14 of 14 papers').waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save map' }).click();
      await download;
      const asked: string[] = [];
      page.on('dialog', (d) => {
        asked.push(d.type());
        void d.accept();
      });
      const closed = page.isClosed() ? Promise.resolve() : page.waitForEvent('close');
      await page.close({ runBeforeUnload: true });
      await closed;
      expect(asked).toEqual([]);
      expect(errors).toEqual([]);
    },
    TEST_MS,
  );

  test(
    'a gzipped corpus is gunzipped and built; a cut-off one is refused whole, and the map on screen stays',
    async () => {
      const { page, errors } = await open();
      await page.getByText('12 of 12 papers').waitFor();
      await page.getByLabel('Corpus file').setInputFiles(join(files, 'topics.jsonl.gz'));
      await page.getByText('14 of 14 papers').waitFor();
      const details = page.getByRole('complementary', { name: 'Details' });
      await details.getByRole('heading', { level: 2, name: 'topics.jsonl.gz' }).waitFor();
      expect(await sceneIds(page)).toContain('k:dark matter halo');
      const before = await sceneIds(page);

      await page.getByLabel('Corpus file').setInputFiles(join(files, 'cut.jsonl.gz'));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toMatch(/cut\.jsonl\.gz: the gzip data .*cut short/);
      await page.getByText('14 of 14 papers').waitFor();
      expect(await sceneIds(page)).toEqual(before);

      await page.getByLabel('Corpus file').setInputFiles(join(files, 'two.jsonl.gz'));
      await details.getByRole('heading', { level: 2, name: 'two.jsonl.gz' }).waitFor();
      await page.getByText('14 of 14 papers').waitFor();
      expect(errors).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );

  test(
    'a folder dropped on the page is built into one map named after it',
    async () => {
      const { page, errors } = await open();
      await page.getByText('12 of 12 papers').waitFor();
      // A drop from the desktop, as Chromium's input pipeline gives it (the page sees the folder's entry).
      const cdp = await browser.context.newCDPSession(page);
      const data = { items: [], files: [join(files, 'works')], dragOperationsMask: 1 };
      for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
        await cdp.send('Input.dispatchDragEvent', { type, x: 400, y: 400, data });
      const details = page.getByRole('complementary', { name: 'Details' });
      await details.getByRole('heading', { level: 2, name: 'works' }).waitFor();
      await page.getByText('14 of 14 papers').waitFor();
      expect(await sceneIds(page)).toContain('k:dark matter halo');
      expect(errors).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );

  test(
    'a corpus file in Windows-1252 is read with its accents, and the build says how it was read',
    async () => {
      const { page, errors } = await open();
      await page.getByText('12 of 12 papers').waitFor();
      await page.getByLabel('Corpus file').setInputFiles(join(files, 'western.jsonl'));
      const details = page.getByRole('complementary', { name: 'Details' });
      await details.getByRole('heading', { level: 2, name: 'western.jsonl' }).waitFor();
      await page.getByText('14 of 14 papers').waitFor();
      await details.getByText('M\u00fcller\u2019s \u201cprotein\u201d structure prediction with deep learning').waitFor();
      const notice = page.getByRole('group', { name: 'Map built' });
      await notice.locator('summary').click();
      await expect(notice.textContent()).resolves.toContain(
        'western.jsonl:1 not UTF-8: read as Windows-1252, the encoding Excel\'s "CSV (Comma delimited)" and older Windows tools save Western text in (first at "M\u00fcller\u2019s")',
      );
      expect(errors).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );

  test(
    "a broken corpus shows the command line's message; the map on screen stays",
    async () => {
      const { page, errors } = await open();
      const before = await sceneIds(page);
      await page.getByLabel('Corpus file').setInputFiles(join(files, 'papers.csv'));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain('papers.csv:1: ');
      await expect(alert.textContent()).resolves.toMatch(/title/);
      await page.getByText('12 of 12 papers').waitFor();
      expect(await sceneIds(page)).toEqual(before);
      expect(errors).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );
});

/**
 * Screenshots of building a map in the browser, for looking at the design:
 * `npx tsx test/browser/corpusScreenshots.ts [outDir]` (default /tmp/topic-map-corpus-shots):
 * the progress bar, the map built, the settings panel with a curation, keyword and cluster
 * curation controls, the paste dialog, a build error; light and dark.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveBuild } from './serveBuild';
import { TOPIC_CORPUS } from './topicCorpus';

const out = process.argv[2] ?? '/tmp/topic-map-corpus-shots';
mkdirSync(out, { recursive: true });
const files = mkdtempSync(join(tmpdir(), 'topic-map-corpus-'));
const topics = join(files, 'topics.jsonl');
writeFileSync(topics, TOPIC_CORPUS);
const seed = join(files, 'trending-papers.txt');
writeFileSync(seed, readFileSync(new URL('../../data/trending-papers.txt', import.meta.url)));
const broken = join(files, 'papers.csv');
writeFileSync(broken, 'name,summary\nA,B\n');

const served = await serveBuild({ minify: false });
const shot = async (page: Page, name: string): Promise<void> => {
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(join(out, `${name}.png`));
};
try {
  for (const scheme of ['light', 'dark'] as const) {
    const browser = await launchChromium({ width: 1280, height: 800, colorScheme: scheme });
    try {
      const page = await browser.context.newPage();
      await page.goto(served.url);
      await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
      await page.getByLabel('Corpus file').setInputFiles(seed);
      await page.getByRole('progressbar').waitFor();
      await page.waitForFunction(
        () => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')) > 5,
        undefined,
        { timeout: 60_000 },
      );
      await shot(page, `${scheme}-progress`);
      await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 120_000 });
      await page.getByLabel('Corpus file').setInputFiles(topics);
      await page.getByText('14 of 14 papers').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(400);
      await shot(page, `${scheme}-built`);
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('combobox', { name: 'Search' }).fill('reinforcement');
      await page.getByRole('option', { name: /reinforcement learning/ }).click();
      await page.getByRole('button', { name: 'Merge into…' }).click();
      await page.waitForTimeout(200);
      await shot(page, `${scheme}-keyword-merge`);
      await page.getByRole('button', { name: 'Remove from map' }).click();
      await page
        .getByRole('heading', { level: 2, name: 'reinforcement learning' })
        .waitFor({ state: 'detached', timeout: 60_000 });
      await page.getByRole('spinbutton', { name: 'Keywords per paper' }).fill('0');
      await page.waitForTimeout(300);
      await shot(page, `${scheme}-settings`);
      await page
        .getByRole('navigation', { name: 'Clusters' })
        .getByRole('button', { name: /dark matter/ })
        .click();
      await page.getByRole('button', { name: 'Rename' }).click();
      await shot(page, `${scheme}-cluster-rename`);
      await page.getByLabel('Cluster name').fill('Cosmology');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Cosmology' }).waitFor({ timeout: 60_000 });
      await page.getByRole('combobox', { name: 'Search' }).fill('robot');
      await page
        .getByRole('option', { name: /^Keyword robot$|robot 2|^robot/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Merge into…' }).click();
      await page.getByRole('combobox', { name: /Merge/ }).fill('robot pol');
      await page.getByRole('combobox', { name: /Merge/ }).press('Enter');
      await page.getByRole('button', { name: 'Unmerge robot' }).waitFor({ timeout: 60_000 });
      await page.locator('.settings-scroll').evaluate((e) => e.scrollTo(0, e.scrollHeight));
      await page.waitForTimeout(300);
      await shot(page, `${scheme}-curation`);
      await page.getByRole('button', { name: 'Paste' }).click();
      await page.getByLabel('Corpus text').fill(TOPIC_CORPUS.split('\n').slice(0, 3).join('\n'));
      await shot(page, `${scheme}-paste`);
      await page.keyboard.press('Escape');
      await page.getByLabel('Corpus file').setInputFiles(broken);
      await page.getByRole('alert').waitFor({ timeout: 60_000 });
      await shot(page, `${scheme}-error`);
    } finally {
      await browser.close();
    }
  }
  const narrow = await launchChromium({ width: 390, height: 800 });
  try {
    const page = await narrow.context.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    await shot(page, 'narrow-toolbar');
    await page.getByRole('button', { name: 'Settings' }).click();
    await shot(page, 'narrow-settings');
  } finally {
    await narrow.close();
  }
} finally {
  await served.close();
}

/**
 * Screenshots of the analysis views (Gaps, Thematic map, the bridging score) for looking at the
 * design: `npx tsx test/browser/analysisScreenshots.ts [outDir] [extra.map.json]`
 * (default /tmp/topic-map-analysis-shots); with an extra map file, its views are shot too.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serializeMap } from '../../src/core/map';
import { twoCliques } from '../core/analysis/smallMaps';
import { launchChromium } from './chromium';
import { serveBuild } from './serveBuild';

const out = process.argv[2] ?? '/tmp/topic-map-analysis-shots';
mkdirSync(out, { recursive: true });
const extra = process.argv[3];
const served = await serveBuild();
if (extra) copyFileSync(extra, join(served.dir, 'extra.map.json'));
// The fixture's 12 papers are too few for a significant keyword gap: two cliques of 8 have nine.
writeFileSync(join(served.dir, 'cliques.map.json'), serializeMap(twoCliques(8)));

type Step = (page: Page) => Promise<void>;
const openView =
  (name: string): Step =>
  async (page) => {
    await page.getByRole('button', { name, exact: true }).click();
    await page.locator('.analysis-panel').waitFor();
  };
const shots: Array<{ name: string; query: string; scheme: 'light' | 'dark'; width?: number; steps: Step[] }> = [
  { name: 'gaps-light', query: '', scheme: 'light', steps: [openView('Gaps')] },
  {
    name: 'gaps-show-pair',
    query: '?map=cliques.map.json',
    scheme: 'light',
    steps: [
      openView('Gaps'),
      async (page) =>
        page
          .getByRole('button', { name: /^Show .* on the map$/ })
          .first()
          .click(),
    ],
  },
  { name: 'thematic-light', query: '', scheme: 'light', steps: [openView('Themes')] },
  { name: 'thematic-dark', query: '', scheme: 'dark', steps: [openView('Themes')] },
  {
    name: 'density-heat',
    query: '',
    scheme: 'light',
    steps: [async (page) => page.getByRole('button', { name: 'Density', exact: true }).click()],
  },
  { name: 'keyword-bridge', query: '?select=k:diffus+model', scheme: 'light', steps: [] },
  { name: 'narrow-gaps', query: '', scheme: 'light', width: 390, steps: [openView('Gaps')] },
];
if (extra) {
  shots.push(
    { name: 'extra-gaps', query: '?map=extra.map.json', scheme: 'light', steps: [openView('Gaps')] },
    { name: 'extra-thematic', query: '?map=extra.map.json', scheme: 'light', steps: [openView('Themes')] },
    {
      name: 'extra-density-heat',
      query: '?map=extra.map.json',
      scheme: 'light',
      steps: [async (page) => page.getByRole('button', { name: 'Density', exact: true }).click()],
    },
    {
      name: 'extra-density-cluster',
      query: '?map=extra.map.json',
      scheme: 'dark',
      steps: [
        async (page) => page.getByRole('button', { name: 'Density', exact: true }).click(),
        async (page) => {
          await page.getByRole('combobox', { name: 'Density colours' }).selectOption('cluster');
        },
      ],
    },
    {
      name: 'extra-thematic-click',
      query: '?map=extra.map.json',
      scheme: 'dark',
      steps: [openView('Themes'), async (page) => page.locator('.thematic-chart [data-cluster]').first().click()],
    },
  );
}
try {
  for (const shot of shots) {
    const browser = await launchChromium({ width: shot.width ?? 1280, height: 800, colorScheme: shot.scheme });
    try {
      const page = await browser.context.newPage();
      await page.goto(served.url + shot.query);
      await page.locator('canvas').waitFor();
      for (const step of shot.steps) await step(page);
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(out, `${shot.name}.png`) });
      console.log(join(out, `${shot.name}.png`));
    } finally {
      await browser.close();
    }
  }
} finally {
  await served.close();
}

import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Scene } from '../../src/core/scene';
import { yearColor } from '../../src/core/style';
import { describeWithChromium, launchChromium, type LaunchedChromium } from './chromium';
import { serveBuild, type ServedBuild } from './serveBuild';

// The fixture map's papers have years 2022–2025 (p-fr-protein is the 2022 one, five have none).
describeWithChromium('colour by year in Chromium', () => {
  let served: ServedBuild;
  let browser: LaunchedChromium;

  beforeAll(async () => {
    [served, browser] = await Promise.all([serveBuild(), launchChromium({ width: 1280, height: 800 })]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  test('"Colour by" Year recolours the map, shows the colour bar and goes into the URL', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const strokeOf = (id: string) =>
      page.evaluate((nodeId) => window.__topicMap!.getScene()!.nodes.find((n) => n.id === nodeId)?.stroke, id);
    const clusterStroke = await strokeOf('p-fr-protein');

    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('year');
    await page.waitForFunction(() => location.search.includes('color=year'));
    await page.waitForFunction(
      (color) => window.__topicMap!.getScene()!.nodes.find((n) => n.id === 'p-fr-protein')?.stroke === color,
      yearColor(0, 'light'),
    );
    expect(await strokeOf('p-fr-protein')).not.toBe(clusterStroke);
    const scene = (await page.evaluate(() => window.__topicMap!.getScene())) as Scene;
    expect(scene.legend.map((e) => e.label)).toEqual(['2022', '2023', '2024', '2025']);
    await expect(page.getByRole('figure', { name: 'Colour bar: 2022 to 2025' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '/tmp/wt-i-year-overlay.png' });

    // A reload keeps the choice (from the URL).
    await page.reload();
    await page.waitForFunction(
      (color) => window.__topicMap?.getScene()?.nodes.find((n) => n.id === 'p-fr-protein')?.stroke === color,
      yearColor(0, 'light'),
    );
    await expect(page.getByRole('combobox', { name: 'Colour by' }).inputValue()).resolves.toBe('year');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the "Years" range moves with the keyboard, narrows "N of M papers" and goes into the URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const years = page.getByRole('group', { name: 'Years' });
    const from = years.getByRole('slider', { name: 'From year' });
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('years=2024-2025'));
    await expect(page.getByRole('status').filter({ hasText: 'papers' }).textContent()).resolves.toBe('5 of 12 papers');
    // Dimmed, not hidden: every node is still drawn, the 2022 paper faded.
    await page.waitForFunction(
      () => (window.__topicMap!.getScene()!.nodes.find((n) => n.id === 'p-fr-protein')?.opacity ?? 1) < 1,
    );
    await page.screenshot({ path: '/tmp/wt-i-years-filter.png' });
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeWithChromium } from './chromium';
import { useServedApp } from './servedApp';

describeWithChromium('the details panel in Chromium', () => {
  // A short window, so a paper's details are taller than the panel and it scrolls.
  const app = useServedApp({ width: 1280, height: 420 });

  const scrollTop = (page: Page): Promise<number> => page.locator('.details-scroll').evaluate((e) => e.scrollTop);

  test('a paper chosen from the panel of another, scrolled down, is shown from the top; related papers appear', async () => {
    const page = await app.browser.context.newPage();
    await page.goto(`${app.served.url}?select=p:p-moe`);
    const related = page.getByRole('heading', { name: 'Related papers' }).locator('xpath=following-sibling::ol');
    // Counted after the paper is painted, then listed.
    await related.getByRole('button').first().waitFor();
    await page.locator('.details-scroll').evaluate((e) => e.scrollTo(0, e.scrollHeight));
    expect(await scrollTop(page)).toBeGreaterThan(50);
    await related.getByRole('button', { name: /Reasoning with Reinforcement Learning/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Reasoning with Reinforcement Learning in Language Models' }).waitFor();
    expect(await scrollTop(page)).toBe(0);
    // The address bar follows, after the paint.
    await page.waitForFunction(() => location.search.includes('select=p:p-rl-reason'));
    await page.close();
  });
});

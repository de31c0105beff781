import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeWithChromium, launchChromium, type LaunchedChromium } from './chromium';
import { serveBuild, type ServedBuild } from './serveBuild';
import { TOPIC_CORPUS } from './topicCorpus';

/** Where the screenshots go, to look at (SCREENSHOTS=dir to keep them elsewhere). */
const SHOTS = process.env.SCREENSHOTS ?? join(tmpdir(), 'topic-map-export-shots');

// The topic corpus split into a RIS file (Zotero's shape) and a PubMed MEDLINE file, written here
// by hand, not real exports; one paper is in both (same DOI), as happens when two searches meet.
const PAPERS = TOPIC_CORPUS.trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { title: string; abstract: string });
const RIS = PAPERS.slice(0, 8)
  .map(
    (p, i) =>
      `TY  - JOUR\nTI  - ${p.title}\nAU  - Curie, Marie\nPY  - 2021\nDO  - 10.1000/topic.${i}\nKW  - topic ${i}\nAB  - ${p.abstract}\nER  - \n`,
  )
  .join('\n');
const NBIB = PAPERS.slice(7)
  .map((p, j) => {
    const i = j + 7;
    return `PMID- ${3000 + i}\nDP  - 2022 May 3\nTI  - ${p.title}\nLID - 10.1000/topic.${i} [doi]\nAB  - ${p.abstract}\nFAU - Franklin, Rosalind\nJT  - Journal of Topics\nOT  - sample keyword\n`;
  })
  .join('\n');

describeWithChromium('opening database exports in Chromium', () => {
  let served: ServedBuild;
  let browser: LaunchedChromium;
  let files: string;

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'topic-map-exports-'));
    writeFileSync(join(files, 'zotero.ris'), RIS);
    writeFileSync(join(files, 'pubmed-set.txt'), NBIB);
    [served, browser] = await Promise.all([serveBuild({ minify: false }), launchChromium({ width: 1280, height: 800 })]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  test('two export files picked together build one map, the shared paper once, with links back', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);

    await page.getByLabel('Corpus file').setInputFiles([join(files, 'zotero.ris'), join(files, 'pubmed-set.txt')]);
    // 8 + 7 records, one of them in both files.
    await page.getByText('14 of 14 papers').waitFor({ timeout: 90_000 });
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { level: 2, name: 'zotero.ris + pubmed-set.txt' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'exports-built.png') });

    // A PubMed paper: its links back and its keywords.
    await page.getByRole('combobox', { name: 'Search' }).fill(PAPERS[12].title.split(' ').slice(0, 3).join(' '));
    await page
      .getByRole('option', { name: new RegExp(PAPERS[12].title.slice(0, 20)) })
      .first()
      .click();
    await details.getByRole('heading', { level: 2, name: PAPERS[12].title }).waitFor();
    expect(await details.getByRole('link', { name: 'Open in PubMed' }).getAttribute('href')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/3012/',
    );
    expect(await details.getByRole('link', { name: 'DOI' }).getAttribute('href')).toBe('https://doi.org/10.1000/topic.12');
    await expect(details.textContent()).resolves.toContain('Rosalind Franklin · 2022-05-03 · Journal of Topics');
    await details.getByRole('heading', { name: 'Author keywords' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'exports-paper.png') });

    // The paper in both files keeps the RIS copy (read first), completed with its PubMed id.
    await page.getByRole('combobox', { name: 'Search' }).fill(PAPERS[7].title.split(' ').slice(0, 3).join(' '));
    await page
      .getByRole('option', { name: new RegExp(PAPERS[7].title.slice(0, 20)) })
      .first()
      .click();
    await details.getByRole('heading', { level: 2, name: PAPERS[7].title }).waitFor();
    // Its venue comes from the PubMed copy; PubMed's date (another year) does not replace the RIS year.
    await expect(details.textContent()).resolves.toContain('Marie Curie · 2021 · Journal of Topics');
    expect(await details.getByRole('link', { name: 'Open in PubMed' }).getAttribute('href')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/3007/',
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

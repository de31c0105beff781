import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * One file of every export format, under a name that does not give the format away: the format
 * is found from the content. Real excerpts from test/fixtures/real (sources in SOURCES.md there);
 * no real OpenAlex or CSL-JSON file was found, so those two are the hand-written ones.
 */
const EACH_FORMAT = [
  {
    fixture: 'real/scopus.ris',
    name: 'export-1.txt',
    papers: 3,
    tally: '3 records read.',
    paper: 'Efficacy of automated detection of motion in wildlife monitoring videos',
    link: ['DOI', 'https://doi.org/10.1002/wsb.1016'],
  },
  {
    fixture: 'real/wos-savedrecs.txt',
    name: 'export-2.txt',
    papers: 2,
    tally: '3 records read, 1 skipped (1 no abstract).',
    paper: 'bibliometrix: An R-tool for comprehensive science mapping analysis',
    link: ['DOI', 'https://doi.org/10.1016/j.joi.2017.08.007'],
  },
  {
    fixture: 'real/scopus.csv',
    name: 'export-3.csv',
    papers: 2,
    tally: '2 records read.',
    paper: 'Bibliometric mapping of the contribution of African optometry researchers to ophthalmic literature',
    link: ['Open in PubMed', 'https://pubmed.ncbi.nlm.nih.gov/41494690/'],
  },
  {
    fixture: 'real/pubmed.medline',
    name: 'export-4.txt',
    papers: 3,
    tally: '3 records read.',
    paper: 'Bioinformatic survey of ABC transporters in dermatophytes.',
    link: ['Open in PubMed', 'https://pubmed.ncbi.nlm.nih.gov/26524502/'],
  },
  {
    fixture: 'exports/openalex.json',
    name: 'export-5.json',
    papers: 1,
    tally: '2 records read, 1 skipped (1 no abstract).',
    paper: 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles',
    link: ['OpenAlex', 'https://openalex.org/works/W2741809807'],
  },
  {
    fixture: 'real/arxiv-api.atom',
    name: 'export-6.txt',
    papers: 1,
    tally: '1 record read.',
    paper: 'From stripe to checkerboard order on the square lattice in the presence of quenched disorder',
    link: ['arXiv', 'https://arxiv.org/abs/cond-mat/0603029'],
  },
  {
    fixture: 'exports/zotero-csl.json',
    name: 'export-7.json',
    papers: 2,
    tally: '2 records read.',
    paper: 'Radioactive substances, revisited',
    link: ['DOI', 'https://doi.org/10.1000/abc'],
  },
] as const;

describeWithChromium('opening database exports in Chromium', () => {
  let served: ServedBuild;
  let browser: LaunchedChromium;
  let files: string;

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'topic-map-exports-'));
    writeFileSync(join(files, 'zotero.ris'), RIS);
    writeFileSync(join(files, 'pubmed-set.txt'), NBIB);
    for (const { fixture, name } of EACH_FORMAT)
      copyFileSync(fileURLToPath(new URL(`../fixtures/${fixture}`, import.meta.url)), join(files, name));
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

  test('"Open corpus" recognises each export format by its content, says what it read, and links back', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0);
    const details = page.getByRole('complementary', { name: 'Details' });
    for (const { name, papers, tally, paper, link } of EACH_FORMAT) {
      await page.getByLabel('Corpus file').setInputFiles(join(files, name));
      // The note after a clean build leaves after a few seconds: read it as soon as it shows.
      const note = page.getByRole('status', { name: 'Map built' }).filter({ hasText: `from ${name} in` });
      await note.waitFor({ timeout: 90_000 });
      const [text, line] = await Promise.all([note.textContent(), note.locator('.build-tally').textContent()]);
      expect(text).toContain(`Built a map of ${papers} paper${papers === 1 ? '' : 's'} from ${name}`);
      expect(line).toBe(tally);
      await details.getByRole('heading', { level: 2, name }).waitFor();
      await page.getByRole('combobox', { name: 'Search' }).fill(paper.split(' ').slice(0, 3).join(' '));
      await page
        .getByRole('option', { name: new RegExp(paper.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
        .first()
        .click();
      await details.getByRole('heading', { level: 2, name: paper }).waitFor();
      expect(await details.getByRole('link', { name: link[0] }).first().getAttribute('href')).toBe(link[1]);
    }
    await page.screenshot({ path: join(SHOTS, 'exports-each-format.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 600_000);
});

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
 * is found from the content. Real excerpts from test/fixtures/real (sources and licences in
 * SOURCES.md there); CSL-JSON is the hand-written one, as the real CSL-JSON file has no abstracts.
 */
const EACH_FORMAT = [
  {
    fixture: 'real/scopus-asreview.ris',
    name: 'export-1.txt',
    papers: 1,
    tally: '1 record read.',
    paper:
      'Stress and the brain-gut axis in functional and chronic-inflammatory gastrointestinal diseases: A transdisciplinary challenge',
    link: ['DOI', 'https://doi.org/10.1016/j.psyneuen.2019.104501'],
  },
  {
    fixture: 'real/wos-plaintext.txt',
    name: 'export-2.txt',
    papers: 3,
    tally: '3 records read.',
    paper: 'Knowledge networks as channels and conduits: The effects of spillovers in the Boston biotechnology community',
    link: ['Web of Science', 'https://www.webofscience.com/wos/woscc/full-record/WOS:000220015600001'],
  },
  {
    fixture: 'real/scopus-v2-litstudy.csv',
    name: 'export-3.csv',
    papers: 1,
    tally: '1 record read.',
    paper:
      'Gender-specific visual perturbation effects on muscle activation during incline treadmill walking: a virtual reality study',
    // The export's own link to the Scopus record, under the database's name.
    link: [
      'Scopus',
      'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85136453267&doi=10.1080%2f00140139.2022.2113152&partnerID=40&md5=bcfaf28172ce460c6d3f1fa4bf3ed257',
    ],
  },
  {
    fixture: 'real/pubmed-biopython.medline',
    name: 'export-4.txt',
    papers: 4,
    tally: '4 records read.',
    paper: 'Open source clustering software.',
    link: ['Open in PubMed', 'https://pubmed.ncbi.nlm.nih.gov/14871861/'],
  },
  {
    fixture: 'real/wos-tab.txt',
    name: 'export-5.txt',
    papers: 3,
    tally: '3 records read.',
    paper: 'Reactome: a database of reactions, pathways and biological processes',
    link: ['DOI', 'https://doi.org/10.1093/nar/gkq1018'],
  },
  {
    fixture: 'real/openalex-works.json',
    name: 'export-6.json',
    papers: 2,
    tally: '2 records read.',
    paper:
      'Redefining climate regions in the United States of America using satellite remote sensing and machine learning for public health applications',
    link: ['OpenAlex', 'https://openalex.org/works/W2068311567'],
  },
  {
    fixture: 'real/arxiv-api.atom',
    name: 'export-7.txt',
    papers: 1,
    tally: '1 record read.',
    paper: 'From stripe to checkerboard order on the square lattice in the presence of quenched disorder',
    link: ['arXiv', 'https://arxiv.org/abs/cond-mat/0603029'],
  },
  {
    fixture: 'real/arxiv-snapshot.jsonl',
    name: 'export-8.json',
    papers: 5,
    tally: '5 records read.',
    paper: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
    link: ['arXiv', 'https://arxiv.org/abs/0704.0001'],
  },
  {
    fixture: 'exports/zotero-csl.json',
    name: 'export-9.json',
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
      const note = page.getByRole('group', { name: 'Map built' }).filter({ hasText: `from ${name} in` });
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

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildMap } from '../../src/core/buildMap';
import { TOOL_VERSION, type MapChanges, type MapFile, validateMap } from '../../src/core/map';
import { describeWithChromium, launchChromium, type LaunchedChromium } from './chromium';
import { serveBuild, type ServedBuild } from './serveBuild';
import { TOPIC_CORPUS } from './topicCorpus';

// "Changes", "Highlight new" and "Update map" in the production build. The map with changes is
// the seed corpus's map with a hand-made record of an update (as the update builder writes it):
// every tenth paper new, the keywords mostly used by those papers new, and one cluster event of each
// kind. Every step waits for a condition, with limits far above what a busy machine needs.

/** Longest wait for one step (a build in the worker, a click's effect) on a busy machine. */
const STEP_MS = 180_000;
/** Longest a whole test may take: several steps. */
const TEST_MS = 600_000;

/** What an update of `map` might have changed: a record over its real papers, keywords and clusters. */
function handMadeChanges(map: MapFile): MapChanges {
  const newPapers = map.papers.filter((_, i) => i % 10 === 0).map((p) => p.id);
  const fresh = new Set(newPapers);
  const papersOf = new Map<string, string[]>();
  for (const link of map.links) papersOf.set(link.keyword, [...(papersOf.get(link.keyword) ?? []), link.paper]);
  // Keywords most of whose papers are new (an update brings those in).
  const newKeywords = map.keywords
    .filter((k) => {
      const papers = papersOf.get(k.id) ?? [];
      return papers.filter((p) => fresh.has(p)).length * 2 >= papers.length;
    })
    .map((k) => k.id);
  const size = (id: number): number => map.papers.filter((p) => p.cluster === id).length;
  const newIn = (id: number): number => map.papers.filter((p) => p.cluster === id && fresh.has(p.id)).length;
  return {
    previous: { source: 'trending-papers (last week).txt', corpusHash: 'feedc0de' },
    newPapers,
    removedPapers: ['gone-1', 'gone-2', 'gone-3'],
    movedPapers: map.papers.slice(1, 5).map((p) => ({ paper: p.id, from: (p.cluster + 1) % 6, to: p.cluster })),
    newKeywords,
    removedKeywords: ['k:gone'],
    clusters: [
      { kind: 'grown', from: [0], to: [0], sizeBefore: size(0) - newIn(0), sizeAfter: size(0) },
      { kind: 'merged', from: [1, 7], to: [1], sizeBefore: size(1) + 4, sizeAfter: size(1) },
      { kind: 'shrunk', from: [2], to: [2], sizeBefore: size(2) + 3, sizeAfter: size(2) },
      { kind: 'split', from: [6], to: [3, 4], sizeBefore: size(3) + size(4) - 2, sizeAfter: size(3) + size(4) },
      { kind: 'new', from: [], to: [5], sizeBefore: 0, sizeAfter: size(5) },
      { kind: 'vanished', from: [8], to: [], sizeBefore: 5, sizeAfter: 0 },
    ],
  };
}

describeWithChromium('what changed, in Chromium', () => {
  let served: ServedBuild;
  let browser: LaunchedChromium;
  let files: string;
  let map: MapFile;
  let builderUpdates: boolean;

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'topic-map-changes-test-'));
    writeFileSync(join(files, 'this-week.jsonl'), TOPIC_CORPUS);
    const seedText = readFileSync('data/trending-papers.txt', 'utf8');
    writeFileSync(join(files, 'trending-papers.txt'), seedText);
    // Finer clusters than the default: the record names clusters 0-5, and at the default
    // resolution the seed map may have only 5 (it depends on the clustering's luck).
    const built = buildMap(seedText, {
      fileName: 'trending-papers.txt',
      toolVersion: TOOL_VERSION,
      settings: { resolution: 1.5 },
    }).map;
    expect(built.clusters.length).toBeGreaterThanOrEqual(6);
    // Does buildMap honour `previous` yet (the update builder, merged separately)? A build of
    // the topic corpus against the map says: the new map records changes only then.
    builderUpdates =
      buildMap(TOPIC_CORPUS, { fileName: 'probe.jsonl', toolVersion: TOOL_VERSION, previous: built }).map.changes !== undefined;
    // Valid as the app checks it: a file it would refuse would only time out below.
    map = validateMap({ ...built, changes: handMadeChanges(built) }, 'changes.map.json');
    // The worker is big and minifying changes nothing checked here.
    [served, browser] = await Promise.all([serveBuild({ minify: false }), launchChromium({ width: 1280, height: 800 })]);
    writeFileSync(join(served.dir, 'changes.map.json'), JSON.stringify(map));
    browser.context.setDefaultTimeout(STEP_MS);
  }, TEST_MS);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  async function open(search: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${served.url}${search}`);
    await page.waitForFunction(() => (window.__topicMap?.getScene()?.nodes.length ?? 0) > 0, undefined, { timeout: STEP_MS });
    return { page, errors };
  }

  /** The text of the SVG "Export SVG" downloads. */
  async function exportSvg(page: Page): Promise<string> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG', exact: true }).click(),
    ]);
    return readFileSync((await file.path())!, 'utf8');
  }

  const nodeOf = (page: Page, id: string) =>
    page.evaluate((nodeId) => window.__topicMap!.getScene()!.nodes.find((n) => n.id === nodeId) ?? null, id);

  test(
    '"Changes" lists the update; a click selects on the map; "Highlight new" dims the rest and stays in the URL',
    async () => {
      const { page, errors } = await open('?map=changes.map.json');
      const changes = map.changes!;
      await page.getByRole('button', { name: 'Changes' }).click();
      const panel = page.getByRole('complementary', { name: 'What changed' });
      await panel.getByText(`${changes.newPapers.length} new papers, ${changes.newKeywords.length} new keywords.`).waitFor();
      const kinds = await panel
        .getByRole('list', { name: 'Cluster changes' })
        .getByRole('listitem')
        .evaluateAll((items) => items.map((li) => li.querySelector('.changes-kind')?.textContent));
      expect(kinds).toEqual(['New', 'Split', 'Merged', 'Grew', 'Shrank', 'Gone']);
      // The panel took room from the map: fit it to what is left, for the pictures.
      const view = await page.evaluate(() => document.querySelector('canvas')?.dataset.view);
      await page.getByRole('button', { name: 'Fit map to window' }).click();
      await page.waitForFunction((before) => document.querySelector('canvas')?.dataset.view !== before, view);
      await page.screenshot({ path: '/tmp/wt-changes-view.png' });
      // Nothing faded in an export before the highlight (no filter either).
      expect(await exportSvg(page)).not.toMatch(/[{;]opacity:0\.1[;}]/);

      // Highlight new: new papers at full strength, the others faded (nothing selected yet:
      // a selection dims what is outside it too).
      await page.getByRole('button', { name: 'Highlight new' }).click();
      await page.waitForFunction(() => location.search.includes('highlight=new'));
      const old = map.papers.find((p) => !changes.newPapers.includes(p.id))!;
      await page.waitForFunction(
        (id) => (window.__topicMap!.getScene()!.nodes.find((n) => n.id === id)?.opacity ?? 1) < 1,
        old.id,
      );
      expect((await nodeOf(page, changes.newPapers[2]))?.opacity).toBe(1);
      expect((await nodeOf(page, changes.newKeywords[0]))?.opacity).toBe(1);
      await page.screenshot({ path: '/tmp/wt-changes-highlight.png' });
      // Export SVG draws what the canvas drew: the old nodes faded (FILTERED_OUT, 0.1).
      expect(await exportSvg(page)).toMatch(/[{;]opacity:0\.1[;}]/);

      // A new paper: selected on the map and in the details panel, and in the URL.
      const paper = map.papers.find((p) => p.id === changes.newPapers[1])!;
      await panel.getByRole('button', { name: paper.title, exact: true }).click();
      await page.waitForFunction((id) => location.search.includes(`select=p:${id}`), paper.id);
      await page.waitForFunction(
        (id) => window.__topicMap!.getScene()!.nodes.find((n) => n.id === id)?.selected === true,
        paper.id,
      );
      await page
        .getByRole('complementary', { name: 'Details' })
        .getByRole('heading', { level: 2, name: paper.title, exact: true })
        .waitFor();

      // The new cluster.
      const born = map.clusters.find((c) => c.id === 5)!;
      await panel.getByRole('button', { name: born.label, exact: true }).first().click();
      await page.waitForFunction(() => location.search.includes('select=c:5'));
      await page.screenshot({ path: '/tmp/wt-changes-cluster.png' });

      // The highlight stays over a reload (from the URL).
      await page.reload();
      await page.waitForFunction(
        (id) => (window.__topicMap?.getScene()?.nodes.find((n) => n.id === id)?.opacity ?? 1) < 1,
        old.id,
      );
      expect(await page.getByRole('button', { name: 'Highlight new' }).getAttribute('aria-pressed')).toBe('true');
      expect(errors).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );

  test(
    '"Update map" builds the new version of the corpus against the open map, and the new map loads',
    async () => {
      const { page, errors } = await open('?map=changes.map.json');
      await page.getByRole('button', { name: 'Update map' }).click();
      const dialog = page.getByRole('dialog', { name: 'Update map' });
      await dialog.getByText('trending-papers.txt').waitFor();
      await page.screenshot({ path: '/tmp/wt-changes-update-dialog.png' });
      // Last week's corpus and 14 new papers on three new topics: two files, one map.
      await page
        .getByLabel('Corpus file for the update')
        .setInputFiles([join(files, 'trending-papers.txt'), join(files, 'this-week.jsonl')]);
      await page.getByText(`${map.papers.length + 14} of ${map.papers.length + 14} papers`).waitFor();
      await page
        .getByRole('complementary', { name: 'Details' })
        .getByRole('heading', { level: 2, name: 'trending-papers.txt + this-week.jsonl' })
        .waitFor();
      const ids = await page.evaluate(() => window.__topicMap!.getScene()!.nodes.map((n) => n.id));
      expect(ids).toContain('k:dark matter halo');
      // CONDITIONAL, until the update builder (src/core/living) is merged: buildMap ignored
      // `previous` before it, and the new map then records no changes. The request carrying
      // `previous` is checked unconditionally in test/workers/buildMapPrevious.test.ts.
      if (builderUpdates) {
        const panel = page.getByRole('complementary', { name: 'What changed' });
        await panel.getByText(/: 14 new papers, \d+ new keywords\.$/).waitFor();
        await panel.getByRole('button', { name: 'Galaxy formation in cosmological simulations', exact: true }).click();
        await page.waitForFunction(() => /select=p:/.test(location.search));
        await page.screenshot({ path: '/tmp/wt-changes-real-update.png' });
      } else {
        expect(await page.getByRole('button', { name: 'Changes' }).count()).toBe(0);
      }
      expect(errors).toEqual([]);
      await page.close();
    },
    TEST_MS,
  );
});

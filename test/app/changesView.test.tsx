// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/App';
import { selectFilterResult } from '../../src/store/selectFilterResult';
import { selectSceneFilter } from '../../src/store/selectSceneFilter';
import { useMapStore } from '../../src/store/useMapStore';
import { CHANGES, OLD_CHANGES, SPLIT_CHANGES, mapWithChanges, mapWithChangesText } from './changesFixture';
import { cleanupApp, FIXTURE_TEXT, resetApp } from './fixtureMap';

function serve(text: string): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(text, { status: 200 })),
  );
}

async function renderApp(): Promise<void> {
  render(<App />);
  await waitFor(() => expect(useMapStore.getState().status).toBe('ready'));
}

function openChanges(): HTMLElement {
  fireEvent.click(screen.getByRole('button', { name: 'Changes' }));
  return screen.getByRole('complementary', { name: 'What changed' });
}

beforeEach(resetApp);
afterEach(cleanupApp);

describe('the Changes view', () => {
  test('a map without changes has no "Changes" button and no "Highlight new" toggle', async () => {
    serve(FIXTURE_TEXT);
    await renderApp();
    expect(screen.getByRole('button', { name: 'Gaps' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Changes' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Highlight new' })).toBeNull();
  });

  test('lists the new papers and keywords, the counts, and the cluster events with sizes before and after', async () => {
    serve(mapWithChangesText());
    await renderApp();
    const panel = openChanges();
    expect(within(panel).getByText(/^Since/).textContent).toBe('Since last-week.txt: 3 new papers, 2 new keywords.');
    const numbers = within(panel).getByRole('list', { name: 'Changes in numbers' });
    // Its own items (the removed keywords' list is inside one).
    expect([...numbers.children].map((li) => li.textContent)).toEqual([
      '2 papers removed',
      '1 keyword removedold terms',
      '1 paper moved to another clusterSparse Mixture-of-Experts Language Models that ReasonDiffusion · image generation → moved toLanguage models · reasoning',
    ]);
    // Births first, then merges, growth, and what vanished: old clusters by their old names, with
    // papers and share of the map (11 papers before, 12 now) before and after.
    const clusters = within(within(panel).getByRole('list', { name: 'Cluster changes' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(clusters).toEqual([
      'NewGraph neural networks · proteins4 papers, 33.3% of the map',
      'MergedDiffusion · image generationVideo diffusion→becameDiffusion · image generation6 → 4 papers (-2), 54.5% → 33.3% of the map',
      'GrewLanguage models · reasoning3 → 4 papers (+1), 27.3% → 33.3% of the map',
      'GoneSpeech recognition · audio2 → 0 papers (-2), 18.2% → 0% of the map',
    ]);
    expect(within(panel).getByRole('heading', { name: 'New papers (3)' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: '3D Reconstruction from Multi-View Video' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Équivariance géométrique pour la structure des protéines' })).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'New keywords (2)' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: '3D reconstruction' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: '知识图谱' })).toBeTruthy();
  });

  test('a split lists the old cluster by its name and the new ones; stable clusters come last', async () => {
    serve(mapWithChangesText(SPLIT_CHANGES));
    await renderApp();
    const panel = openChanges();
    const items = within(within(panel).getByRole('list', { name: 'Cluster changes' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toBe(
      'SplitImages · graphs→becameDiffusion · image generationGraph neural networks · proteins7 → 8 papers (+1), 63.6% → 66.7% of the map',
    );
    expect(items[1].textContent).toBe('StableLanguage models · reasoning4 → 4 papers, 36.4% → 33.3% of the map');
  });

  test('a record without the old names and terms (older maps) names old clusters by id and keywords by key', async () => {
    serve(mapWithChangesText(OLD_CHANGES));
    await renderApp();
    const panel = openChanges();
    const items = within(within(panel).getByRole('list', { name: 'Cluster changes' })).getAllByRole('listitem');
    expect(items[1].textContent).toContain('Mergedcluster 1cluster 7→became');
    expect(items[3].textContent).toBe('Gonecluster 82 → 0 papers (-2), 18.2% → 0% of the map');
    const removed = within(panel).getByRole('list', { name: 'Removed keywords' });
    expect(within(removed).getByText('old term')).toBeTruthy();
  });

  test('a continuing cluster whose name changed shows its old name', async () => {
    const renamed = {
      ...CHANGES,
      clusters: [
        { kind: 'shrunk' as const, from: [0], to: [0], sizeBefore: 6, sizeAfter: 4, fromLabels: ['Old automatic name'] },
      ],
    };
    serve(mapWithChangesText(renamed));
    await renderApp();
    const list = within(openChanges()).getByRole('list', { name: 'Cluster changes' });
    expect(within(list).getByRole('listitem').textContent).toBe(
      'ShrankLanguage models · reasoning(was Old automatic name)6 → 4 papers (-2), 54.5% → 33.3% of the map',
    );
  });

  test('removed keywords and moved papers open as lists; a moved paper selects it on the map', async () => {
    serve(mapWithChangesText());
    await renderApp();
    const panel = openChanges();
    const removed = within(panel).getByText('1 keyword removed').closest('details') as HTMLDetailsElement;
    expect(removed.open).toBe(false);
    fireEvent.click(within(removed).getByText('1 keyword removed'));
    expect(within(removed).getByRole('list', { name: 'Removed keywords' }).textContent).toBe('old terms');
    const moved = within(panel).getByText('1 paper moved to another cluster').closest('details') as HTMLDetailsElement;
    fireEvent.click(within(moved).getByRole('button', { name: 'Sparse Mixture-of-Experts Language Models that Reason' }));
    expect(useMapStore.getState().selection).toEqual({ kind: 'paper', id: 'p-moe' });
    expect(useMapStore.getState().viewRequest).toMatchObject({ type: 'focusNode', id: 'p-moe' });
  });

  test('clicking a new paper, a new keyword or a cluster selects it on the map', async () => {
    serve(mapWithChangesText());
    await renderApp();
    const panel = openChanges();
    fireEvent.click(within(panel).getByRole('button', { name: '3D Reconstruction from Multi-View Video' }));
    expect(useMapStore.getState().selection).toEqual({ kind: 'paper', id: 'p-3d' });
    expect(useMapStore.getState().viewRequest).toMatchObject({ type: 'focusNode', id: 'p-3d' });
    fireEvent.click(within(panel).getByRole('button', { name: '知识图谱' }));
    expect(useMapStore.getState().selection).toEqual({ kind: 'keyword', id: 'k:知识图谱' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Graph neural networks · proteins' }));
    expect(useMapStore.getState().selection).toEqual({ kind: 'cluster', id: 2 });
    expect(useMapStore.getState().viewRequest).toMatchObject({ type: 'focusCluster', id: 2 });
  });

  test('says so when the map records no changes', async () => {
    serve(FIXTURE_TEXT);
    await renderApp();
    const { AnalysisPanel } = await import('../../src/components/AnalysisPanel');
    render(<AnalysisPanel view="changes" onClose={() => {}} />);
    expect(screen.getByText(/records no changes/)).toBeTruthy();
  });
});

describe('"Highlight new"', () => {
  test('dims what is not new in the drawn filter, leaves the counts alone, and goes into the URL', async () => {
    serve(mapWithChangesText());
    await renderApp();
    const toggle = screen.getByRole('button', { name: 'Highlight new' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(selectSceneFilter(useMapStore.getState()).active).toBe(false);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const drawn = selectSceneFilter(useMapStore.getState());
    expect(drawn.active).toBe(true);
    expect([...drawn.papers]).toEqual(['p-3d', 'p-kg-zh', 'p-fr-protein']);
    expect([...drawn.keywords]).toEqual(['k:3d reconstruct', 'k:知识图谱']);
    // The filter bar still counts every paper: highlighting is not filtering.
    expect(selectFilterResult(useMapStore.getState()).active).toBe(false);
    expect(screen.getByText('12 of 12 papers')).toBeTruthy();
    await waitFor(() => expect(location.search).toContain('highlight=new'));

    fireEvent.click(toggle);
    expect(useMapStore.getState().highlightNew).toBe(false);
    await waitFor(() => expect(location.search).not.toContain('highlight'));
  });

  test('with a keyword filter, only the new papers that pass it stand out', async () => {
    serve(mapWithChangesText());
    await renderApp();
    act(() => {
      useMapStore.getState().setFilter({ keywords: ['k:protein structur'], mode: 'all', hide: true });
      useMapStore.getState().setHighlightNew(true);
    });
    const state = useMapStore.getState();
    expect([...selectFilterResult(state).papers].sort()).toEqual(['p-fr-protein', 'p-protein']);
    expect([...selectSceneFilter(state).papers]).toEqual(['p-fr-protein']);
  });

  test('a link with highlight=new opens the map highlighted', async () => {
    history.replaceState(null, '', '/?highlight=new');
    serve(mapWithChangesText());
    await renderApp();
    await waitFor(() => expect(useMapStore.getState().highlightNew).toBe(true));
    expect(screen.getByRole('button', { name: 'Highlight new' }).getAttribute('aria-pressed')).toBe('true');
    expect(location.search).toBe('?highlight=new');
  });

  test('on a map without changes, highlight=new is dropped from the link', async () => {
    history.replaceState(null, '', '/?highlight=new&kw=video');
    serve(FIXTURE_TEXT);
    await renderApp();
    await waitFor(() => expect(location.search).toBe('?kw=video'));
    expect(useMapStore.getState().highlightNew).toBe(false);
  });
});

test('the hand-made fixture names papers and keywords the map has', () => {
  const map = mapWithChanges();
  const papers = new Set(map.papers.map((p) => p.id));
  const keywords = new Set(map.keywords.map((k) => k.id));
  expect(CHANGES.newPapers.every((id) => papers.has(id))).toBe(true);
  expect(CHANGES.newKeywords.every((id) => keywords.has(id))).toBe(true);
});

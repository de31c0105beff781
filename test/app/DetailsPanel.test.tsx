// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DetailsPanel } from '../../src/components/DetailsPanel';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { PAPER_LIST_FIRST_PAINT, PAPER_LIST_PAGE } from '../../src/components/PaperList';
import { validateMap } from '../../src/core/map';
import { fixtureMap, loadFixture } from './fixtureMap';

beforeEach(() => loadFixture());
afterEach(() => {
  cleanup();
  resetMapStore();
});

function panel(): HTMLElement {
  return screen.getByRole('complementary', { name: 'Details' });
}

describe('DetailsPanel', () => {
  test('without a selection it lists the papers in view as buttons', () => {
    render(<DetailsPanel />);
    const list = within(panel()).getByRole('heading', { name: 'Papers (12)' }).nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('button')).toHaveLength(12);
    fireEvent.click(within(list).getByRole('button', { name: /Video Diffusion at Scale/ }));
    expect(useMapStore.getState().selection).toEqual({ kind: 'paper', id: 'p-video' });
    expect(useMapStore.getState().viewRequest).toMatchObject({ type: 'focusNode', id: 'p-video' });
  });

  test('without a selection, a filter lists the papers that match, in the same order as the whole list', () => {
    render(<DetailsPanel />);
    const list = (name: string): string[] =>
      within(within(panel()).getByRole('heading', { name }).nextElementSibling as HTMLElement)
        .getAllByRole('button')
        .map((b) => b.textContent ?? '');
    const all = list('Papers (12)');
    act(() => useMapStore.getState().addFilterKeyword('k:diffus model'));
    const matching = list('Papers matching the filter (4)');
    expect(matching).toEqual(all.filter((t) => matching.includes(t)));
    expect(matching).toContain('Video Diffusion at Scale');
    act(() => useMapStore.getState().clearFilter());
    expect(list('Papers (12)')).toEqual(all);
  });

  test('a filter no paper passes says what to do: with All, switch to Any', () => {
    render(<DetailsPanel />);
    act(() => {
      useMapStore.getState().addFilterKeyword('k:diffus model');
      useMapStore.getState().addFilterKeyword('k:graph neural network');
    });
    within(panel()).getByRole('heading', { name: 'Papers matching the filter (0)' });
    within(panel()).getByText(/No paper has all of these keywords: switch the filter to Any/);
    act(() => useMapStore.getState().setFilterMode('any'));
    within(panel()).getByRole('heading', { name: 'Papers matching the filter (7)' });
    expect(within(panel()).queryByText(/No paper/)).toBeNull();
  });

  test('a paper: title as text, abstract with marked keywords, chips with scores that filter', () => {
    useMapStore.getState().select({ kind: 'paper', id: 'p-xss' });
    const { container } = render(<DetailsPanel />);
    const title = within(panel()).getByRole('heading', { level: 2 });
    expect(title.textContent).toBe('<img src=x onerror=alert(1)> & "quotes"');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['reasoning', 'optimizer', 'reinforcement learning']);
    expect(container.querySelector('.abstract')?.textContent).toContain('<b>Not bold</b> & not an entity: &amp;.');

    const chip = within(panel()).getByRole('button', { name: 'Filter by optimizer (score 0.45)' });
    fireEvent.click(chip);
    expect(useMapStore.getState().filterKeywords).toEqual(['k:optim']);

    // No url in the map: a title search on Google Scholar (any field) and on arXiv instead.
    const link = within(panel()).getByRole('link', { name: /Search on arXiv/ });
    expect(link.getAttribute('href')).toBe(
      `https://arxiv.org/search/?query=${encodeURIComponent('<img src=x onerror=alert(1)> & "quotes"')}&searchtype=title`,
    );
    expect(
      within(panel())
        .getByRole('link', { name: /Search on Google Scholar/ })
        .getAttribute('href'),
    ).toBe(`https://scholar.google.com/scholar?q=${encodeURIComponent('"<img src=x onerror=alert(1)> & "quotes""')}`);
    expect(within(panel()).getByRole('button', { name: /Language models · reasoning/ })).toBeTruthy();
  });

  test('a paper: metadata, its own link, and related papers ranked by shared keywords', async () => {
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    render(<DetailsPanel />);
    expect(within(panel()).getByText('Ana Pérez, Lars Øberg · 2024')).toBeTruthy();
    const heading = within(panel()).getByRole('heading', { name: 'Related papers' });
    // Related papers are counted after the paper is painted.
    expect(heading.nextElementSibling).toBeNull();
    expect(heading.parentElement?.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(heading.nextElementSibling).not.toBeNull());
    expect(heading.parentElement?.getAttribute('aria-busy')).toBe('false');
    const related = heading.nextElementSibling as HTMLElement;
    const items = within(related).getAllByRole('listitem');
    // p-rl-reason shares language models, reasoning, reinforcement learning (3); p-xss shares 2.
    expect(items[0].textContent).toContain('Reasoning with Reinforcement Learning in Language Models');
    expect(items[0].textContent).toContain('Shares 3: ');
    for (const term of ['language models', 'reasoning', 'reinforcement learning']) expect(items[0].textContent).toContain(term);
    expect(items[1].textContent).toContain('Shares 2');
    // A keyword not on the map is shown but cannot filter.
    const chips = within(panel()).getByRole('heading', { name: 'Keywords' }).nextElementSibling as HTMLElement;
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['mixture of experts0.71', 'language models0.49', 'reasoning0.38', 'reinforcement learning0.30']);
    const phrases = within(panel()).getByRole('list', { name: /Other key phrases/ });
    // Its raw TF-IDF score is not shown: it is on another scale than the map keywords' weights.
    expect(phrases.textContent).toBe('expert routing');
    expect(within(phrases).queryByRole('button')).toBeNull();
  });

  test('a paper with a url links to it, and a javascript: url is not linked', () => {
    useMapStore.getState().select({ kind: 'paper', id: '2502.16982' });
    const { unmount } = render(<DetailsPanel />);
    expect(
      within(panel())
        .getByRole('link', { name: /Open paper/ })
        .getAttribute('href'),
    ).toBe('https://arxiv.org/abs/2502.16982');
    unmount();
    const map = useMapStore.getState().map!;
    const evil = { ...map, papers: map.papers.map((p) => (p.id === 'p-moe' ? { ...p, url: 'javascript:alert(1)' } : p)) };
    useMapStore.getState().setMap(evil, 'evil.json');
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    render(<DetailsPanel />);
    expect(within(panel()).queryByRole('link', { name: /Open paper/ })).toBeNull();
    expect(within(panel()).getByRole('link', { name: /Search on arXiv/ })).toBeTruthy();
  });

  test('a keyword: paper count, its papers by score, and keywords it appears with', () => {
    useMapStore.getState().select({ kind: 'keyword', id: 'k:diffus model' });
    render(<DetailsPanel />);
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toBe('diffusion models');
    expect(within(panel()).getByText('Used by 4 papers')).toBeTruthy();
    const papers = within(panel()).getByRole('heading', { name: 'Papers' }).nextElementSibling as HTMLElement;
    const titles = within(papers)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(titles).toEqual([
      'Diffusion Models for High-Resolution Image Generation',
      'Video Diffusion at Scale',
      'Text-to-Image Generation with Language Models',
      '3D Reconstruction from Multi-View Video',
    ]);
    expect(within(papers).getByText('Score 0.70')).toBeTruthy();
    const co = within(panel()).getByRole('button', { name: 'image generation: 3 shared papers' });
    fireEvent.click(co);
    expect(useMapStore.getState().selection).toEqual({ kind: 'keyword', id: 'k:imag gener' });
  });

  test('a keyword can be added to the filter from its panel', () => {
    useMapStore.getState().select({ kind: 'keyword', id: 'k:video' });
    render(<DetailsPanel />);
    fireEvent.click(within(panel()).getByRole('button', { name: 'Filter by this keyword' }));
    expect(useMapStore.getState().filterKeywords).toEqual(['k:video']);
    expect(within(panel()).getByRole('button', { name: 'Remove from filter' })).toBeTruthy();
  });

  test('a cluster: size, top keywords and its papers', () => {
    useMapStore.getState().select({ kind: 'cluster', id: 2 });
    render(<DetailsPanel />);
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toBe('Graph neural networks · proteins');
    expect(within(panel()).getByText('4 papers · 5 keywords · 33% of the map')).toBeTruthy();
    const top = within(panel()).getByRole('heading', { name: 'Top keywords' }).nextElementSibling as HTMLElement;
    expect(within(top).getAllByRole('button')[0].textContent).toContain('graph neural networks');
    // Its name says what the numbers are (read aloud, "graph neural networks3/3" said nothing).
    expect(within(top).getAllByRole('button')[0].getAttribute('aria-label')).toMatch(
      /^graph neural networks: \d+ of the cluster's papers, \d+ on the map$/,
    );
    const papers = within(panel()).getByRole('heading', { name: 'Papers' }).parentElement as HTMLElement;
    expect(papers.textContent).toContain('Ranked by how central they are');
    expect(within(papers).getAllByRole('button')).toHaveLength(4);
    expect(within(papers).getByText('基于知识图谱的问答系统 (Question answering over knowledge graphs)')).toBeTruthy();
  });

  test('quality figures and merged variants, when the map has them: cohesion, modularity, variants', () => {
    const map = fixtureMap();
    map.meta.modularity = 0.4219;
    map.clusters.find((c) => c.id === 2)!.cohesion = 0.75;
    map.keywords.find((k) => k.id === 'k:video')!.variants = ['VID', 'videos'];
    useMapStore.getState().setMap(map, 'small.map.json');
    const { container } = render(<DetailsPanel />);
    const byline = (): string => container.querySelector('.byline')?.textContent ?? '';
    expect(byline()).toBe(`12 papers · ${map.keywords.length} keywords · ${map.clusters.length} clusters · modularity 0.42`);
    act(() => useMapStore.getState().select({ kind: 'cluster', id: 2 }));
    expect(byline()).toBe('4 papers · 5 keywords · 33% of the map · cohesion 75%');
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:video' }));
    expect(within(panel()).getByText('Also written: VID, videos (merged into this keyword)')).toBeTruthy();
  });

  test('the back button clears the selection', () => {
    useMapStore.getState().select({ kind: 'keyword', id: 'k:video' });
    render(<DetailsPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the map overview' }));
    expect(useMapStore.getState().selection).toBeNull();
  });

  test('a new selection starts the panel at the top; the same selection shown again keeps its scroll', () => {
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    const { container } = render(<DetailsPanel />);
    const scroller = container.querySelector('.details-scroll') as HTMLElement;
    const scrollTo = (top: number): void => {
      scroller.scrollTop = top;
      fireEvent.scroll(scroller);
    };
    scrollTo(300);
    // Selecting what is already selected changes nothing.
    act(() => useMapStore.getState().select({ kind: 'paper', id: 'p-moe' }));
    expect(container.querySelector('.details-scroll')).toBe(scroller);
    expect(scroller.scrollTop).toBe(300);
    act(() => useMapStore.getState().select({ kind: 'paper', id: 'p-video' }));
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toBe('Video Diffusion at Scale');
    // The same scroller, scrolled back before the new paper was rendered into it.
    expect(container.querySelector('.details-scroll')).toBe(scroller);
    expect(scroller.scrollTop).toBe(0);
    scrollTo(120);
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:video' }));
    expect(scroller.scrollTop).toBe(0);
    // Back at the top, the next selection leaves the scroller alone (no read of its scroll, which
    // can lay the page out).
    let reads = 0;
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop')!;
    Object.defineProperty(scroller, 'scrollTop', {
      configurable: true,
      get() {
        reads++;
        return own.get!.call(this);
      },
      set(value: number) {
        own.set!.call(this, value);
      },
    });
    act(() => useMapStore.getState().select({ kind: 'paper', id: 'p-moe' }));
    expect(reads).toBe(0);
  });

  test("one paper's details replace another's in place, with nothing of the first left", async () => {
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    const { container } = render(<DetailsPanel />);
    const related = (): HTMLElement =>
      within(panel()).getByRole('heading', { name: 'Related papers' }).parentElement as HTMLElement;
    await waitFor(() => expect(related().getAttribute('aria-busy')).toBe('false'));
    const article = container.querySelector('article') as HTMLElement;
    act(() => useMapStore.getState().select({ kind: 'paper', id: 'p-video' }));
    // The same elements (updated, not made anew), showing only the new paper.
    expect(container.querySelector('article')).toBe(article);
    expect(within(panel()).getByRole('heading', { level: 2 }).textContent).toBe('Video Diffusion at Scale');
    expect(panel().textContent).not.toContain('Mixture');
    expect(panel().textContent).not.toContain('expert routing');
    // Its related papers are counted again, after the paint: none of the first paper's is shown meanwhile.
    expect(related().getAttribute('aria-busy')).toBe('true');
    expect(related().querySelector('ol')).toBeNull();
    await waitFor(() => expect(related().getAttribute('aria-busy')).toBe('false'));
    const chips = within(panel()).getByRole('heading', { name: 'Keywords' }).nextElementSibling as HTMLElement;
    const video = useMapStore.getState().index?.keywordsOfPaper.get('p-video') ?? [];
    expect(within(chips).getAllByRole('button')).toHaveLength(video.length);
    // A keyword's panel is its own (its pages shown, its curation): made afresh.
    act(() => useMapStore.getState().select({ kind: 'keyword', id: 'k:video' }));
    expect(container.querySelector('article')).not.toBe(article);
  });

  test('a keyword with more papers than a page lists a page of them (a screenful first, the rest after the paint), and more on request', async () => {
    // The fixture with 250 more papers on "video".
    const base = fixtureMap();
    const extra = Array.from({ length: 250 }, (_, i) => ({ ...base.papers[0], id: `p-extra-${i}`, title: `Extra paper ${i}` }));
    const links = [...base.links, ...extra.map((p) => ({ paper: p.id, keyword: 'k:video', weight: 0.2 }))];
    const raw = {
      ...base,
      meta: { ...base.meta, counts: { ...base.meta.counts, papers: base.papers.length + extra.length, links: links.length } },
      papers: [...base.papers, ...extra],
      keywords: base.keywords.map((k) => (k.id === 'k:video' ? { ...k, papers: k.papers + extra.length } : k)),
      clusters: base.clusters.map((c) => (c.id === base.papers[0].cluster ? { ...c, size: c.size + extra.length } : c)),
      links,
    };
    const map = validateMap(JSON.parse(JSON.stringify(raw)), 'big.map.json');
    useMapStore.getState().setMap(map, 'big.map.json');
    const total = map.links.filter((l) => l.keyword === 'k:video').length;
    expect(total).toBeGreaterThan(2 * PAPER_LIST_PAGE);
    useMapStore.getState().select({ kind: 'keyword', id: 'k:video' });
    render(<DetailsPanel />);
    const papers = (): HTMLElement => within(panel()).getByRole('heading', { name: 'Papers' }).nextElementSibling as HTMLElement;
    // A screenful with the panel's first paint, then the rest of the first page after it.
    expect(within(papers()).getAllByRole('listitem')).toHaveLength(PAPER_LIST_FIRST_PAINT);
    await waitFor(() => expect(within(papers()).getAllByRole('listitem')).toHaveLength(PAPER_LIST_PAGE));
    fireEvent.click(within(panel()).getByRole('button', { name: `Show more (${total - PAPER_LIST_PAGE} left)` }));
    expect(within(papers()).getAllByRole('listitem')).toHaveLength(2 * PAPER_LIST_PAGE);
    fireEvent.click(within(panel()).getByRole('button', { name: `Show more (${total - 2 * PAPER_LIST_PAGE} left)` }));
    expect(within(papers()).getAllByRole('listitem')).toHaveLength(total);
    expect(within(panel()).queryByRole('button', { name: /Show more/ })).toBeNull();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SearchBox } from '../../src/components/SearchBox';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { fixtureMap, loadFixture } from './fixtureMap';

beforeEach(() => loadFixture());
afterEach(() => {
  cleanup();
  resetMapStore();
});

function search(text: string): HTMLElement[] {
  const box = screen.getByRole('combobox', { name: 'Search' });
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: text } });
  return screen.queryAllByRole('option');
}

describe('SearchBox', () => {
  test('finds keywords by term and papers by words of their titles', () => {
    render(<SearchBox />);
    const options = search('video');
    expect(options.map((o) => o.textContent)).toEqual([
      'Keywordvideo2',
      'PaperVideo Diffusion at Scale',
      'Paper3D Reconstruction from Multi-View Video',
    ]);
  });

  test('title words match as prefixes, in any order; non-Latin titles are found', () => {
    render(<SearchBox />);
    expect(search('scal diff').map((o) => o.textContent)).toEqual(['PaperVideo Diffusion at Scale']);
    expect(search('知识图谱').map((o) => o.textContent)).toEqual([
      'Keyword知识图谱2',
      'Paper基于知识图谱的问答系统 (Question answering over knowledge graphs)',
    ]);
  });

  test('finds a keyword by another form of its words ("reasoned" for "reasoning", "optimizers" for "optimizer")', () => {
    render(<SearchBox />);
    expect(search('reasoned')[0].textContent).toBe('Keywordreasoning3');
    expect(search('optimizers').map((o) => o.textContent)).toContain('Keywordoptimizer2');
    // A stem inside a word, not at its start, is no match: "easons" (stem "eason") is not "reason".
    expect(search('easons').map((o) => o.textContent)).not.toContain('Keywordreasoning3');
  });

  test('picking a paper selects it and asks the map to centre on it', () => {
    render(<SearchBox />);
    const [option] = search('muon');
    fireEvent.mouseDown(option);
    const s = useMapStore.getState();
    expect(s.selection).toEqual({ kind: 'paper', id: '2502.16982' });
    expect(s.viewRequest).toMatchObject({ type: 'focusNode', id: '2502.16982' });
    expect((screen.getByRole('combobox', { name: 'Search' }) as HTMLInputElement).value).toBe('');
  });

  test('Enter picks the first result; a keyword result selects the keyword', () => {
    render(<SearchBox />);
    search('protein');
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Search' }), { key: 'Enter' });
    expect(useMapStore.getState().selection).toEqual({ kind: 'keyword', id: 'k:protein structur' });
  });

  test('says how many papers matched when more did than are listed', () => {
    const map = fixtureMap();
    const video = map.papers.find((p) => p.title === 'Video Diffusion at Scale')!;
    // Eleven more papers on video: thirteen match, eight are listed.
    const copies = Array.from({ length: 11 }, (_, i) => ({ ...video, id: `v${i}`, title: `Video study ${i}` }));
    useMapStore.getState().setMap({ ...map, papers: [...map.papers, ...copies] }, 'more.map.json');
    render(<SearchBox />);
    const options = search('video');
    expect(options.filter((o) => o.textContent?.startsWith('Paper'))).toHaveLength(8);
    expect(screen.getByText('8 of 13 matching papers listed: type more words to narrow')).toBeTruthy();
    // All listed: no such line.
    search('video diffusion');
    expect(screen.queryByText(/matching papers listed/)).toBeNull();
  });

  test('says when nothing matches', () => {
    render(<SearchBox />);
    expect(search('zebra')).toHaveLength(0);
    expect(screen.getByText('No paper or keyword matches')).toBeTruthy();
  });
});

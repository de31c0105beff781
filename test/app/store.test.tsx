// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { selectFilterResult } from '../../src/store/selectFilterResult';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { loadFixture } from './fixtureMap';

beforeEach(() => resetMapStore());

describe('map store', () => {
  test('starts empty and idle', () => {
    const s = useMapStore.getState();
    expect(s.map).toBeNull();
    expect(s.status).toBe('idle');
    expect(s.selection).toBeNull();
    expect(s.filterKeywords).toEqual([]);
  });

  test('setMap indexes the map and clears filter, selection and hover', () => {
    const s = useMapStore.getState();
    s.addFilterKeyword('k:reason');
    s.select({ kind: 'paper', id: 'x' });
    s.setHover({ id: 'x', x: 1, y: 2 });
    const map = loadFixture();
    const after = useMapStore.getState();
    expect(after.status).toBe('ready');
    expect(after.map).toBe(map);
    expect(after.index?.paperById.get('p-moe')?.title).toMatch(/Mixture-of-Experts/);
    expect(after.index?.papersOfKeyword.get('k:languag model')?.map((l) => l.paperId)).toEqual([
      '2502.16982',
      'p-moe',
      'p-t2i-lm',
      'p-rl-reason',
    ]);
    expect(after.filterKeywords).toEqual([]);
    expect(after.selection).toBeNull();
    expect(after.hover).toBeNull();
  });

  test('a load error replaces the map with a message', () => {
    loadFixture();
    useMapStore.getState().setLoadError('map.json: papers[3].x: expected a number', 'map.json');
    const s = useMapStore.getState();
    expect(s.status).toBe('error');
    expect(s.map).toBeNull();
    expect(s.error).toContain('papers[3].x');
  });

  test('filter keywords are replaced, never mutated, and not duplicated', () => {
    loadFixture();
    const before = useMapStore.getState().filterKeywords;
    useMapStore.getState().addFilterKeyword('k:reason');
    const one = useMapStore.getState().filterKeywords;
    expect(one).not.toBe(before);
    expect(before).toEqual([]);
    useMapStore.getState().addFilterKeyword('k:reason');
    expect(useMapStore.getState().filterKeywords).toBe(one);
    useMapStore.getState().addFilterKeyword('k:optim');
    expect(useMapStore.getState().filterKeywords).toEqual(['k:reason', 'k:optim']);
    useMapStore.getState().removeFilterKeyword('k:reason');
    expect(useMapStore.getState().filterKeywords).toEqual(['k:optim']);
    useMapStore.getState().clearFilter();
    expect(useMapStore.getState().filterKeywords).toEqual([]);
  });

  test('the filter result narrows papers (all vs any) and is memoised', () => {
    loadFixture();
    const s = useMapStore.getState();
    expect(selectFilterResult(useMapStore.getState()).papers.size).toBe(12);
    s.addFilterKeyword('k:languag model');
    s.addFilterKeyword('k:reason');
    const all = selectFilterResult(useMapStore.getState());
    expect(all.active).toBe(true);
    expect([...all.papers].sort()).toEqual(['p-moe', 'p-rl-reason']);
    expect(selectFilterResult(useMapStore.getState())).toBe(all);
    useMapStore.getState().setFilterMode('any');
    const any = selectFilterResult(useMapStore.getState());
    expect(any.papers.size).toBe(5);
    expect(any.total).toBe(12);
  });

  test('selecting the same thing again keeps the state object (no history entry)', () => {
    loadFixture();
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    const first = useMapStore.getState().selection;
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    expect(useMapStore.getState().selection).toBe(first);
    useMapStore.getState().select({ kind: 'keyword', id: 'k:reason' });
    expect(useMapStore.getState().selection).toEqual({ kind: 'keyword', id: 'k:reason' });
  });

  test('view requests carry an increasing sequence number', () => {
    useMapStore.getState().requestView({ type: 'fit' });
    const a = useMapStore.getState().viewRequest;
    useMapStore.getState().requestView({ type: 'fit' });
    const b = useMapStore.getState().viewRequest;
    expect(a?.type).toBe('fit');
    expect(b!.seq).toBe(a!.seq + 1);
  });

  test('the store holds only data: no functions besides actions, no DOM', () => {
    loadFixture();
    const s = useMapStore.getState();
    for (const [key, value] of Object.entries(s)) {
      if (typeof value === 'function') continue;
      expect(value instanceof Node, key).toBe(false);
    }
  });
});

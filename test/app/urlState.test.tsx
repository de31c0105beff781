// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { indexMap } from '../../src/core/query';
import {
  formatUrlState,
  keywordToken,
  parseUrlState,
  resolveKeyword,
  resolveSelection,
  selectionToken,
} from '../../src/store/urlState';
import { fixtureMap } from './fixtureMap';

describe('URL state', () => {
  test('round-trips selection, filter and view, keeping parameters it does not own', () => {
    const search = formatUrlState(
      {
        map: 'https://example.org/a map.json',
        select: 'p:2502.16982',
        kw: ['languag model', 'a,b'],
        mode: 'any',
        hide: true,
        view: { x: 12.345, y: -3, k: 1.234567 },
      },
      '?utm=1&select=old',
    );
    expect(search).toContain('utm=1');
    expect(search).toContain('select=p:2502.16982');
    expect(search).toContain('view=12.3,-3,1.2346');
    expect(search).not.toContain('select=old');
    expect(parseUrlState(search)).toEqual({
      map: 'https://example.org/a map.json',
      select: 'p:2502.16982',
      kw: ['languag model', 'a,b'],
      mode: 'any',
      hide: true,
      view: { x: 12.3, y: -3, k: 1.2346 },
    });
  });

  test('ignores malformed values', () => {
    expect(parseUrlState('?view=1,2&mode=sideways&kw=')).toEqual({
      map: null,
      select: null,
      kw: [],
      mode: 'all',
      hide: false,
      view: null,
    });
    expect(parseUrlState('?view=1,2,0').view).toBeNull();
  });

  test('resolves tokens against a map and drops what it does not have', () => {
    const index = indexMap(fixtureMap());
    expect(resolveSelection('p:p-moe', index)).toEqual({ kind: 'paper', id: 'p-moe' });
    expect(resolveSelection('p:nope', index)).toBeNull();
    expect(resolveSelection('k:reason', index)).toEqual({ kind: 'keyword', id: 'k:reason' });
    expect(resolveSelection('c:2', index)).toEqual({ kind: 'cluster', id: 2 });
    expect(resolveSelection('c:9', index)).toBeNull();
    expect(resolveKeyword('languag model', index)).toBe('k:languag model');
    expect(resolveKeyword('k:optim', index)).toBe('k:optim');
    expect(resolveKeyword('missing', index)).toBeNull();
    expect(selectionToken({ kind: 'keyword', id: 'k:reason' })).toBe('k:reason');
    expect(selectionToken({ kind: 'cluster', id: 3 })).toBe('c:3');
    expect(keywordToken('k:知识图谱')).toBe('知识图谱');
  });
});

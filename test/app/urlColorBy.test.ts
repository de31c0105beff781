import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/store/urlState';

describe('the URL keeps "Colour by"', () => {
  it('round-trips color=year beside the other parameters', () => {
    const search = '?map=/a.map.json&kw=kv+cache&view=1,2,3&color=year';
    const state = parseUrlState(search);
    expect(state.color).toBe('year');
    expect(formatUrlState(state)).toBe(search);
  });

  it('writes nothing for the default, and drops an unknown value', () => {
    expect(formatUrlState({ ...parseUrlState('?map=/a.map.json'), color: 'cluster' })).toBe('?map=/a.map.json');
    expect(parseUrlState('?color=decade').color).toBeUndefined();
    expect(formatUrlState(parseUrlState('?color=decade&x=1'), '?color=decade&x=1')).toBe('?x=1');
  });
});

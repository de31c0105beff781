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

describe('the URL keeps the time filter', () => {
  it('round-trips years=FROM-TO with hide=1 even without keywords', () => {
    const search = '?map=/a.map.json&years=1960-1969&hide=1';
    const state = parseUrlState(search);
    expect(state.years).toEqual({ from: 1960, to: 1969 });
    expect(state.hide).toBe(true);
    expect(formatUrlState(state)).toBe(search);
  });

  it('drops a malformed or reversed range', () => {
    expect(parseUrlState('?years=1969-1960').years).toBeUndefined();
    expect(parseUrlState('?years=sixties').years).toBeUndefined();
    expect(formatUrlState(parseUrlState('?years=1969-1960'))).toBe('');
  });
});

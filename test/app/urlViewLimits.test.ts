import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/store/urlState';

describe('?view= within limits', () => {
  it('drops a view with absurd or missing values, as a malformed one', () => {
    expect(parseUrlState('?view=1e308,0,1').view).toBeNull();
    expect(parseUrlState('?view=0,-1e308,1').view).toBeNull();
    expect(parseUrlState('?view=0,0,1e-300').view).toBeNull();
    expect(parseUrlState('?view=0,0,1e300').view).toBeNull();
    expect(parseUrlState('?view=0,0,Infinity').view).toBeNull();
    expect(parseUrlState('?view=,,1').view).toBeNull();
  });

  it('keeps an ordinary view, and a small scale survives the round trip', () => {
    expect(parseUrlState('?view=-500,-400,3').view).toEqual({ x: -500, y: -400, k: 3 });
    const search = formatUrlState({
      map: null,
      select: null,
      kw: [],
      mode: 'all',
      hide: false,
      view: { x: 612.34, y: 388, k: 0.000061234567 },
    });
    expect(search).toBe('?view=612.3,388,0.000061235');
    expect(parseUrlState(search).view).toEqual({ x: 612.3, y: 388, k: 0.000061235 });
  });
});

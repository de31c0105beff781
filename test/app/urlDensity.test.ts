import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/store/urlState';

describe('the URL keeps the density view', () => {
  it('round-trips density=heat and density=cluster,keywords beside the other parameters', () => {
    for (const [search, density] of [
      ['?map=/a.map.json&view=1,2,3&color=year&density=heat', { coloring: 'heat', weight: 'papers' }],
      ['?map=/a.map.json&density=cluster,keywords', { coloring: 'cluster', weight: 'keywords' }],
    ] as const) {
      const state = parseUrlState(search);
      expect(state.density).toEqual(density);
      expect(formatUrlState(state)).toBe(search);
    }
  });

  it('writes nothing when off, and drops an unknown value', () => {
    expect(formatUrlState(parseUrlState('?map=/a.map.json'))).toBe('?map=/a.map.json');
    expect(parseUrlState('?density=contour').density).toBeUndefined();
    expect(parseUrlState('?density=heat,authors').density).toBeUndefined();
    expect(formatUrlState(parseUrlState('?density=contour&x=1'), '?density=contour&x=1')).toBe('?x=1');
  });
});

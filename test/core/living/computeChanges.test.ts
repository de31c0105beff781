import { describe, expect, it } from 'vitest';
import { computeChanges } from '../../../src/core/living';
import { fakeMap } from './fakeMap';

describe('computeChanges', () => {
  const old = fakeMap({ 0: ['a', 'b', 'c'], 1: ['d', 'e'] }, { 'k:x': 0, 'k:y': 1 });

  it('lists new, removed and moved papers and new and removed keywords, in map order', () => {
    const next = fakeMap({ 0: ['a', 'b', 'n1'], 1: ['d', 'c'], 2: ['n2'] }, { 'k:x': 0, 'k:z': 2 });
    const events = [{ kind: 'grown' as const, from: [0], to: [0], sizeBefore: 3, sizeAfter: 3 }];
    expect(computeChanges(old, next, events)).toEqual({
      previous: { source: 'old.txt', corpusHash: 'fnv1a64:0000000000000000' },
      newPapers: ['n1', 'n2'],
      removedPapers: ['e'],
      movedPapers: [{ paper: 'c', from: 0, to: 1 }],
      newKeywords: ['k:z'],
      removedKeywords: ['k:y'],
      // What only the previous map knew: removed keywords' terms, old clusters' names.
      removedKeywordTerms: ['k:y'],
      clusters: [{ ...events[0], fromLabels: ['old 0'] }],
    });
  });

  it('keeps the old names of clusters that vanished, split or merged, and none for a new one', () => {
    const next = fakeMap({ 0: ['a', 'b', 'c', 'n1'], 2: ['n2'], 3: ['d', 'e'] }, { 'k:x': 0 });
    next.keywords = [];
    const events = [
      { kind: 'split' as const, from: [1], to: [1, 3], sizeBefore: 2, sizeAfter: 2 },
      { kind: 'new' as const, from: [], to: [2], sizeBefore: 0, sizeAfter: 1 },
      { kind: 'merged' as const, from: [0, 1], to: [0], sizeBefore: 5, sizeAfter: 4 },
      { kind: 'vanished' as const, from: [1], to: [], sizeBefore: 2, sizeAfter: 0 },
    ];
    const changes = computeChanges(old, next, events);
    expect(changes?.clusters.map((e) => e.fromLabels)).toEqual([['old 1'], undefined, ['old 0', 'old 1'], ['old 1']]);
    expect(changes?.removedKeywordTerms).toEqual(['k:x', 'k:y']);
  });

  it('is undefined when nothing changed, so the map is written as a fresh build', () => {
    const same = [
      { kind: 'same' as const, from: [0], to: [0], sizeBefore: 3, sizeAfter: 3 },
      { kind: 'same' as const, from: [1], to: [1], sizeBefore: 2, sizeAfter: 2 },
    ];
    expect(computeChanges(old, old, same)).toBeUndefined();
    // A cluster that kept its size but is recorded as anything else is a change.
    expect(computeChanges(old, old, [{ ...same[0], kind: 'split' }])).toBeDefined();
  });
});

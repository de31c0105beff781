import { describe, expect, it } from 'vitest';
import { summarizeChanges } from '../../../src/core/living';
import type { MapChanges } from '../../../src/core/map';

describe('summarizeChanges', () => {
  it('says what changed in one paragraph; clusters about the same share of the map are stable', () => {
    const changes: MapChanges = {
      previous: { source: 'old.jsonl', corpusHash: 'fnv1a64:0000000000000000' },
      newPapers: ['n1', 'n2'],
      removedPapers: [],
      movedPapers: [{ paper: 'a', from: 0, to: 1 }],
      newKeywords: ['k:x'],
      removedKeywords: ['k:y', 'k:z'],
      clusters: [
        { kind: 'same', from: [0], to: [0], sizeBefore: 10, sizeAfter: 12 },
        { kind: 'shrunk', from: [1], to: [1], sizeBefore: 10, sizeAfter: 11 },
        { kind: 'new', from: [], to: [2], sizeBefore: 0, sizeAfter: 3 },
      ],
    };
    expect(summarizeChanges(changes)).toBe(
      'Against old.jsonl: 2 new papers, 0 removed, 1 moved to another cluster; 1 new keyword, 2 removed. ' +
        'Clusters: 1 new (#2), 1 shrunk (#1), 1 stable.',
    );
    expect(summarizeChanges(undefined, 'old.jsonl')).toBe(
      'No changes against old.jsonl: the same papers, keywords and clusters.',
    );
  });
});

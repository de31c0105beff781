import { describe, expect, it } from 'vitest';
import { MapFileError, validateMap } from '../../../src/core/map/validateMap';
import { DEFAULT_SETTINGS, type MapChanges, type MapFile } from '../../../src/core/map/types';

function mapWith(changes: unknown): MapFile {
  return {
    format: 'topic-map',
    version: 1,
    meta: {
      tool: 'topic-map 0.1.0',
      source: 'new.jsonl',
      corpusHash: 'fnv1a64:0123456789abcdef',
      settings: { ...DEFAULT_SETTINGS },
      counts: { papers: 2, keywords: 1, links: 1, cooccurrences: 0, clusters: 2 },
    },
    papers: [
      { id: 'a', title: 'A', abstract: 'x', keywords: [], cluster: 0, x: 0, y: 0 },
      { id: 'b', title: 'B', abstract: 'x', keywords: [], cluster: 3, x: 10, y: 0 },
    ],
    keywords: [{ id: 'k:x', term: 'x', papers: 1, cluster: 0, x: 5, y: 5 }],
    links: [{ paper: 'a', keyword: 'k:x', weight: 1 }],
    cooccurrences: [],
    clusters: [
      { id: 0, label: 'x', size: 1, keywordCount: 1, topKeywords: ['x'] },
      { id: 3, label: 'y', size: 1, keywordCount: 0, topKeywords: [] },
    ],
    changes: changes as MapChanges,
  };
}

const good: MapChanges = {
  previous: { source: 'old.jsonl', corpusHash: 'fnv1a64:fedcba9876543210' },
  newPapers: ['b'],
  removedPapers: ['gone'],
  movedPapers: [{ paper: 'a', from: 1, to: 0 }],
  newKeywords: ['k:x'],
  removedKeywords: ['k:old'],
  clusters: [
    { kind: 'merged', from: [0, 1], to: [0], sizeBefore: 2, sizeAfter: 1 },
    { kind: 'new', from: [], to: [3], sizeBefore: 0, sizeAfter: 1 },
    { kind: 'vanished', from: [2], to: [], sizeBefore: 4, sizeAfter: 0 },
  ],
};

function messageOf(changes: unknown): string {
  try {
    validateMap(mapWith(changes), 'new.map.json');
  } catch (error) {
    expect(error).toBeInstanceOf(MapFileError);
    return (error as Error).message;
  }
  throw new Error('expected a MapFileError');
}

describe('validateMap: changes', () => {
  it('accepts a change record whose new papers, keywords and clusters are on the map', () => {
    expect(validateMap(mapWith(good), 'new.map.json').changes).toEqual(good);
  });

  it('names what is wrong and where', () => {
    expect(messageOf({ ...good, newPapers: ['zz'] })).toBe('new.map.json: changes.newPapers[0]: paper "zz" is not in papers');
    expect(messageOf({ ...good, newKeywords: ['k:zz'] })).toBe(
      'new.map.json: changes.newKeywords[0]: keyword "k:zz" is not in keywords',
    );
    expect(messageOf({ ...good, movedPapers: [{ paper: 'a', from: 1, to: 7 }] })).toBe(
      'new.map.json: changes.movedPapers[0].to: cluster 7 is not in clusters',
    );
    expect(messageOf({ ...good, clusters: [{ ...good.clusters[0], kind: 'exploded' }] })).toMatch(
      /^new\.map\.json: changes\.clusters\[0\]\.kind: expected one of new, grown, .*got "exploded"$/,
    );
    expect(messageOf({ ...good, clusters: [{ ...good.clusters[1], to: [9] }] })).toBe(
      'new.map.json: changes.clusters[0].to[0]: cluster 9 is not in clusters',
    );
    expect(messageOf({ ...good, clusters: [{ ...good.clusters[2], to: [0] }] })).toBe(
      'new.map.json: changes.clusters[0].to: a "vanished" event has no new clusters',
    );
    expect(messageOf({ ...good, previous: undefined })).toBe('new.map.json: changes.previous: expected an object, got undefined');
    expect(messageOf({ ...good, removedPapers: [3] })).toBe('new.map.json: changes.removedPapers[0]: expected a string, got 3');
  });

  it('accepts the old names and removed terms a newer record keeps, one for each, and a record without them', () => {
    const named: MapChanges = {
      ...good,
      removedKeywordTerms: ['old terms'],
      clusters: [
        { ...good.clusters[0], fromLabels: ['compilers', 'parsing'] },
        good.clusters[1],
        { ...good.clusters[2], fromLabels: ['sorting'] },
      ],
    };
    expect(validateMap(mapWith(named), 'new.map.json').changes).toEqual(named);
    expect(messageOf({ ...named, removedKeywordTerms: [] })).toBe(
      'new.map.json: changes.removedKeywordTerms: expected 1 (one for each of changes.removedKeywords), got 0',
    );
    expect(messageOf({ ...named, clusters: [{ ...good.clusters[0], fromLabels: ['compilers'] }] })).toBe(
      'new.map.json: changes.clusters[0].fromLabels: expected 2 (one for each of changes.clusters[0].from), got 1',
    );
    expect(messageOf({ ...named, clusters: [{ ...good.clusters[2], fromLabels: [4] }] })).toBe(
      'new.map.json: changes.clusters[0].fromLabels[0]: expected a string, got 4',
    );
  });
});

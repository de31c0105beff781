import { describe, expect, it } from 'vitest';
import { matchClusters } from '../../../src/core/living';
import { fakeMap, ids, newClusters } from './fakeMap';

describe('matchClusters', () => {
  it('keeps the ids of clusters that stay, and says which grew, shrank or stayed the same', () => {
    const old = fakeMap({ 0: ids('a', 1, 20), 1: ids('b', 1, 10), 2: ids('c', 1, 10) });
    // a grows by 5 new papers, b loses 4, c gains 1 (under a tenth: the same).
    const next = newClusters([[...ids('a', 1, 20), ...ids('n', 1, 5)], [...ids('c', 1, 10), 'n6'], ids('b', 1, 6)]);
    const match = matchClusters(old, next);
    expect(match.ids).toEqual([0, 2, 1]);
    expect(match.matched).toEqual([0, 2, 1]);
    expect(match.events).toEqual([
      { kind: 'grown', from: [0], to: [0], sizeBefore: 20, sizeAfter: 25 },
      { kind: 'shrunk', from: [1], to: [1], sizeBefore: 10, sizeAfter: 6 },
      { kind: 'same', from: [2], to: [2], sizeBefore: 10, sizeAfter: 11 },
    ]);
  });

  it('judges growth by share of the map, not by count: a cluster that gained papers but lost share shrank', () => {
    const old = fakeMap({ 0: ids('a', 1, 20), 1: ids('b', 1, 20), 2: ids('c', 1, 10) });
    // 50 papers, then 100: a gains 5 (share 40% → 25%), b gains 35 (40% → 55%), c doubles (20% → 20%).
    const next = newClusters([
      [...ids('b', 1, 20), ...ids('m', 1, 35)],
      [...ids('a', 1, 20), ...ids('n', 1, 5)],
      [...ids('c', 1, 10), ...ids('o', 1, 10)],
    ]);
    expect(matchClusters(old, next).events).toEqual([
      { kind: 'shrunk', from: [0], to: [0], sizeBefore: 20, sizeAfter: 25 },
      { kind: 'grown', from: [1], to: [1], sizeBefore: 20, sizeAfter: 55 },
      { kind: 'same', from: [2], to: [2], sizeBefore: 10, sizeAfter: 20 },
    ]);
  });

  it('calls a share that moved less than a tenth of itself the same (stable)', () => {
    const old = fakeMap({ 0: ids('a', 1, 30), 1: ids('b', 1, 30), 2: ids('c', 1, 40) });
    // 100 papers, then 200: a 30% → 32.5%, b 30% → 28%, c 40% → 39.5%.
    const next = newClusters([
      [...ids('c', 1, 40), ...ids('o', 1, 39)],
      [...ids('a', 1, 30), ...ids('n', 1, 35)],
      [...ids('b', 1, 30), ...ids('m', 1, 26)],
    ]);
    expect(matchClusters(old, next).events.map((e) => e.kind)).toEqual(['same', 'same', 'same']);
  });

  it('records a cluster split in two: one part keeps the id, the other gets a fresh one', () => {
    const old = fakeMap({ 0: ids('a', 1, 12), 1: ids('b', 1, 10) });
    const next = newClusters([ids('b', 1, 10), ids('a', 1, 7), ids('a', 8, 12)]);
    const match = matchClusters(old, next);
    // a1–a7 continue cluster 0 (Jaccard 7/12); a8–a12 take 2, the first id no old cluster had.
    expect(match.ids).toEqual([1, 0, 2]);
    expect(match.events).toEqual([
      { kind: 'split', from: [0], to: [0, 2], sizeBefore: 12, sizeAfter: 12 },
      { kind: 'same', from: [1], to: [1], sizeBefore: 10, sizeAfter: 10 },
    ]);
  });

  it('records two clusters merged into one, which keeps the id of the better match', () => {
    const old = fakeMap({ 0: ids('a', 1, 12), 1: ids('b', 1, 6), 2: ids('c', 1, 10) });
    const next = newClusters([[...ids('a', 1, 12), ...ids('b', 1, 6)], ids('c', 1, 10)]);
    const match = matchClusters(old, next);
    expect(match.ids).toEqual([0, 2]);
    expect(match.events).toEqual([
      { kind: 'merged', from: [0, 1], to: [0], sizeBefore: 18, sizeAfter: 18 },
      { kind: 'same', from: [2], to: [2], sizeBefore: 10, sizeAfter: 10 },
    ]);
  });

  it('records a new cluster of new papers and a vanished one whose papers are gone', () => {
    const old = fakeMap({ 0: ids('a', 1, 10), 1: ids('b', 1, 8), 3: ids('d', 1, 5) });
    const next = newClusters([ids('a', 1, 10), ids('n', 1, 9), ids('b', 1, 8)]);
    const match = matchClusters(old, next);
    // The new cluster's id is above every old one (3), so an id never comes back meaning another cluster.
    expect(match.ids).toEqual([0, 4, 1]);
    expect(match.events).toEqual([
      { kind: 'same', from: [0], to: [0], sizeBefore: 10, sizeAfter: 10 },
      { kind: 'same', from: [1], to: [1], sizeBefore: 8, sizeAfter: 8 },
      { kind: 'vanished', from: [3], to: [], sizeBefore: 5, sizeAfter: 0 },
      { kind: 'new', from: [], to: [4], sizeBefore: 0, sizeAfter: 9 },
    ]);
  });

  it('keeps the id of a small cluster that grew many times over (low Jaccard, but all of it went there)', () => {
    const old = fakeMap({ 0: ids('a', 1, 20), 1: ids('b', 1, 3) });
    const next = newClusters([ids('a', 1, 20), [...ids('b', 1, 3), ...ids('n', 1, 17)]]);
    const match = matchClusters(old, next);
    expect(match.ids).toEqual([0, 1]);
    expect(match.events[1]).toEqual({ kind: 'grown', from: [1], to: [1], sizeBefore: 3, sizeAfter: 20 });
  });

  it('counts keywords as members too', () => {
    // Papers alone tie (2 each way); the keywords decide which part continues cluster 0.
    const old = fakeMap({ 0: ['p1', 'p2', 'p3', 'p4'] }, { 'k:x': 0, 'k:y': 0, 'k:z': 0 });
    const next = {
      paperIds: ['p1', 'p2', 'p3', 'p4'],
      paperCluster: [0, 0, 1, 1],
      keywordIds: ['k:x', 'k:y', 'k:z'],
      keywordCluster: [1, 1, 1],
      clusterCount: 2,
    };
    expect(matchClusters(old, next).ids).toEqual([1, 0]);
  });

  it('is deterministic and the same for the same input', () => {
    const old = fakeMap({ 0: ids('a', 1, 12), 1: ids('b', 1, 6), 2: ids('c', 1, 10) });
    const next = newClusters([[...ids('a', 1, 6), ...ids('b', 1, 6)], ids('a', 7, 12), ids('c', 1, 10)]);
    expect(matchClusters(old, next)).toEqual(matchClusters(old, next));
  });
});

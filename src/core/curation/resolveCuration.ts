import type { Curation } from './curation';
import { termKey } from '../keywords';

export type CurationList = 'stopwords' | 'synonyms' | 'clusterNames';

/** An entry of a curation that cannot be applied. */
export interface CurationProblem {
  list: CurationList;
  index: number;
  /** Names the terms, not where they are: each reader adds its own place (file line, JSON path). */
  message: string;
  /** The entry it clashes with, if any. */
  other?: { list: CurationList; index: number };
}

/** Where a merged term ends up. */
export interface MergeTarget {
  key: string;
  /** The `to` of the last merge of the chain, as written. */
  term: string;
}

/** A curation by vocabulary keys, chains of merges followed to their end. */
export interface ResolvedCuration {
  removed: Set<string>;
  /** Key of every merged term → its final target. A merge of a term into itself is left out. */
  merged: Map<string, MergeTarget>;
  /** Key of a cluster's top keyword → the cluster's name. */
  clusterNames: Map<string, string>;
  /** Empty when the curation is consistent; entries with problems are left out of the maps. */
  problems: CurationProblem[];
}

const quote = (term: string): string => JSON.stringify(term);

/**
 * Keys a curation's terms (termKey) and checks it: a term with no words, a term merged into two
 * different terms, a term both removed and merged, a removed term that others are merged into,
 * merges that go round in a circle, an empty or repeated cluster name. One checker for every way
 * a curation comes in (thesaurus file, map file, the app), each of which says where the entry is.
 */
export function resolveCuration(curation: Curation): ResolvedCuration {
  const problems: CurationProblem[] = [];
  const removed = new Set<string>();
  const removedAt = new Map<string, number>();
  curation.stopwords.forEach((term, index) => {
    const key = termKey(term);
    if (key === '') {
      problems.push({ list: 'stopwords', index, message: `${quote(term)} has no words` });
      return;
    }
    removed.add(key);
    if (!removedAt.has(key)) removedAt.set(key, index);
  });

  // from key → index of the synonym entry that merges it.
  const mergeOf = new Map<string, number>();
  const toKeys: string[] = [];
  curation.synonyms.forEach(({ from, to }, index) => {
    const fromKey = termKey(from);
    const toKey = termKey(to);
    toKeys.push(toKey);
    const empty = fromKey === '' ? from : toKey === '' ? to : undefined;
    if (empty !== undefined) {
      problems.push({ list: 'synonyms', index, message: `${quote(empty)} has no words` });
      return;
    }
    if (fromKey === toKey) return;
    const stop = removedAt.get(fromKey);
    if (stop !== undefined) {
      problems.push({
        list: 'synonyms',
        index,
        message: `${quote(from)} is both removed and merged into ${quote(to)}`,
        other: { list: 'stopwords', index: stop },
      });
      return;
    }
    const stopTarget = removedAt.get(toKey);
    if (stopTarget !== undefined) {
      problems.push({
        list: 'synonyms',
        index,
        message: `${quote(to)} is removed, but ${quote(from)} is merged into it`,
        other: { list: 'stopwords', index: stopTarget },
      });
      return;
    }
    const earlier = mergeOf.get(fromKey);
    if (earlier !== undefined) {
      if (toKeys[earlier] !== toKey) {
        problems.push({
          list: 'synonyms',
          index,
          message: `${quote(from)} is merged into ${quote(to)} and also into ${quote(curation.synonyms[earlier].to)}`,
          other: { list: 'synonyms', index: earlier },
        });
      }
      return;
    }
    mergeOf.set(fromKey, index);
  });

  // Follow each chain to its end; a chain that comes back to a key it passed is a circle, reported
  // once, on its last-listed entry.
  const merged = new Map<string, MergeTarget>();
  const inCircle = new Set<number>();
  for (const [start, first] of mergeOf) {
    const path = [first];
    const seen = new Set([start]);
    let key = toKeys[first];
    while (mergeOf.has(key) && !seen.has(key)) {
      seen.add(key);
      path.push(mergeOf.get(key) as number);
      key = toKeys[path[path.length - 1]];
    }
    if (!seen.has(key)) {
      merged.set(start, { key, term: curation.synonyms[path[path.length - 1]].to });
      continue;
    }
    const circle = path.slice(path.indexOf(mergeOf.get(key) as number));
    if (circle.some((i) => inCircle.has(i))) continue;
    for (const i of circle) inCircle.add(i);
    const ordered = [...circle].sort((a, b) => a - b);
    const startAt = circle.indexOf(ordered[0]);
    const terms = [...circle.slice(startAt), ...circle.slice(0, startAt)].map((i) => quote(curation.synonyms[i].from));
    problems.push({
      list: 'synonyms',
      index: ordered[ordered.length - 1],
      message: `merges go round in a circle: ${[...terms, terms[0]].join(' → ')}`,
      other: { list: 'synonyms', index: ordered[0] },
    });
  }

  const clusterNames = new Map<string, string>();
  const namedAt = new Map<string, number>();
  curation.clusterNames.forEach(({ keyword, name }, index) => {
    const key = termKey(keyword);
    if (key === '') {
      problems.push({ list: 'clusterNames', index, message: `${quote(keyword)} has no words` });
    } else if (name.trim() === '') {
      problems.push({ list: 'clusterNames', index, message: `the cluster headed by ${quote(keyword)} gets an empty name` });
    } else if (namedAt.has(key)) {
      problems.push({
        list: 'clusterNames',
        index,
        message: `the cluster headed by ${quote(keyword)} is named twice`,
        other: { list: 'clusterNames', index: namedAt.get(key) as number },
      });
    } else {
      namedAt.set(key, index);
      clusterNames.set(key, name.trim());
    }
  });

  problems.sort((a, b) => LIST_ORDER[a.list] - LIST_ORDER[b.list] || a.index - b.index);
  return { removed, merged, clusterNames, problems };
}

const LIST_ORDER: Record<CurationList, number> = { stopwords: 0, synonyms: 1, clusterNames: 2 };

import type { Curation } from './curation';
import { resolveCuration } from './resolveCuration';
import { termKey } from '../keywords';

/** One change a user makes to the keywords of a map. Terms as shown; compared by termKey. */
export type CurationEdit =
  /** Take a keyword off the map, with every term merged into it. */
  | { type: 'remove'; term: string }
  /** Undo `remove` of this term (the terms that were merged into it are not merged back). */
  | { type: 'restore'; term: string }
  /** Merge keyword `from` (with every term merged into it) into keyword `to`. */
  | { type: 'merge'; from: string; to: string }
  /** Undo the merge of `from`: it becomes a keyword of its own again. */
  | { type: 'unmerge'; from: string }
  /** Undo an automatic merge: `term` (as the map's `variants` list it) becomes a keyword of its own. */
  | { type: 'separate'; term: string }
  /** Let the builder merge `term` automatically again. */
  | { type: 'rejoin'; term: string }
  /** Name the cluster headed by `keyword` (its topKeywords[0]); an empty name restores the automatic label. */
  | { type: 'renameCluster'; keyword: string; name: string };

/**
 * A curation with one edit made, as a new object (the store replaces, never mutates). Edits keep
 * a consistent curation consistent (resolveCuration finds no problem), resolving what a plain
 * append would break: removing a keyword also removes the terms merged into it (else they would
 * be merged into a removed term); merging a removed term, or into one, restores it; merging a
 * term that already is merged elsewhere moves it; merging `a` into `b` where `b` was merged into
 * `a` makes `b` the keyword (no circle). Cluster renames replace an earlier rename of the same
 * cluster.
 */
export function editCuration(curation: Curation | undefined, edit: CurationEdit): Curation {
  const stopwords = [...(curation?.stopwords ?? [])];
  let synonyms = (curation?.synonyms ?? []).map((s) => ({ ...s }));
  let clusterNames = (curation?.clusterNames ?? []).map((n) => ({ ...n }));
  // Only carried when there is one, so curations without it keep their shape (and map bytes).
  const keep = (list: string[]): { separate?: string[] } => (list.length > 0 ? { separate: list } : {});
  const separate = keep([...(curation?.separate ?? [])]);
  const without = (list: string[], key: string): string[] => list.filter((t) => termKey(t) !== key);

  switch (edit.type) {
    case 'remove': {
      const key = termKey(edit.term);
      // Terms merged into it, directly or down a chain, go with it.
      const next = new Map(synonyms.map((s) => [termKey(s.from), termKey(s.to)]));
      const reaches = (from: string): boolean => {
        const seen = new Set<string>();
        for (let k: string | undefined = from; k !== undefined && !seen.has(k); k = next.get(k)) {
          if (k === key) return true;
          seen.add(k);
        }
        return false;
      };
      const gone = synonyms.filter((s) => reaches(termKey(s.from)));
      synonyms = synonyms.filter((s) => !reaches(termKey(s.from)));
      for (const term of [edit.term, ...gone.map((s) => s.from)]) {
        if (!stopwords.some((t) => termKey(t) === termKey(term))) stopwords.push(term);
      }
      return { stopwords, synonyms, clusterNames, ...separate };
    }
    case 'restore':
      return { stopwords: without(stopwords, termKey(edit.term)), synonyms, clusterNames, ...separate };
    case 'merge': {
      const from = termKey(edit.from);
      const to = termKey(edit.to);
      if (from === to) return { stopwords, synonyms, clusterNames, ...separate };
      const kept = without(without(stopwords, from), to);
      synonyms = synonyms.filter((s) => termKey(s.from) !== from);
      // `to` leads back to `from` (b → ... → a, merging a into b): b stops being merged.
      const { merged } = resolveCuration({ stopwords: [], synonyms, clusterNames: [] });
      if (merged.get(to)?.key === from) synonyms = synonyms.filter((s) => termKey(s.from) !== to);
      synonyms.push({ from: edit.from, to: edit.to });
      return { stopwords: kept, synonyms, clusterNames, ...separate };
    }
    case 'unmerge': {
      const from = termKey(edit.from);
      return { stopwords, synonyms: synonyms.filter((s) => termKey(s.from) !== from), clusterNames, ...separate };
    }
    case 'separate': {
      const list = without(separate.separate ?? [], termKey(edit.term));
      return { stopwords, synonyms, clusterNames, separate: [...list, edit.term] };
    }
    case 'rejoin':
      return { stopwords, synonyms, clusterNames, ...keep(without(separate.separate ?? [], termKey(edit.term))) };
    case 'renameCluster': {
      const key = termKey(edit.keyword);
      clusterNames = clusterNames.filter((n) => termKey(n.keyword) !== key);
      if (edit.name.trim() !== '') clusterNames.push({ keyword: edit.keyword, name: edit.name.trim() });
      return { stopwords, synonyms, clusterNames, ...separate };
    }
  }
}

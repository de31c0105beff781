import type { Curation } from './curation';
import { editCuration } from './editCuration';

/**
 * `extra` (an imported thesaurus, say) added to `curation`, as a new object: its removals, then
 * its merges, made one by one as edits, so the result stays consistent where a plain
 * concatenation would not (a term removed here and merged there ends up merged: the later word
 * wins). Cluster names of `extra` replace those of the same cluster.
 */
export function mergeCuration(curation: Curation | undefined, extra: Curation): Curation {
  let merged: Curation = {
    stopwords: [...(curation?.stopwords ?? [])],
    synonyms: (curation?.synonyms ?? []).map((s) => ({ ...s })),
    clusterNames: (curation?.clusterNames ?? []).map((n) => ({ ...n })),
    ...(curation?.separate?.length ? { separate: [...curation.separate] } : {}),
  };
  for (const term of extra.stopwords) merged = editCuration(merged, { type: 'remove', term });
  for (const { from, to } of extra.synonyms) merged = editCuration(merged, { type: 'merge', from, to });
  for (const term of extra.separate ?? []) merged = editCuration(merged, { type: 'separate', term });
  for (const { keyword, name } of extra.clusterNames) merged = editCuration(merged, { type: 'renameCluster', keyword, name });
  return merged;
}

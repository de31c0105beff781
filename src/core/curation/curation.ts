/**
 * A user's corrections to the keywords of a map: saved in the map file (`MapFile.curation`),
 * applied by the pipeline before the graph is built (applyCuration, applyClusterNames), and
 * exchanged with VOSviewer as a thesaurus file (parseThesaurus, writeThesaurus).
 *
 * Terms are written as the user sees them ("LLMs", "large language models") and compared by
 * their stemmed vocabulary key (termKey), so "LLMs" and "LLM" name the same keyword, and a
 * curation made on one corpus applies to another.
 */
export interface Curation {
  /** Terms removed from the map (and from every paper's keywords). */
  stopwords: string[];
  /**
   * `from` is merged into `to`. Chains resolve (a → b and b → c merge a into c); cycles, and a
   * removed term that is also a target, are errors (resolveCuration).
   */
  synonyms: CurationSynonym[];
  /**
   * Cluster renames. Cluster ids change when the map is rebuilt, so a rename is keyed by the
   * cluster's top keyword (`MapCluster.topKeywords[0]`): after clustering, the cluster that this
   * keyword heads takes `name` as its label; when no cluster is headed by it any more, the rename
   * waits, unused, in the curation.
   */
  clusterNames: ClusterName[];
  /**
   * Automatic merges undone: terms the builder would merge into another form (an acronym into
   * the expansion the corpus gives, or a spelling variant: variantMerges) that stay keywords of their own. Absent in
   * curations written before it existed.
   */
  separate?: string[];
}

export interface CurationSynonym {
  from: string;
  to: string;
}

export interface ClusterName {
  /** The top keyword of the cluster when it was renamed. */
  keyword: string;
  name: string;
}

/** No entries at all: the map is built, and written, exactly as without a curation. */
export function isEmptyCuration(curation: Curation | undefined): boolean {
  return (
    curation === undefined ||
    (curation.stopwords.length === 0 &&
      curation.synonyms.length === 0 &&
      curation.clusterNames.length === 0 &&
      (curation.separate ?? []).length === 0)
  );
}

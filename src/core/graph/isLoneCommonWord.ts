import type { VocabularyTerm } from '../map';

/**
 * One word, written in lowercase: not a phrase, an acronym or a name ("Muon", "LoRA", "Internet").
 * Such a word usually heads many topics rather than naming one ("control", "users", "theory"): the
 * node ranking weighs it down (buildGraph) and cluster names take it last (labelClusters).
 */
export function isLoneCommonWord(term: VocabularyTerm): boolean {
  return !/[\s-]/.test(term.key) && term.term === term.term.toLowerCase();
}

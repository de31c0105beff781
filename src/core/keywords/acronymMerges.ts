import type { KeywordIndex } from '../map';
import type { AcronymDefinition } from './findAcronyms';

/** One automatic merge: the vocabulary term `from` becomes `to` (terms as shown). */
export interface VariantMerge {
  from: string;
  to: string;
}

/**
 * The merges that make an acronym and its expansion one keyword: "LLMs" into "large language
 * models", when the corpus defines the acronym (findAcronyms) and both are terms of its
 * vocabulary. The expansion is the shown form: it is readable without knowing the acronym, and
 * the node lists the acronym as its variant. An acronym whose expansion never occurs as a term
 * stays as it is (a merge into a phrase no paper uses as a key phrase would invent a term).
 * `keepApart`: termKeys the user chose not to merge (an undone merge).
 */
export function acronymMerges(
  index: KeywordIndex,
  definitions: readonly AcronymDefinition[],
  keepApart: ReadonlySet<string> = new Set(),
): VariantMerge[] {
  const byKey = new Map(index.vocabulary.map((v) => [v.key, v]));
  const found = definitions.filter(
    (d) => byKey.has(d.acronymKey) && byKey.has(d.expansionKey) && !keepApart.has(d.acronymKey) && !keepApart.has(d.expansionKey),
  );
  // A term that is both merged and merged into would chain merges: it stays a target only.
  const targets = new Set(found.map((d) => d.expansionKey));
  return found
    .filter((d) => !targets.has(d.acronymKey))
    .map((d) => ({ from: byKey.get(d.acronymKey)!.term, to: byKey.get(d.expansionKey)!.term }));
}

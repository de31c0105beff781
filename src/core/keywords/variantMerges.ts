import { compareKeys } from '../util';
import type { KeywordIndex } from '../map';
import type { AcronymDefinition } from './findAcronyms';

/** One automatic merge: the vocabulary term `from` becomes `to` (terms as shown). */
export interface VariantMerge {
  from: string;
  to: string;
}

/**
 * Words a spelling variant may add or leave out: "mixture-of-experts" and "mixture of experts"
 * (a candidate never holds them, a hyphenated word may). Not every stopword: "sub-networks" is
 * not "networks", "retriever-and-memory" not "retrieved memories", "Llama-3" not "Llama".
 */
const LINKING_WORDS = new Set(['of', 'the', 'a', 'an', 'for', 'in', 'on', 'to']);

/**
 * A key with hyphens read as spaces and linking words dropped: "low-rank adapt", "low rank adapt"
 * and "mixtur-of-expert", "mixtur of expert" agree. Case and plurals are already one key
 * (termKey lowercases and stems).
 */
export function variantKey(key: string): string {
  return key
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !LINKING_WORDS.has(w))
    .join(' ');
}

/**
 * The merges that make variants of one term one keyword, shown in its most readable form:
 *
 * - spelling variants: terms whose keys differ only by hyphens and stopwords ("low-rank
 *   adaptation" / "Low Rank Adapters", "mixture-of-experts" / "mixture of experts"); the one in
 *   the most papers is shown (ties: key order);
 * - an acronym and its expansion, when the corpus defines the acronym (findAcronyms) and both are
 *   terms of its vocabulary: "LLMs" into "large language models"; with them, the other ways the
 *   corpus writes the expansion for that acronym ("computerized tomography" with "computed
 *   tomography" and "CT" in the medical set). The expansion is shown: it is readable without
 *   knowing the acronym, and the node lists the acronym as its variant. An
 *   acronym whose expansion never occurs as a term stays as it is (a merge into a phrase no paper
 *   uses as a key phrase would invent a term);
 * - a phrase with such an acronym in it and the phrase with the expansion in its place, when both
 *   are terms: "MR imaging" and "magnetic resonance imaging" (the medical set writes both, and
 *   they named one cluster side by side). Shown expanded, as an acronym is. Shown as most papers
 *   write it instead ("MR images" over "magnetic resonance imaging"), Inspec train's label
 *   precision fell 96.3 → 90.0.
 *
 * `keepApart`: termKeys the user chose not to merge (an undone merge); such a term stays alone.
 * Every merge goes straight to its group's shown term (no chains). Sorted by `from` key.
 */
export function variantMerges(
  index: KeywordIndex,
  definitions: readonly AcronymDefinition[],
  keepApart: ReadonlySet<string> = new Set(),
): VariantMerge[] {
  const { vocabulary } = index;
  const byKey = new Map(vocabulary.map((v, t) => [v.key, t]));
  // Union-find over vocabulary indices.
  const parent = new Int32Array(vocabulary.length).map((_, t) => t);
  const find = (t: number): number => {
    while (parent[t] !== t) t = parent[t] = parent[parent[t]];
    return t;
  };
  const union = (a: number, b: number): void => {
    if (keepApart.has(vocabulary[a].key) || keepApart.has(vocabulary[b].key)) return;
    parent[find(a)] = find(b);
  };
  const byVariant = new Map<string, number>();
  vocabulary.forEach((v, t) => {
    const key = variantKey(v.key);
    if (key === '' || keepApart.has(v.key)) return;
    const other = byVariant.get(key);
    if (other === undefined) byVariant.set(key, t);
    else union(t, other);
  });
  const acronyms = new Set<number>();
  const termOf = (key: string): number | undefined => byKey.get(key) ?? byVariant.get(variantKey(key));
  for (const d of definitions) {
    const acronym = byKey.get(d.acronymKey);
    const expansion = termOf(d.expansionKey);
    if (expansion === undefined) continue;
    if (acronym !== undefined && find(acronym) !== find(expansion)) {
      acronyms.add(acronym);
      union(acronym, expansion);
    }
    // The other ways the corpus writes what the acronym stands for are that too.
    for (const key of d.spellings) {
      const spelling = termOf(key);
      if (spelling !== undefined) union(spelling, expansion);
    }
  }
  // A phrase holding a defined acronym and the phrase holding its expansion there instead: "MR
  // imaging" and "magnetic resonance imaging", "LLM agents" and "large language model agents".
  const expansionOf = new Map(definitions.map((d) => [d.acronymKey, d.expansionKey]));
  vocabulary.forEach((v, t) => {
    const words = v.key.split(' ');
    if (words.length < 2) return;
    words.forEach((word, w) => {
      const expansion = expansionOf.get(word);
      if (expansion === undefined) return;
      const longKey = [...words.slice(0, w), expansion, ...words.slice(w + 1)].join(' ');
      const long = termOf(longKey);
      if (long === undefined || find(long) === find(t)) return;
      acronyms.add(t);
      union(t, long);
    });
  });

  // Each group's shown term: not an acronym, then in the most papers, then key order.
  const shown = new Map<number, number>();
  const better = (a: number, b: number): boolean =>
    acronyms.has(a) !== acronyms.has(b)
      ? !acronyms.has(a)
      : vocabulary[a].df !== vocabulary[b].df
        ? vocabulary[a].df > vocabulary[b].df
        : compareKeys(vocabulary[a].key, vocabulary[b].key) < 0;
  vocabulary.forEach((_, t) => {
    const root = find(t);
    const best = shown.get(root);
    if (best === undefined || better(t, best)) shown.set(root, t);
  });
  const merges: { key: string; merge: VariantMerge }[] = [];
  vocabulary.forEach((v, t) => {
    const to = shown.get(find(t))!;
    if (to !== t) merges.push({ key: v.key, merge: { from: v.term, to: vocabulary[to].term } });
  });
  return merges.sort((a, b) => compareKeys(a.key, b.key)).map((m) => m.merge);
}

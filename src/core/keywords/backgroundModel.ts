import type { KeywordIndex } from '../map';

/**
 * How often the candidate terms of general scientific English occur in abstracts of unrelated
 * fields: per term (vocabulary key, Porter-stemmed), the number of abstracts of each field that
 * contain it. The language every field shares ("future research", "large number", "open
 * problems", "results") is what names no topic; a field's own terms ("programming language",
 * "patients", "KV cache") are common in one field only. Counting by field, not pooled, is what
 * tells the two apart: pooled counts would call a big field's topics generic.
 *
 * With it even a 97-paper corpus knows that "future research" is boilerplate, which its own
 * document frequencies cannot tell.
 */
export interface BackgroundModel {
  fields: { name: string; documents: number }[];
  /** Term key → abstracts containing it, per field (same order as `fields`). */
  df: ReadonlyMap<string, readonly number[]>;
}

/** The shipped form (JSON): one "key<TAB>df,df,df" line per term, compact and diffable. */
export interface BackgroundModelData {
  fields: { name: string; documents: number }[];
  /** Only terms found in at least 2 abstracts of at least 2 fields: no other can be generic. */
  terms: string;
}

/** The counts of one field: the vocabulary of computeKeywords run over its abstracts. */
export function countField(name: string, index: KeywordIndex): { name: string; documents: number; df: Map<string, number> } {
  const df = new Map<string, number>();
  for (const v of index.vocabulary) df.set(v.key, v.df);
  return { name, documents: index.docs.length, df };
}

/** Joins fields' counts into the shipped form. */
export function buildBackgroundModel(fields: { name: string; documents: number; df: Map<string, number> }[]): BackgroundModelData {
  const keys = new Set<string>();
  for (const field of fields) for (const key of field.df.keys()) keys.add(key);
  const lines: string[] = [];
  for (const key of [...keys].sort()) {
    const counts = fields.map((f) => f.df.get(key) ?? 0);
    if (counts.filter((c) => c >= 2).length >= 2) lines.push(`${key}\t${counts.join(',')}`);
  }
  return { fields: fields.map(({ name, documents }) => ({ name, documents })), terms: lines.join('\n') };
}

export function readBackgroundModel(data: BackgroundModelData): BackgroundModel {
  const df = new Map<string, number[]>();
  for (const line of data.terms.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) df.set(line.slice(0, tab), line.slice(tab + 1).split(',').map(Number));
  }
  return { fields: data.fields, df };
}

/**
 * The share of abstracts using a term in the second most-using field of the background: high
 * only when at least two unrelated fields use the term often. 0 for a term the background does
 * not know.
 */
export function sharedShare(model: BackgroundModel, key: string): number {
  const counts = model.df.get(key);
  if (!counts) return 0;
  let first = 0;
  let second = 0;
  counts.forEach((c, i) => {
    const share = c / Math.max(1, model.fields[i].documents);
    if (share > first) {
      second = first;
      first = share;
    } else if (share > second) second = share;
  });
  return second;
}

/**
 * Pairs of chosen terms, one holding the other's words (in order, contiguous), that link exactly
 * the same papers: two nodes for one thing ("Adam" and "Adam optimizer", "SFT" and "SFT stage" on
 * the seed map). Of each pair, the term to drop: the shorter when the longer ends with it (a head,
 * as subsumedTerms drops heads), else the longer (a name's class noun adds nothing). `perPaper`
 * gives each paper's links as ranks into its eligible terms (eligStart, eligTerm), as linkPapers
 * does. Terms ascending.
 *
 * Cost: one pass over the links, and the terms grouped by their papers (pairs only within a
 * group of identical paper lists, which are small).
 */
export function redundantTerms(
  chosen: readonly number[],
  keyOf: (t: number) => string,
  perPaper: readonly (readonly number[])[],
  eligStart: Int32Array,
  eligTerm: Int32Array,
): number[] {
  const papers = new Map<number, number[]>();
  for (const t of chosen) papers.set(t, []);
  perPaper.forEach((ranks, d) => {
    for (const r of ranks) papers.get(eligTerm[eligStart[d] + r])?.push(d);
  });
  const bySet = new Map<string, number[]>();
  for (const [t, list] of papers) {
    const set = list.join(' ');
    const same = bySet.get(set);
    if (same === undefined) bySet.set(set, [t]);
    else same.push(t);
  }
  const out = new Set<number>();
  for (const group of bySet.values()) {
    if (group.length < 2) continue;
    for (const a of group)
      for (const b of group) {
        const short = ` ${keyOf(a)} `;
        const long = ` ${keyOf(b)} `;
        if (a === b || long.length <= short.length || !long.includes(short)) continue;
        out.add(long.endsWith(short) ? a : b);
      }
  }
  return [...out].sort((x, y) => x - y);
}

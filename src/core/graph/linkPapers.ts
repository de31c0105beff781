import { GRAPH_CONFIG } from './graphConfig';

/**
 * Each paper's links: ranks (into its eligible terms) of its topK best chosen terms, where a
 * `lone` term counts only while the paper has fewer than `minLinks` links without it.
 */
export function linkPapers(
  eligStart: Int32Array,
  eligTerm: Int32Array,
  chosen: Uint8Array,
  topK: number,
  lone: Uint8Array,
  minLinks: number,
): { perPaper: number[][]; papersOf: Int32Array } {
  const papersOf = new Int32Array(chosen.length);
  const perPaper: number[][] = [];
  for (let d = 0; d + 1 < eligStart.length; d++) {
    const s = eligStart[d];
    const end = eligStart[d + 1];
    let others = 0;
    for (let r = 0; s + r < end && others < topK; r++)
      if (chosen[eligTerm[s + r]] && (!lone[eligTerm[s + r]] || r < GRAPH_CONFIG.loneWordLinkRank)) others++;
    // Lone words fill up to minLinks (best first); the rest of topK goes to the other terms.
    let loneRoom = Math.max(0, Math.min(minLinks, topK) - others);
    const ranks: number[] = [];
    for (let r = 0; s + r < end && ranks.length < topK; r++) {
      const t = eligTerm[s + r];
      if (!chosen[t]) continue;
      if (lone[t] && r >= GRAPH_CONFIG.loneWordLinkRank) {
        if (loneRoom === 0) continue;
        loneRoom--;
      }
      ranks.push(r);
      papersOf[t]++;
    }
    perPaper.push(ranks);
  }
  return { perPaper, papersOf };
}

/**
 * The chosen terms that name, in most of their papers, only a part of a longer chosen term: a head
 * or sub-phrase whose papers the longer phrases already cover ("language models" when "large
 * language models" is chosen and is in most of its papers, "algorithm" when "genetic algorithm",
 * "clustering algorithm"... are). Such a term is the generic side of the specific phrase: as a node
 * it gathers the same papers again under a vaguer name. A term is subsumed when at least `share`
 * of its papers contain a chosen term whose words include its words, in order and contiguous
 * (keys split on spaces). Terms ascending.
 *
 * Cost: per chosen phrase, its sub-phrases (a few) and its papers; `mark` is a scratch array of
 * one entry per paper.
 */
export function subsumedTerms(
  chosen: readonly number[],
  keyOf: (t: number) => string,
  papersOf: { start: Int32Array; paper: Int32Array },
  paperCount: number,
  share: number,
): number[] {
  const idOf = new Map<string, number>();
  for (const t of chosen) idOf.set(keyOf(t), t);
  // Each chosen term → the chosen longer terms that contain it.
  const longer = new Map<number, number[]>();
  for (const p of chosen) {
    const words = keyOf(p).split(' ');
    for (let from = 1; from < words.length; from++) {
      const h = idOf.get(words.slice(from).join(' '));
      if (h === undefined || h === p) continue;
      const list = longer.get(h);
      if (list === undefined) longer.set(h, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  }
  const mark = new Int32Array(paperCount).fill(-1);
  const out: number[] = [];
  for (const [h, phrases] of longer) {
    for (const p of phrases) for (let i = papersOf.start[p]; i < papersOf.start[p + 1]; i++) mark[papersOf.paper[i]] = h;
    const papers = papersOf.start[h + 1] - papersOf.start[h];
    let covered = 0;
    for (let i = papersOf.start[h]; i < papersOf.start[h + 1]; i++) if (mark[papersOf.paper[i]] === h) covered++;
    if (papers > 0 && covered >= share * papers) out.push(h);
  }
  return out.sort((a, b) => a - b);
}

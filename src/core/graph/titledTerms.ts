/**
 * The terms that at least one of their papers names in its title: `terms` filtered to those whose
 * key (stems joined by spaces) is found, as whole words in order, in the key of the title of a
 * paper that contains them (`titleKeys`: each paper's title through termKey, the function that
 * keys the vocabulary, so plurals and case match). Authors title a paper by what it is about; a
 * phrase no title of its papers uses is more often a passing one ("great deal", "wide range").
 *
 * Cost: one substring search in a short title per (term, paper containing it).
 */
export function titledTerms(
  terms: readonly number[],
  keyOf: (t: number) => string,
  papersOf: { start: Int32Array; paper: Int32Array },
  titleKeys: readonly string[],
): Set<number> {
  const padded = titleKeys.map((key) => ` ${key} `);
  const titled = new Set<number>();
  for (const t of terms) {
    const key = ` ${keyOf(t)} `;
    for (let i = papersOf.start[t]; i < papersOf.start[t + 1]; i++) {
      if (padded[papersOf.paper[i]]?.includes(key)) {
        titled.add(t);
        break;
      }
    }
  }
  return titled;
}

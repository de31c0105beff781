/**
 * Code-unit order, not locale order: the same on every machine and engine, so sorts that break
 * ties by a key or id give byte-identical maps. (localeCompare would also set up a collator per call.)
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

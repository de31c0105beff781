/**
 * "1 paper", "2 papers", "0 keywords": a count with its noun in the right number, for every
 * summary line (the command line, the overview, the SVG caption) that said "1 papers".
 */
export function countNoun(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

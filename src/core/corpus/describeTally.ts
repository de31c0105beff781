import type { CorpusTally } from '../map';

/**
 * The summary line of a read, for the command line and the app alike: "1,204 records read, 12
 * skipped (9 no abstract, 3 truncated record), 40 duplicates merged". Reasons in alphabetical
 * order, so the line is the same however the files were read.
 */
export function describeTally(tally: CorpusTally): string {
  const skipped = Object.entries(tally.skipped)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const skippedCount = skipped.reduce((sum, [, count]) => sum + count, 0);
  const parts = [`${tally.records.toLocaleString('en')} record${tally.records === 1 ? '' : 's'} read`];
  if (skippedCount > 0)
    parts.push(
      `${skippedCount.toLocaleString('en')} skipped (${skipped.map(([reason, count]) => `${count} ${reason}`).join(', ')})`,
    );
  if (tally.duplicates > 0) parts.push(`${tally.duplicates} duplicate${tally.duplicates > 1 ? 's' : ''} merged`);
  return parts.join(', ');
}

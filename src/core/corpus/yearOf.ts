/** The publication year in a year or date value: 2021, "2021", "2021-05-03", "May 2021". */
export function yearOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 10000 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /(?:^|\D)(\d{4})(?!\d)/.exec(value);
  return match ? Number(match[1]) : undefined;
}

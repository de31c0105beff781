/** The publication year in a year or date value: 2021, "2021", "2021-05-03", "May 2021". */
export function yearOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 10000 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /(?:^|\D)(\d{4})(?!\d)/.exec(value);
  return match ? Number(match[1]) : undefined;
}

/**
 * The warning for a year or date field that has a value but no year in it ("n.d.", "sometime"):
 * the paper is kept, undated. Undefined when the field is empty or gives a year.
 */
export function unreadableDate(field: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  if (yearOf(value) !== undefined) return undefined;
  return `cannot read a year in the ${field} "${String(value).slice(0, 40)}": the paper is kept without a date`;
}

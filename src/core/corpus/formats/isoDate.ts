const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A publication date as precise as the source gives it, as "YYYY", "YYYY-MM" or "YYYY-MM-DD", from
 * the ways exports write dates: "2019-05-01", "2019/05/01/" (RIS), "2019 May 1" and "2019 Spring"
 * (PubMed), "May 2019" (Web of Science), [2019, 5, 1] (CSL-JSON date parts). Undefined when there is
 * no four-digit year; a month or day out of range is dropped rather than guessed.
 */
export function isoDate(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const [year, month, day] = value.map((part) => Number(part));
    if (!Number.isInteger(year) || year <= 0 || year >= 10000) return undefined;
    return withParts(year, month, day);
  }
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 10000 ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(text);
  if (!month) {
    const numeric = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?!\d)/.exec(text);
    if (numeric) return withParts(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  }
  const year = /(?:^|\D)(\d{4})(?!\d)/.exec(text);
  if (!year) return undefined;
  if (!month) return year[1];
  // "2019 May 1" (PubMed), "May 1 2019" or "Mon, 2 Apr 2007" (arXiv): the day is next to the month;
  // a range "24-27 Sept. 2019" (IEEE Xplore's conference dates) gives its first day.
  const day =
    new RegExp(`(?:^|\\D)(\\d{1,2})\\s*[-–]\\s*\\d{1,2}\\s+${month[0]}`, 'i').exec(text) ??
    new RegExp(`${month[0]}\\.?\\s+(\\d{1,2})(?![\\d:])`, 'i').exec(text) ??
    new RegExp(`(?:^|\\D)(\\d{1,2})\\s+${month[0]}`, 'i').exec(text);
  return withParts(Number(year[1]), MONTHS[month[1].toLowerCase()], day ? Number(day[1]) : undefined);
}

function withParts(year: number, month: number | undefined, day: number | undefined): string {
  const y = String(year).padStart(4, '0');
  if (month === undefined || !Number.isInteger(month) || month < 1 || month > 12) return y;
  if (day === undefined || !Number.isInteger(day) || day < 1 || day > 31) return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

import { isoDate } from './isoDate';

/**
 * Embase's CSV "Source": "Cancer (2004) 102:4 (253-258). Date of Publication: 25 Aug 2004". The
 * journal comes before the year in parentheses; the date after "Date of Publication:".
 */
const SOURCE = /^(.+?) \((\d{4})\)(?: [\s\S]*?)?\.? Date of Publication: (.+)$/;

export interface EmbaseSource {
  venue: string;
  year: number;
  /** "2004-08-25", "2004-08" or "2004", as precise as Embase wrote it. */
  date: string;
}

/** Venue, year and date from an Embase "Source" cell; undefined for any other text. */
export function embaseSource(value: unknown): EmbaseSource | undefined {
  if (typeof value !== 'string') return undefined;
  const match = SOURCE.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[2]);
  const date = isoDate(match[3]);
  return { venue: match[1].trim(), year, date: date?.startsWith(match[2]) ? date : match[2] };
}

/**
 * The DOI in a link resolver's OpenURL query, as Embase's "Open URL Link" writes it
 * ("...&id=doi:10.1002%2Fcncr.20369&..."), or undefined.
 */
export function doiInOpenUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /[?&](?:id|rft_id)=(?:doi:|info:doi\/)(10\.[^&\s]+)/.exec(value);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

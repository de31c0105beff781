/**
 * `text` on one line, cut to `max` characters (code points, as `[...text]` counts them) with an
 * ellipsis. The one shortener: map labels, the SVG export's legend (so both cut alike) and the
 * titles quoted in the corpus readers' warnings.
 */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  // Code points never outnumber UTF-16 units: most titles need no counting.
  if (clean.length <= max) return clean;
  let points = 0;
  let cut = clean.length;
  for (let i = 0; i < clean.length; i++) {
    // The second half of a surrogate pair belongs to the code point before it.
    if (isLowSurrogate(clean.charCodeAt(i)) && i > 0 && isHighSurrogate(clean.charCodeAt(i - 1))) continue;
    if (points === max - 1) cut = i;
    points++;
    if (points > max) return `${clean.slice(0, cut).trimEnd()}…`;
  }
  return clean;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

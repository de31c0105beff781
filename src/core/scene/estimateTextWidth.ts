// Wide glyphs (CJK, Hangul, full-width forms) take about one em; Latin text about 0.55 em.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Width in pixels of `text` in the app's sans-serif font, estimated without a DOM so the same
 * label thinning runs for the canvas, the SVG export and in tests. It errs a little wide, so
 * labels that pass the collision test do not touch.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) ems += 1;
    else if (ch === ' ') ems += 0.28;
    else if (/[il.,:;'|!]/.test(ch)) ems += 0.3;
    else if (/[mwMW@]/.test(ch)) ems += 0.85;
    else if (/[A-Z]/.test(ch)) ems += 0.66;
    else ems += 0.55;
  }
  return ems * fontSize * (bold ? 1.07 : 1);
}

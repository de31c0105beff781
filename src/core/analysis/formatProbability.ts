const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * A p- or q-value from its log10, in one style for the app and `npm run gaps`: two significant
 * digits as a decimal down to 0.001 ("0.84", "0.050", "0.0012"), below that as a power of ten
 * ("8.6 × 10⁻²⁷", exact to 1e-4000), with no-break spaces so that it never wraps inside.
 */
export function formatProbability(log10P: number): string {
  if (log10P === -Infinity) return '0';
  if (Number.isNaN(log10P)) return '–';
  let exponent = Math.floor(log10P);
  let mantissa = Math.round(10 ** (log10P - exponent) * 10) / 10;
  if (mantissa >= 10) {
    mantissa = 1;
    exponent++;
  }
  if (exponent >= 0) return '1';
  if (exponent >= -3) return (mantissa * 10 ** exponent).toFixed(1 - exponent);
  const power = String(exponent)
    .split('')
    .map((c) => SUPERSCRIPT[c])
    .join('');
  return `${mantissa.toFixed(1)}\u00a0×\u00a010${power}`;
}

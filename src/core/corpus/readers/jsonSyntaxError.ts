import { jsonErrorOffset } from './jsonErrorOffset';

/**
 * Where and why JSON.parse failed on `text`, in words fit for a message. Engines word this
 * differently: V8 says "... in JSON at position 19" (but gives no position for "Unexpected
 * token"), Firefox "... at line 3 column 5 of the JSON data", Safari neither; when the message
 * holds no position, a small validator finds it.
 */
export function jsonSyntaxError(error: unknown, text: string): { offset: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /\bposition (\d+)/.exec(message);
  const found = position ? Number(position[1]) : jsonErrorOffset(text);
  const offset = found < 0 ? text.length : Math.min(found, text.length);
  const reason = message
    .replace(/^JSON\.parse: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?".*is not valid JSON$/s, '')
    .trim();
  if (offset >= text.length && /end of (?:JSON )?(?:input|data)/i.test(reason)) {
    return { offset, reason: 'unexpected end of the JSON text' };
  }
  return { offset, reason: afterTrailingComma(text, offset) ? `${reason} (JSON allows no comma before it)` : reason };
}

/** True when the character at `offset` closes an array or object right after a comma. */
function afterTrailingComma(text: string, offset: number): boolean {
  if (text[offset] !== ']' && text[offset] !== '}') return false;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',';
}

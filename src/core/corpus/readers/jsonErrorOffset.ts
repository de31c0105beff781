const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Offset of the first JSON syntax error in `text`, or -1 when it is valid JSON. Only used after
 * JSON.parse has failed without saying where (V8 omits the position for "Unexpected token",
 * the most common mistake: a trailing comma), so messages can still name the line. Iterative, so
 * deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  const stack: ('[' | '{')[] = [];
  let i = skipSpace(text, 0);
  for (;;) {
    // A value starts at i.
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i = skipSpace(text, i + 1);
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else if (c === '{') {
        const afterKey = keyEnd(text, i);
        if (afterKey < 0) return -afterKey - 1;
        i = afterKey;
        continue;
      } else continue;
    } else if (c === '"') {
      const end = stringEnd(text, i + 1);
      if (end < 0) return -end - 1;
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else return i;

    // After a value: close containers or move to the next value.
    for (;;) {
      i = skipSpace(text, i);
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (text[i] === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ',') return i;
      i = skipSpace(text, i + 1);
      if (top === '{') {
        const afterKey = keyEnd(text, i);
        if (afterKey < 0) return -afterKey - 1;
        i = afterKey;
      }
      break;
    }
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** Reads `"key" :` at i; returns the offset of the value, or -(error offset) - 1. */
function keyEnd(text: string, i: number): number {
  if (text[i] !== '"') return -i - 1;
  const end = stringEnd(text, i + 1);
  if (end < 0) return end;
  const colon = skipSpace(text, end);
  if (text[colon] !== ':') return -colon - 1;
  return skipSpace(text, colon + 1);
}

/**
 * The offset after the closing quote of a string whose body starts at `i`, or -(error offset) - 1.
 * A loop, not a regex: a regex with a repeated alternation backtracks per character and can
 * overflow on a megabyte-long abstract.
 */
function stringEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c) {
      const escaped = text[i + 1];
      if (escaped === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -i - 1;
        i += 6;
      } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) i += 2;
      else return -i - 1;
    } else i++;
  }
  return -text.length - 1;
}

import { describe, expect, it } from 'vitest';
import { findControlCharacter, showControlCharacters } from '../../../src/core/util';

describe('findControlCharacter', () => {
  it('names the first control character, or null', () => {
    expect(findControlCharacter('p1\u0001')).toBe('U+0001');
    expect(findControlCharacter('a\tb')).toBe('U+0009');
    expect(findControlCharacter('x\u009fy\u0001')).toBe('U+009F');
    expect(findControlCharacter('\udc00 lone low')).toBe('U+DC00');
    expect(findControlCharacter('\uffff')).toBe('U+FFFF');
    expect(findControlCharacter('plain id, 基于, 🧪')).toBeNull();
  });

  it('writes control characters as \\u escapes for messages', () => {
    expect(showControlCharacters('p1\u0001\u001b[2J')).toBe('p1\\u0001\\u001B[2J');
    expect(showControlCharacters('🧪 ok')).toBe('🧪 ok');
  });
});

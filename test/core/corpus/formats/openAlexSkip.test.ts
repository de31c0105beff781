import { describe, expect, it } from 'vitest';
import { BAIL, parseOpenAlexLine, Scanner } from '../../../../src/core/corpus/formats/openAlexScan';

/*
 * Scanner.skip passes over the values the OpenAlex reader does not read (nine tenths of a work)
 * without building them. Its promise: it accepts exactly the JSON values JSON.parse accepts, ends
 * where the value ends, and on anything else throws BAIL (so the caller parses the text in full
 * and JSON.parse names what is wrong). Checked on random values, spaced and damaged.
 */

/** Where skip ends for the value at 0, or 'bail'. */
function skipEnd(text: string): number | 'bail' {
  const scan = new Scanner(text);
  try {
    scan.space();
    scan.skip();
    return scan.i;
  } catch (error) {
    expect(error).toBe(BAIL);
    return 'bail';
  }
}

/** Whether JSON.parse reads `text` as one value (blanks around it allowed). */
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function generator(seed: number) {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const strings = [
    '',
    'a',
    'https://openalex.org/W1',
    'x]y}z',
    'q\\"uote',
    'back\\\\slash',
    'u\\u00e9',
    'tab\\t',
    '{\\"k\\":[1]}',
    'ümlaut',
  ];
  const numbers = ['0', '-0', '12', '-3.25', '1e5', '2.5E-3', '1E+2', '0.0'];
  const literals = ['true', 'false', 'null'];
  /** A random JSON value as text, with blanks where `spaced`. */
  const value = (depth: number, spaced: boolean): string => {
    const blank = (): string => (spaced ? [' ', '', '\n', '\t ', '\r\n'][next(5)] : '');
    const kind = depth > 4 ? next(3) : next(5);
    if (kind === 0) return `"${strings[next(strings.length)]}"`;
    if (kind === 1) return numbers[next(numbers.length)];
    if (kind === 2) return literals[next(literals.length)];
    const n = next(4);
    const items = Array.from({ length: n }, () =>
      kind === 3
        ? `${blank()}${value(depth + 1, spaced)}${blank()}`
        : `${blank()}"${strings[next(strings.length)]}"${blank()}:${blank()}${value(depth + 1, spaced)}${blank()}`,
    );
    return kind === 3 ? `[${items.join(',') || blank()}]` : `{${items.join(',') || blank()}}`;
  };
  return { next, value };
}

describe('Scanner.skip: a value passed over, checked as JSON.parse checks it', () => {
  it('ends where each random value ends, compact or spaced', () => {
    const { next, value } = generator(3);
    for (let k = 0; k < 3000; k++) {
      const text = value(0, k % 2 === 1);
      expect(parses(text), text).toBe(true);
      expect(skipEnd(text), text).toBe(text.length);
      // What follows the value is not read: it ends before it.
      expect(skipEnd(`${text},"next":1`), text).toBe(text.length);
      if (next(4) === 0) expect(skipEnd(`${text}]`), text).toBe(text.length);
    }
  });

  it('refuses every damaged value JSON.parse refuses, and ends right on the rest', () => {
    const { next, value } = generator(5);
    const damage = [
      '',
      '"',
      '\\',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '0',
      '-',
      '.',
      'e',
      '+',
      '\t',
      ' ',
      'n',
      't',
      'f',
      '\u0000',
      '\u001f',
      'x',
    ];
    let refused = 0;
    for (let k = 0; k < 6000; k++) {
      const text = value(0, k % 3 === 0);
      const at = next(text.length + 1);
      const damaged = text.slice(0, at) + damage[next(damage.length)] + text.slice(at + next(3));
      // Followed by a character nothing may hold, so that no value runs on past the damaged text.
      const end = skipEnd(`${damaged}\u0001`);
      if (parses(damaged)) {
        if (end !== 'bail') expect(end, damaged).toBe(damaged.trimEnd().length);
      } else {
        refused++;
        // Anything JSON.parse refuses: refused, or ended early on a value followed by more text
        // (the caller then finds no `,` or `}` there and gives the line to JSON.parse).
        if (end !== 'bail') {
          expect(end, damaged).toBeLessThan(damaged.length);
          expect(parses(damaged.slice(0, end)), damaged).toBe(true);
        }
      }
    }
    expect(refused).toBeGreaterThan(2000);
  });

  it('refuses hostile skipped values', () => {
    const cases: Record<string, string> = {
      'an unterminated string': '{"a":"open',
      'an unterminated string before a bracket': '["open ]}',
      'a string ended by an escaped quote only': '["open\\"]',
      'a raw line break in a string': '["a\nb"]',
      'a raw tab in a key': '{"a\tb":1}',
      'a control character in a string': '["a\u0001b"]',
      'a bad escape': '["a\\xb"]',
      'a short unicode escape': '["a\\u12"]',
      'a truncated unicode escape at the end': '["a\\u1',
      'a truncated document': '{"a":[1,[2,[3',
      'a truncated literal': '[tru',
      'a misspelt literal': '[nul]',
      'a capital literal': '[True]',
      'a leading zero': '[01]',
      'a bare minus': '[-]',
      'a dot without digits': '[1.]',
      'an exponent without digits': '[1e]',
      'a plus sign': '[+1]',
      'a trailing comma in a list': '[1,]',
      'a trailing comma in an object': '{"a":1,}',
      'a missing comma': '[1 2]',
      'a missing colon': '{"a" 1}',
      'a key that is not a string': '{a:1}',
      'a number as key': '{1:1}',
      'a list closed by a brace': '[1}',
      'an object closed by a bracket': '{"a":1]',
      'nested, closed wrong': '[[1],{"a":[2}]]',
      'a value where a key goes': '{"a":1,2}',
      'two values in an object slot': '{"a":1 "b"}',
      nothing: '',
    };
    for (const [name, text] of Object.entries(cases)) {
      expect(parses(text), name).toBe(false);
      const end = skipEnd(text);
      if (end !== 'bail') expect(end, name).toBeLessThan(text.length);
    }
  });

  it('passes over quotes, brackets and backslashes inside strings', () => {
    const cases = [
      '["a\\"]", "b"]',
      '{"k\\"ey":"v}al\\\\"}',
      '[["]"],[["[", "{"]]]',
      '{"a":{"b":{"c":["\\\\\\"",{}]}}}',
      '["\\u005d\\/\\b\\f\\n\\r\\t"]',
      '[[], {}, [[]], [{}], {"a": []}]',
      `${'['.repeat(30)}${']'.repeat(30)}`,
    ];
    for (const text of cases) {
      expect(parses(text), text).toBe(true);
      expect(skipEnd(text), text).toBe(text.length);
    }
    // Deeper than 30 levels is left to JSON.parse, which reads it.
    expect(skipEnd(`${'['.repeat(31)}1${']'.repeat(31)}`)).toBe('bail');
  });

  it('leaves a work whose skipped field is broken to JSON.parse', () => {
    const work =
      '{"id":"https://openalex.org/W1","title":"T","referenced_works":["https://openalex.org/W2"],"abstract_inverted_index":{"a":[0]}}';
    expect(parseOpenAlexLine(work)).toBeDefined();
    for (const broken of [
      work.replace('W2"]', 'W2]'),
      work.replace('W2"]', 'W2\\"]'),
      work.replace('["https', '[["https'),
      work.replace('W2"]', 'W2"]]'),
      work.replace('"referenced_works":', '"referenced_works" '),
      work.slice(0, work.indexOf('W2') + 2),
    ]) {
      expect(parses(broken), broken).toBe(false);
      expect(parseOpenAlexLine(broken), broken).toBeUndefined();
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusError, CorpusParser, parseCorpus } from '../../../src/core/corpus';
import type { ParsedCorpus } from '../../../src/core/map';
import { seededRandom } from '../../../src/core/util';

/**
 * Fuzzing every reader with a seeded generator (the same cases on every run, so a failure can be
 * replayed): each fixture of every format, mutated (ranges cut, repeated or moved, hostile
 * characters inserted, the file cut short), plus arbitrary bytes under each format's file name.
 * What must hold for every case:
 *   - the outcome is papers or a CorpusError, never another exception (a crash);
 *   - an error names the file first (`name: …` or `name:LINE: …`), with a line inside the file;
 *   - papers are never silently partial: each has a title, an abstract and a unique id;
 *   - the text fed in random pieces (as a file streams in) gives the same outcome as in one piece.
 * Hangs show as the test's time-out.
 */

const DIRS = ['corpus', 'exports'].map((d) => new URL(`../../fixtures/${d}/`, import.meta.url));
const FIXTURES = DIRS.flatMap((dir) =>
  readdirSync(dir).map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') })),
);

// Characters that break parsers: quotes, braces, separators, line ends, NUL and other controls,
// a BOM, surrogate halves, tags and record markers of the tagged formats.
const HOSTILE = [
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\0',
  '\u0001',
  '\ufeff',
  '\ud800',
  '\udc00',
  '<entry>',
  '</entry>',
  'ER  - ',
  'TY  - JOUR',
  'PMID- 1',
  'AB  - ',
  'ER',
  'EF',
  '@article{',
  '\\',
  '\u202e',
  'é',
  '中文',
  '"abstract":',
  'title,abstract\n',
];

type Outcome = { error: string } | { papers: string };

function outcome(run: () => ParsedCorpus, name: string, text: string): Outcome {
  try {
    const parsed = run();
    const ids = new Set<string>();
    for (const p of parsed.papers) {
      expect(p.title.trim(), `${name}: a paper without a title`).not.toBe('');
      expect(p.abstract.trim(), `${name}: a paper without an abstract`).not.toBe('');
      expect(ids.has(p.id), `${name}: duplicate id ${p.id}`).toBe(false);
      ids.add(p.id);
    }
    return { papers: JSON.stringify(parsed.papers) };
  } catch (error) {
    if (!(error instanceof CorpusError))
      throw new Error(`${name}: crashed with ${String(error)}\n--- input ---\n${text.slice(0, 500)}`);
    expect(error.message.startsWith(`${name}:`), `${name}: the message names the file: ${error.message}`).toBe(true);
    if (error.line !== undefined) {
      const lines = text.split(/\r\n|\r|\n/).length;
      expect(error.line, `${name}: line ${error.line} of ${lines}`).toBeGreaterThanOrEqual(1);
      expect(error.line).toBeLessThanOrEqual(lines + 1);
    }
    return { error: error.message };
  }
}

function inPieces(text: string, name: string, random: () => number): ParsedCorpus {
  const parser = new CorpusParser({ fileName: name });
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(random() * random() * 4096);
    parser.push(text.slice(at, at + size));
    at += size;
  }
  return parser.end();
}

function mutate(text: string, random: () => number): string {
  let out = text;
  const steps = 1 + Math.floor(random() * 4);
  for (let s = 0; s < steps; s++) {
    const at = Math.floor(random() * (out.length + 1));
    const len = Math.floor(random() * Math.min(200, out.length - at + 1));
    switch (Math.floor(random() * 5)) {
      case 0: // cut a range
        out = out.slice(0, at) + out.slice(at + len);
        break;
      case 1: // repeat a range (duplicate records, doubled tags)
        out = out.slice(0, at + len) + out.slice(at, at + len) + out.slice(at + len);
        break;
      case 2: // insert hostile characters
        out = out.slice(0, at) + HOSTILE[Math.floor(random() * HOSTILE.length)] + out.slice(at);
        break;
      case 3: // the file ends early
        out = out.slice(0, at);
        break;
      default: {
        // move a range elsewhere
        const piece = out.slice(at, at + len);
        const rest = out.slice(0, at) + out.slice(at + len);
        const to = Math.floor(random() * (rest.length + 1));
        out = rest.slice(0, to) + piece + rest.slice(to);
      }
    }
  }
  return out;
}

function check(name: string, text: string, random: () => number): void {
  const whole = outcome(() => parseCorpus(text, { fileName: name }), name, text);
  const pieces = outcome(() => inPieces(text, name, random), name, text);
  expect(pieces, `${name}: in pieces as in one piece\n--- input ---\n${text.slice(0, 300)}`).toEqual(whole);
}

describe('fuzzing the corpus readers (seeded)', () => {
  it.each(FIXTURES.map((f) => [f.name, f]))(
    '%s: mutated copies give papers or an error naming the file and line',
    (_, fixture) => {
      const random = seededRandom(fixture.name.length * 7919 + fixture.text.length);
      const CASES = 150;
      for (let i = 0; i < CASES; i++) check(fixture.name, mutate(fixture.text, random), random);
    },
  );

  it('arbitrary bytes under every format name give papers or an error naming the file', () => {
    const random = seededRandom(2026);
    const names = [...new Set(FIXTURES.map((f) => f.name.replace(/^.*\./, 'fuzz.')))];
    let cases = 0;
    for (const name of names) {
      for (let i = 0; i < 150; i++) {
        const bytes = Uint8Array.from({ length: Math.floor(random() * 600) }, () => Math.floor(random() * 256));
        // As read with the right and the wrong encoding: UTF-8 with replacement characters, and Latin-1.
        check(name, new TextDecoder('utf-8').decode(bytes), random);
        check(name, new TextDecoder('latin1').decode(bytes), random);
        cases += 2;
      }
    }
    expect(cases).toBeGreaterThan(2000);
  });
});

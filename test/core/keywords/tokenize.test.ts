import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_WORD_LENGTH, tokenize } from '../../../src/core/keywords/tokenize';

describe('tokenize', () => {
  it('keeps hyphenated terms as one token, but not a dash between words', () => {
    expect(tokenize('mixture-of-experts and state-of-the-art - well -- done')).toEqual([
      'mixture-of-experts',
      'and',
      'state-of-the-art',
      '-',
      'well',
      '-',
      '-',
      'done',
    ]);
  });

  it('keeps acronyms, mixed case and numbers with letters whole', () => {
    expect(tokenize('KV cache, LoRA, 3D scenes, GPT-4o, RWKV-7 and int4.')).toEqual([
      'KV',
      'cache',
      ',',
      'LoRA',
      ',',
      '3D',
      'scenes',
      ',',
      'GPT-4o',
      ',',
      'RWKV-7',
      'and',
      'int4',
      '.',
    ]);
  });

  it('keeps decimal numbers and thousands separators, and ends a sentence on its full stop', () => {
    expect(tokenize('5.7T tokens, 1,000 papers and 3.5.')).toEqual(['5.7T', 'tokens', ',', '1,000', 'papers', 'and', '3.5', '.']);
  });

  it("splits a possessive 's off its noun and keeps other apostrophes inside words", () => {
    expect(tokenize("the ship's course, the agents' loss, don't")).toEqual([
      'the',
      'ship',
      "'s",
      'course',
      ',',
      'the',
      'agents',
      "'",
      'loss',
      ',',
      "don't",
    ]);
    expect(tokenize('Ship\u2019s')).toEqual(['Ship', '\u2019s']);
  });

  it('reads letters of any script, with accents', () => {
    expect(tokenize('Schrödinger naïve α-helix Gödel')).toEqual(['Schrödinger', 'naïve', 'α-helix', 'Gödel']);
  });

  it('makes every other symbol its own token', () => {
    expect(tokenize('(MoE) 3B/16B $x$')).toEqual(['(', 'MoE', ')', '3B', '/', '16B', '$', 'x', '$']);
    expect(tokenize('e.g. this')).toEqual(['e', '.', 'g', '.', 'this']);
  });

  it('keeps a programming language named with a symbol whole: "C++", "C#", "g++", "C++11"', () => {
    expect(tokenize('Written in C++, with C# and F#; g++ and C++11.')).toEqual([
      'Written',
      'in',
      'C++',
      ',',
      'with',
      'C#',
      'and',
      'F#',
      ';',
      'g++',
      'and',
      'C++11',
      '.',
    ]);
    // Only a single letter so written, and only where the name ends: sums and longer words split.
    expect(tokenize('A+B C+ ABC++ C+++ C++x c# C## n++1')).toEqual(
      'A + B C + ABC + + C + + + C + + x c # C # # n + + 1'.split(' '),
    );
    expect(tokenize('Ünïcode C++ – C#')).toEqual(['Ünïcode', 'C++', '–', 'C#']);
  });

  it('keeps a name written with a capital and "*" whole: "A*", "Q*", "A*-PO"', () => {
    const text = 'We propose A*-PO; A* search and Q* work.';
    expect(tokenize(text)).toEqual(['We', 'propose', 'A*-PO', ';', 'A*', 'search', 'and', 'Q*', 'work', '.']);
    expect(tokenize(`Ünïcode ${text}`)).toEqual(['Ünïcode', ...tokenize(text)]);
    // Not after a longer word, nor before a letter, nor a lower-case variable ("x*", optimal x).
    expect(tokenize('RA* A*b A** x*')).toEqual('RA * A * b A * * x *'.split(' '));
  });

  it('returns nothing for blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  \n\t ')).toEqual([]);
  });
});

describe('tokenize: addresses', () => {
  it('turns web and e-mail addresses into a phrase boundary, not words', () => {
    expect(tokenize('Code at https://github.com/a/b-c and www.x.org/y, mail me@lab.edu now')).toEqual([
      'Code',
      'at',
      ';',
      'and',
      ';',
      ',',
      'mail',
      ';',
      'now',
    ]);
  });
  it('turns a word longer than MAX_WORD_LENGTH into a boundary, so stemming and tagging never see it', () => {
    const long = 'b'.repeat(MAX_WORD_LENGTH + 1);
    expect(tokenize(`graph ${long} networks`)).toEqual(['graph', ';', 'networks']);
    expect(tokenize(`graph ${'b'.repeat(MAX_WORD_LENGTH)}`)).toEqual(['graph', 'b'.repeat(MAX_WORD_LENGTH)]);
    expect(tokenize(`x@y.org ${'a-'.repeat(100)}a`)).toEqual([';', ';']);
  });

  it('finds the same addresses when a run of address characters precedes the "@"', () => {
    expect(tokenize('mail a.b-c@d.org or x@y@z.org, see www.x.org.')).toEqual([
      'mail',
      ';',
      'or',
      'x',
      '@',
      ';',
      ',',
      'see',
      ';',
      '.',
    ]);
  });
});

describe('tokenize: ASCII text read without the Unicode classes gives the same tokens', () => {
  // A text with a non-ASCII letter after a space is read by the Unicode pattern; that letter is a
  // token of its own at the end, so the tokens before it are the Unicode pattern's for the text.
  const viaUnicode = (text: string) => tokenize(`${text} \u00e9`).slice(0, -1);

  it("on random ASCII text rich in joiners (- _ . , ' digits) and on every ASCII character", () => {
    const alphabet = "aZ09-_.,'s @:/ \t\n!?;()[]x+#C";
    let seed = 11;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    const texts = [
      String.fromCharCode(...Array.from({ length: 128 }, (_, c) => c)),
      "ship's 5.7T 1,000 don't -x- a_b",
      'see https://x.org/a. or a@b.cd',
    ];
    for (let k = 0; k < 3000; k++)
      texts.push(Array.from({ length: next() % 30 }, () => alphabet[next() % alphabet.length]).join(''));
    for (const text of texts) expect(tokenize(text), JSON.stringify(text)).toEqual(viaUnicode(text));
  });

  it('on the real abstracts of the eval corpora', () => {
    const file = new URL('../../../../shared/eval/inspec-dev.jsonl', import.meta.url);
    const abstracts = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { abstract: string }).abstract);
    expect(abstracts.length).toBe(500);
    for (const text of abstracts) expect(tokenize(text)).toEqual(viaUnicode(text));
  });

  it('reads an ASCII text cut from a two-byte string as the same text one-byte', () => {
    const text = "Mixture-of-experts (MoE) models' 5.7T tokens, don't scale.";
    const cut = `\u2264${text}\u2265`.slice(1, -1);
    expect(tokenize(cut)).toEqual(tokenize(text));
    expect(tokenize(cut)).toEqual(viaUnicode(text));
  });
});

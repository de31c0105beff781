import { describe, expect, it } from 'vitest';
import { tagTokens, tokenTagEntry } from '../../../src/core/keywords/tagTokens';
import { tokenize } from '../../../src/core/keywords/tokenize';

function tag(text: string): string[] {
  const tokens = tokenize(text);
  return tagTokens(tokens).map((t, i) => `${tokens[i]}/${t}`);
}

describe('tagTokens', () => {
  it('gives one tag per token, and a tag even to tokens that name Object.prototype members', () => {
    const tags = tagTokens(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(tags).toHaveLength(4);
    for (const t of tags) expect(t).toMatch(/^NNP?$/);
  });

  it('does not let suffix rules retag words the lexicon knows', () => {
    expect(tag('anomaly detection and signal processing')).toEqual([
      'anomaly/NN',
      'detection/NN',
      'and/CC',
      'signal/NN',
      'processing/NN',
    ]);
  });

  it('tags numbers with letters as nouns and plain numbers as cardinals', () => {
    expect(tag('3D scenes from 12 views')).toEqual(['3D/NN', 'scenes/NNS', 'from/IN', '12/CD', 'views/NNS']);
  });

  it('makes a gerund after a noun or adjective a noun when it can be one', () => {
    expect(tag('data mining')[1]).toBe('mining/NN');
    expect(tag('deep learning')[1]).toBe('learning/NN');
  });

  it('keeps verbs after pronouns and "to" as verbs', () => {
    expect(tag('we design circuits')[1]).toMatch(/^design\/VB/);
    expect(tag('to support learning')[1]).toMatch(/^support\/VB/);
  });

  it('reads a plural after a noun phrase that takes an object as a verb', () => {
    expect(tag('int4 quantization cuts memory')[2]).toBe('cuts/VBZ');
    expect(tag('AutoMixQ leverages lightweight models')[1]).toBe('leverages/VBZ');
    expect(tag('the model uses such methods')[2]).toBe('uses/VBZ');
  });

  it('reads a plural before "such as" as a noun', () => {
    expect(tag('adaptive optimizers such as Adam').slice(0, 2)).toEqual(['adaptive/JJ', 'optimizers/NNS']);
  });

  it("guesses unknown words from a hyphenated word's last part or an adjective ending", () => {
    expect(tag('nearly-linear time')[0]).toBe('nearly-linear/JJ');
    expect(tag('the mixture-of-experts layer')[1]).toBe('mixture-of-experts/NNS');
    expect(tag('optimization infeasible')[1]).toBe('infeasible/JJ');
    expect(tag('Zorblax')[0]).toBe('Zorblax/NNP');
    // A capital that starts a sentence or a title does not make an adjective a name.
    expect(tag('Adaptive optimizers such as Adam').slice(0, 2)).toEqual(['Adaptive/JJ', 'optimizers/NNS']);
    expect(tag('Scalable Zorblax inference')[0]).toBe('Scalable/JJ');
    // A short stem may be a name ("Hive", the data warehouse).
    expect(tag('Hive queries')[0]).toBe('Hive/NNP');
    expect(tag('zorblax')[0]).toBe('zorblax/NN');
  });

  it('applies the rules by context, also to a word already tagged in another context', () => {
    // natural's rules "VB NN PREV-TAG DT" and "NN VB PREV-WORD-IS would": the outcome is cached
    // per word and context, so the second context must not reuse the first one's tag.
    expect(tagTokens(['the', 'train', 'would', 'train', 'it'])).toEqual(['DT', 'NN', 'MD', 'VB', 'PRP']);
    expect(tagTokens(['they', 'would', 'train', 'the', 'train'])).toEqual(['PRP', 'MD', 'VB', 'DT', 'NN']);
  });

  it('tags the same with entries the caller keeps (tokenTagEntry) as without', () => {
    const tokens = tokenize(
      'We would process the process. A call to support direct support, and int4 quantization cuts memory; the train would train 3D models.',
    );
    expect(tagTokens(tokens, tokens.map(tokenTagEntry))).toEqual(tagTokens(tokens));
  });
});

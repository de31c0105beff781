import { describe, expect, it } from 'vitest';
import { extractCandidates, MAX_CANDIDATE_WORDS } from '../../../src/core/keywords/extractCandidates';
import { STOPWORDS } from '../../../src/core/keywords/stopwords';
import { tagTokens } from '../../../src/core/keywords/tagTokens';
import { tokenize } from '../../../src/core/keywords/tokenize';

function phrases(text: string): string[] {
  const tokens = tokenize(text);
  return extractCandidates(tokens, tagTokens(tokens)).map(({ start, end }) => tokens.slice(start, end).join(' '));
}

describe('extractCandidates', () => {
  it('finds maximal runs of adjectives and nouns that end in a noun', () => {
    // Hand-given tags, so the test is about extraction alone.
    const tokens = ['fast', 'sparse', 'matrix', 'multiplication', 'is', 'very', 'efficient', 'and', 'robust', 'kernels'];
    const tags = ['JJ', 'JJ', 'NN', 'NN', 'VBZ', 'RB', 'JJ', 'CC', 'JJ', 'NNS'];
    expect(extractCandidates(tokens, tags)).toEqual([
      { start: 0, end: 4 },
      { start: 8, end: 10 },
    ]);
  });

  it('drops trailing adjectives so a phrase always ends in a noun', () => {
    const tokens = ['graph', 'theoretic', '.'];
    expect(extractCandidates(tokens, ['NN', 'JJ', '.'])).toEqual([{ start: 0, end: 1 }]);
    expect(extractCandidates(['optimal'], ['JJ'])).toEqual([]);
  });

  it('never spans punctuation', () => {
    const found = phrases('Neural networks, decision trees (random forests) and support vector machines; kernels.');
    expect(found).toEqual(['Neural networks', 'decision trees', 'random forests', 'support vector machines', 'kernels']);
    for (const p of found) expect(p).not.toMatch(/[,;().]/);
  });

  it('takes no letters of an abbreviation for a word: "Ph.D.", "M.Sc."', () => {
    // "Ph" of CACM's "a Ph.D. computer science program" was a node and named a cluster.
    expect(phrases('Linguistics in a Ph.D. computer science program. An M.Sc. thesis on compilers.')).toEqual([
      'Linguistics',
      'computer science program',
      'thesis',
      'compilers',
    ]);
    // A short name before a sentence's full stop is still a word.
    expect(phrases('Agents for RL. RL agents learn.')).toEqual(['Agents', 'RL', 'RL agents']);
  });

  it('never starts or ends with a stopword, and never holds one', () => {
    const found = phrases(
      'We propose a novel approach to the optimal transport of the images. The proposed method improves the results of the state of the art.',
    );
    expect(found).toContain('optimal transport');
    expect(found).toContain('images');
    for (const p of found) {
      for (const word of p.split(' ')) expect(STOPWORDS.has(word.toLowerCase())).toBe(false);
    }
  });

  it('never holds a contraction, which tokenize keeps whole', () => {
    // Inspec train's map had the node "they're".
    const found = phrases("Vendors say they're ready; we've seen users' needs, and O'Brien's law isn't met. They’re right.");
    expect(found.filter((p) => /['\u2019](?:re|ve)|n't/.test(p))).toEqual([]);
    expect(found).toContain("O'Brien 's law");
  });

  it('keeps acronyms, hyphenated terms and numbers with letters', () => {
    const found = phrases('LoRA reduces the KV cache of mixture-of-experts models for 3D scenes with RWKV-7.');
    expect(found).toEqual(expect.arrayContaining(['LoRA', 'KV cache', 'mixture-of-experts models', '3D scenes', 'RWKV-7']));
  });

  it('treats past participles as modifiers and gerunds after nouns as heads', () => {
    expect(phrases('distributed systems for data mining')).toEqual(['distributed systems', 'data mining']);
  });

  it("does not join a common noun's possessive with its noun", () => {
    expect(phrases("the ship's trajectory")).toEqual(['ship', 'trajectory']);
  });

  it("joins an eponym: a name, its 's and one noun", () => {
    expect(phrases("Patients with Crohn's disease or Kaposi\u2019s sarcoma.")).toEqual([
      'Patients',
      "Crohn 's disease",
      'Kaposi \u2019s sarcoma',
    ]);
    expect(phrases("We apply Newton's iterator to Lagrange's equations, and Moore's law holds.")).toEqual([
      "Newton 's iterator",
      "Lagrange 's equations",
      "Moore 's law",
    ]);
    // Modifiers before the name stay in the run.
    expect(phrases("idiopathic Parkinson's disease")).toEqual(["idiopathic Parkinson 's disease"]);
  });

  it('splits a possessive before a longer phrase: the owner, then the topic', () => {
    expect(phrases("TCP's congestion control and Google's search engine")).toEqual([
      'TCP',
      'congestion control',
      'Google',
      'search engine',
    ]);
    expect(phrases("Crohn's disease patients")).toEqual(['Crohn', 'disease patients']);
    // The last word of a longer name: a method's property, not an eponym.
    expect(phrases("the Input Convex Neural Network's flexibility")).toEqual(['Input Convex Neural Network']);
    // Nothing after the possessive, or a verb: the name alone.
    expect(phrases("We used Fisher's.")).toEqual(['Fisher']);
    expect(phrases("Kaposi's is rare")).toEqual(['Kaposi']);
  });

  it('drops a lone generic noun but keeps it as the head of a phrase', () => {
    expect(phrases('The problem is hard.')).toEqual([]);
    expect(phrases('The scheduling problem is hard.')).toEqual(['scheduling problem']);
  });

  it("drops a Greek letter's name alone (a formula's symbol) but keeps it in a phrase", () => {
    expect(phrases('The regret is Omega (T) in the worst case.')).toEqual(['regret']);
    expect(phrases('The gamma camera is old.')).toEqual(['gamma camera']);
    // Other casings are measures and acronyms: "pHi" (intramucosal pH), "PI" (principal investigator).
    expect(phrases('The pHi fell.')).toContain('pHi');
    expect(phrases('the PI of the trial')).toContain('PI');
  });

  it('drops the units of a measurement, after its number, from the candidates', () => {
    // "mm Hg" and "cm H2O" were nodes of the medical set's map.
    expect(phrases('Systolic pressure fell by 20 mm Hg in treated patients.')).toEqual(['Systolic pressure', 'treated patients']);
    expect(phrases('Blood pressure was 148/84 mm Hg.')).toEqual(['Blood pressure']);
    expect(phrases('They took 120 mg aspirin daily.')).toEqual(['aspirin']);
    expect(phrases('a dose of 2 mg/kg ketamine')).toEqual(['dose', 'ketamine']);
    // Not after a number, a symbol is a word like any other ("GB" as a country's code, "Hg" as mercury).
    expect(phrases('Hg exposure in GB.')).toEqual(['Hg exposure', 'GB']);
  });

  it('takes a factor ("4.72x", and "2times" whose LaTeX lost its backslash) for a number, not a word', () => {
    // The trending-papers page writes "$\sim\!2\times$" as "sim!2times".
    expect(phrases('Muon achieves sim!2times computational efficiency.')).toContain('computational efficiency');
    expect(phrases('up to 7.46times inference acceleration')).toEqual(['inference acceleration']);
    expect(phrases('a 4.72x speedup and 8X total compression')).toEqual(['speedup', 'total compression']);
    // A LaTeX relation that lost its backslash is markup too.
    expect(phrases('weights of geq 2-bit uniform quantization')).toEqual(['weights', '2-bit uniform quantization']);
    // Not a factor: a model's size ("Mixtral 8x7B") and a hexadecimal number.
    expect(phrases('Mixtral 8x7B reads 0x1F.')).toEqual(['Mixtral 8x7B', '0x1F']);
    // A word that merely ends in "times" is still one.
    expect(phrases('Runtimes and lifetimes grew.')).toEqual(['Runtimes', 'lifetimes']);
  });

  it('drops an author cited by name ("Choi et al.") and a month alone', () => {
    // Inspec dev's map had the nodes "Choi", "Dietz" and "September".
    expect(phrases('the PH representation map proposed by Choi et al. (2002)')).toEqual(['PH representation map']);
    expect(phrases('curves given by Dietz et al (1993)')).toEqual(['curves']);
    expect(phrases('Last September, we met. The September elections changed it.')).toEqual(['September elections']);
    // Elsewhere a name is a candidate like any other.
    expect(phrases('Choi studied the Dietz curves.')).toEqual(['Choi', 'Dietz curves']);
  });

  it('keeps "none" out, and "following" alone (a preposition the tagger takes for a noun)', () => {
    // The medical set's map had the nodes "none" (43 papers) and "following" (11).
    expect(phrases('None of the patients had pain.')).toEqual(['patients', 'pain']);
    expect(phrases('Doses are given in the following.')).toEqual(['Doses']);
    expect(phrases('instruction following of language models')).toEqual(['instruction following', 'language models']);
  });

  it('keeps the last words of an over-long run', () => {
    const tokens = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => `${x}word`);
    const found = extractCandidates(
      tokens,
      tokens.map(() => 'NN'),
    );
    expect(found).toEqual([{ start: tokens.length - MAX_CANDIDATE_WORDS, end: tokens.length }]);
  });
});

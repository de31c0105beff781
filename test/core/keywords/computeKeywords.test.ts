import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeKeywords } from '../../../src/core/keywords/computeKeywords';
import { termKey } from '../../../src/core/keywords/termKey';
import type { KeywordIndex } from '../../../src/core/map';

type Doc = { title: string; abstract: string };

const boilerplateCorpus = JSON.parse(
  readFileSync(new URL('../../fixtures/boilerplate-abstracts.json', import.meta.url), 'utf8'),
) as Doc[];

const tinyCorpus: Doc[] = [
  {
    title: 'Optimal transport for domain adaptation',
    abstract:
      'We study optimal transport between image distributions. Optimal transport aligns the source and target domains, and entropic regularization makes optimal transport fast.',
  },
  {
    title: 'Speech recognition',
    abstract: 'Speech recognition with neural networks. We train a neural network for speech recognition.',
  },
  {
    title: 'Magnitude pruning',
    abstract: 'Magnitude pruning removes weights from neural networks with little loss of accuracy.',
  },
  {
    title: 'Graph neural networks for molecules',
    abstract: 'Graph neural networks predict molecular properties from atom graphs.',
  },
];

function top(index: KeywordIndex, doc: number, k = 10): string[] {
  return index.docs[doc].slice(0, k).map((t) => index.vocabulary[t.term].term);
}

function vocabularyEntry(index: KeywordIndex, key: string) {
  return index.vocabulary.find((v) => v.key === key);
}

describe('computeKeywords', () => {
  it('ranks the phrase a paper repeats and others lack first', () => {
    const index = computeKeywords(tinyCorpus);
    expect(top(index, 0)[0]).toBe('optimal transport');
    expect(top(index, 1)[0]).toBe('speech recognition');
    // In three of four papers (once inside "graph neural networks"): a low IDF, ranked below.
    expect(top(index, 1)).toEqual(['speech recognition', 'neural networks']);
    expect(top(index, 2)[0]).toBe('magnitude pruning');
  });

  it('merges variants that stem alike and shows the most frequent surface form', () => {
    const index = computeKeywords(tinyCorpus);
    const nn = vocabularyEntry(index, 'neural network');
    // Candidates are maximal runs: "graph neural networks" does not count as "neural networks".
    expect(nn).toEqual({ key: 'neural network', term: 'neural networks', df: 2 });
    expect(index.vocabulary.filter((v) => v.key === 'neural network')).toHaveLength(1);
    // "Neural networks" opens sentences and titles: the capital there is not part of the term.
    expect(index.vocabulary.some((v) => v.term.startsWith('Neural'))).toBe(false);
    expect(vocabularyEntry(index, 'optim transport')?.df).toBe(1);
  });

  it("scores a phrase by frequency times the sum of its words' IDF, log((N + 1) / df)", () => {
    const docs: Doc[] = [
      { title: '', abstract: 'Spectral clustering of graphs. Spectral clustering again.' },
      { title: '', abstract: 'Graphs of proteins.' },
    ];
    const index = computeKeywords(docs, { weights: { titleBoost: 1, position: 0, lengthExponent: 0 } });
    const score = (doc: number, key: string) => index.docs[doc].find((t) => index.vocabulary[t.term].key === key)?.score;
    const rare = Math.log(3 / 1);
    const everywhere = Math.log(3 / 2);
    expect(score(0, 'spectral cluster')).toBeCloseTo(2 * (rare + rare));
    expect(score(0, 'graph')).toBeCloseTo(everywhere);
    expect(score(1, 'protein')).toBeCloseTo(rare);
    expect(top(index, 0)).toEqual(['spectral clustering', 'graphs']);
  });

  it('applies the title, first-position and length weights', () => {
    const docs: Doc[] = [{ title: 'Kernel', abstract: 'Sparse kernel regression. Kernel.' }];
    const plain = computeKeywords(docs, { weights: { titleBoost: 1, position: 0, lengthExponent: 0 } });
    const tuned = computeKeywords(docs);
    const score = (index: KeywordIndex, key: string) =>
      index.docs[0].find((t) => index.vocabulary[t.term].key === key)?.score ?? NaN;
    const idf = Math.log(2 / 1);
    expect(score(plain, 'kernel')).toBeCloseTo(2 * idf);
    expect(score(plain, 'spars kernel regress')).toBeCloseTo(3 * idf);
    // "Kernel" is in the title (× 1.5) and the first candidate (i = 0: × 2); the other phrase is
    // the second candidate (i = 1: × 1.5) and has three words (× √3).
    expect(score(tuned, 'kernel')).toBeCloseTo(2 * idf * 1.5 * 2);
    expect(score(tuned, 'spars kernel regress')).toBeCloseTo(3 * idf * Math.sqrt(3) * 1.5);
  });

  it('sorts each paper best first and breaks ties by key', () => {
    const docs: Doc[] = [
      { title: '', abstract: 'Zebras and aardvarks and meerkats.' },
      { title: '', abstract: 'Lions.' },
    ];
    const index = computeKeywords(docs, { weights: { position: 0 } });
    expect(top(index, 0)).toEqual(['aardvarks', 'meerkats', 'zebras']);
    for (const list of computeKeywords(boilerplateCorpus).docs) {
      for (let i = 1; i < list.length; i++) expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
    }
  });

  it('is deterministic, and a paper’s ranking does not depend on corpus order', () => {
    const a = computeKeywords(boilerplateCorpus);
    const b = computeKeywords(boilerplateCorpus);
    expect(b).toEqual(a);
    const reversed = computeKeywords([...boilerplateCorpus].reverse());
    const keys = (index: KeywordIndex, doc: number) =>
      index.docs[doc].map((t) => `${index.vocabulary[t.term].key}:${t.score.toFixed(9)}`);
    expect(keys(reversed, boilerplateCorpus.length - 1)).toEqual(keys(a, 0));
  });

  it('keeps academic boilerplate out of every paper’s top 10', () => {
    const index = computeKeywords(boilerplateCorpus);
    const banned = new Set([
      'paper',
      'approach',
      'approaches',
      'result',
      'results',
      'propose',
      'proposed',
      'method',
      'methods',
      'performance',
      'experiment',
      'experiments',
      'experimental',
      'work',
      'novel',
      'state-of-the-art',
      'new',
      'study',
      'state',
      'art',
    ]);
    for (let d = 0; d < boilerplateCorpus.length; d++) {
      const terms = top(index, d);
      expect(terms.length).toBeGreaterThan(0);
      for (const term of terms) {
        expect(term.toLowerCase()).not.toContain('state of the art');
        expect(term.toLowerCase()).not.toContain('this work');
        for (const word of term.toLowerCase().split(' ')) expect(banned.has(word), `${term} in paper ${d}`).toBe(false);
      }
    }
    expect(top(index, 0).slice(0, 2).sort()).toEqual(['graph partitioning', 'sparse matrix reordering']);
    expect(top(index, 3)[0]).toBe('image denoising');
  });

  it('keeps acronyms and mixed case as written and lowercases sentence-initial capitals', () => {
    const docs: Doc[] = [
      {
        title: 'LoRA for KV Cache Compression',
        abstract: 'LoRA adapters shrink the KV cache. Muon trains them; we tune Muon and Muon scales.',
      },
      { title: '', abstract: 'Quantization of the KV cache with LoRA.' },
    ];
    const index = computeKeywords(docs);
    const terms = index.vocabulary.map((v) => v.term);
    expect(terms).toEqual(expect.arrayContaining(['LoRA', 'KV cache', 'Muon', 'LoRA adapters', 'quantization']));
    expect(vocabularyEntry(index, 'kv cach')?.df).toBe(2);
  });

  it("shows a name's capital that a sentence gives, not the lowercase that its title and keywords give", () => {
    const docs = [
      { title: 'Christchurch', abstract: 'We surveyed residents of Christchurch twice.', authorKeywords: ['Christchurch'] },
      { title: 'Christchurch', abstract: 'Sleep after the quake was short.' },
    ];
    // Met in titles and a keyword 3 times (lowered there: capitals say nothing), as written once.
    expect(vocabularyEntry(computeKeywords(docs), 'christchurch')?.term).toBe('Christchurch');
  });

  it('shows a term met only before its acronym as its words are written elsewhere, all or none', () => {
    const docs: Doc[] = [
      { title: '', abstract: 'We tune Sparse Large Language Models (SLLMs) for Extensible Markup Language (XML) parsing.' },
      { title: '', abstract: 'Our sparse encoders read large documents.' },
      { title: '', abstract: 'We compare language models and sparse encoders.' },
    ];
    const index = computeKeywords(docs);
    // "sparse", "large", "language" and "models" are written in lowercase elsewhere.
    expect(vocabularyEntry(index, 'spars larg languag model')?.term).toBe('sparse large language models');
    // "Markup" is written nowhere else: the name keeps its capitals.
    expect(vocabularyEntry(index, 'extens markup languag')?.term).toBe('Extensible Markup Language');
  });

  it('reads a keyword in capitals as acronyms when its words are short, else lowercased like a title', () => {
    const index = computeKeywords([
      {
        title: '',
        abstract: 'Trauma symptoms were measured in veterans.',
        authorKeywords: ['PTSD (DSM-IV)', 'NEURAL-NETWORKS', 'MACHINE LEARNING'],
      },
    ]);
    expect(index.vocabulary.map((v) => v.term)).toEqual(
      expect.arrayContaining(['PTSD', 'DSM-IV', 'neural-networks', 'machine learning']),
    );
  });

  it('shows a term that some capitalise by style as a third or more of its writers write it', () => {
    const docs: Doc[] = [
      { title: '', abstract: 'We apply Reinforcement Learning to games.' },
      { title: '', abstract: 'Agents trained with Reinforcement Learning converge.' },
      { title: '', abstract: 'Robots learn by reinforcement learning here.' },
      // At a sentence's start, and before the acronym whose letters they spell, capitals have no say.
      { title: '', abstract: 'Reinforcement Learning helps. So does Reinforcement Learning (RL) in planning.' },
    ];
    expect(vocabularyEntry(computeKeywords(docs), 'reinforc learn')?.term).toBe('reinforcement learning');
    // Two writers of three capitalise it, the third does not: a name would not be written so.
    const names: Doc[] = [
      { title: '', abstract: 'Sites on the Internet grew.' },
      { title: '', abstract: 'The Internet grew.' },
      { title: '', abstract: 'We browse the Internet daily.' },
      { title: '', abstract: 'Users of the internet grew too.' },
    ];
    expect(vocabularyEntry(computeKeywords(names), 'internet')?.term).toBe('Internet');
  });

  it('keeps "making" in "decision making" and out of "making it"', () => {
    const docs: Doc[] = [
      { title: '', abstract: 'We study sequential decision making problems under uncertainty.' },
      { title: '', abstract: 'Clinical decision making is hard, and making it fast makes models useful.' },
    ];
    const terms = computeKeywords(docs).vocabulary.map((v) => v.term);
    expect(terms).toEqual(expect.arrayContaining(['sequential decision making problems', 'clinical decision making']));
    // The verb breaks the run, as a stopword did.
    expect(terms.filter((t) => t.split(' ').includes('making') && !t.includes('decision making'))).toEqual([]);
  });

  it('finds phrases headed by "method", "approach", "technique" or "performance", never the word alone', () => {
    const docs: Doc[] = [
      { title: '', abstract: 'The conjugate gradient method and the Seldinger technique. Our method is fast.' },
      { title: '', abstract: 'A surgical approach by high performance liquid chromatography. The approach works.' },
    ];
    const terms = computeKeywords(docs).vocabulary.map((v) => v.term);
    expect(terms).toEqual(
      expect.arrayContaining([
        'conjugate gradient method',
        'Seldinger technique',
        'surgical approach',
        'high performance liquid chromatography',
      ]),
    );
    for (const word of ['method', 'approach', 'technique', 'performance']) expect(terms).not.toContain(word);
  });

  it('keeps words that praise out of phrases: "excellent tracking performance", "a great deal"', () => {
    const docs: Doc[] = [
      { title: '', abstract: 'The controller shows excellent tracking performance and satisfactory robustness margins.' },
      { title: '', abstract: 'A great deal of effort gives acceptable morbidity.' },
    ];
    const terms = computeKeywords(docs).vocabulary.map((v) => v.term);
    expect(terms).toEqual(expect.arrayContaining(['tracking performance', 'robustness margins', 'morbidity']));
    for (const t of terms) expect(t).not.toMatch(/excellent|satisfactory|great|acceptable/);
  });

  it('finds "least squares", which a stopword "least" cut to "squares"', () => {
    const docs: Doc[] = [{ title: '', abstract: 'We fit the model by weighted least squares, at least twice.' }];
    const terms = computeKeywords(docs).vocabulary.map((v) => v.term);
    expect(terms).toContain('weighted least squares');
  });

  it('reads a language named with a symbol as one word, shown as written even in a title', () => {
    const docs: Doc[] = [
      { title: 'Using constructed types in C++ unions', abstract: 'The C++ language forbids such C++ unions.' },
      { title: 'C# generics', abstract: 'Generics in C# and in the C++ language.' },
    ];
    const index = computeKeywords(docs);
    expect(vocabularyEntry(index, termKey('C++ language'))).toEqual({ key: 'c++ languag', term: 'C++ language', df: 2 });
    expect(vocabularyEntry(index, 'c++ union')?.term).toBe('C++ unions');
    expect(vocabularyEntry(index, 'c# gener')?.term).toBe('C# generics');
    // Not "language" alone, as when "C++" was three tokens.
    expect(vocabularyEntry(index, 'languag')).toBeUndefined();
  });

  it('reads a method named with "*" as one word: "A*-PO" is not the "PO" of another paper', () => {
    const docs: Doc[] = [
      { title: 'A*-PO: policy optimization', abstract: 'We propose A*-PO, and A*-PO beats PPO.' },
      { title: 'Memory in PO domains', abstract: 'Agents in PO domains need memory; PO means partially observable.' },
    ];
    const index = computeKeywords(docs);
    expect(vocabularyEntry(index, termKey('A*-PO'))?.term).toBe('A*-PO');
    expect(vocabularyEntry(index, termKey('PO'))?.df).toBe(1);
    // Shown as written, as "C++" is, even in a title.
    const titled = computeKeywords([{ title: 'Faster A* search on grids', abstract: 'We use A* search on grids.' }]);
    expect(vocabularyEntry(titled, termKey('faster A* search'))?.term).toBe('faster A* search');
  });

  it('shows, of two forms met equally often that differ by plurals, the plural', () => {
    const docs: Doc[] = [
      { title: '', abstract: 'Ours is a Mixture-of-Expert.' },
      { title: '', abstract: 'It is a Mixture-of-Experts.' },
      { title: '', abstract: 'Optimal strategies win.' },
      { title: '', abstract: 'Optimization strategies win.' },
    ];
    const index = computeKeywords(docs);
    expect(vocabularyEntry(index, termKey('mixture-of-experts'))?.term).toBe('Mixture-of-Experts');
    // Not plurals of one another (Porter keys "optimal" as "optimization"): the first met.
    expect(vocabularyEntry(index, termKey('optimal strategies'))?.term).toBe('optimal strategies');
  });

  it("keys an eponym by its words, shows it with its 's, and keeps the name's capital in a title", () => {
    const docs: Doc[] = [
      { title: "Bazex's syndrome and Crohn's Disease", abstract: "Crohn's disease in adults. Remission of Crohn's disease." },
      { title: 'Twins', abstract: 'Crohn disease in twins, and a second case of Crohn\u2019s disease.' },
      { title: 'Bazex', abstract: "A case of Bazex's syndrome." },
    ];
    const index = computeKeywords(docs);
    // One term for "Crohn's disease", "Crohn's Disease" (a title) and "Crohn disease", keyed as
    // termKey keys what a user types, so curation and the thesaurus reach it.
    expect(vocabularyEntry(index, termKey("Crohn's disease"))).toEqual({ key: 'crohn diseas', term: "Crohn's disease", df: 2 });
    expect(termKey('Crohn disease')).toBe('crohn diseas');
    // Lowered as a title's words are, but the name before its possessive keeps its capital.
    expect(vocabularyEntry(index, 'bazex syndrom')?.term).toBe("Bazex's syndrome");
    // The name is not a term of its own where it is the eponym's.
    expect(vocabularyEntry(index, 'crohn')).toBeUndefined();
    expect(top(index, 0)).toContain("Crohn's disease");
  });

  it('reports progress up to the total and handles empty input', () => {
    const calls: [number, number][] = [];
    computeKeywords(boilerplateCorpus, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([boilerplateCorpus.length, boilerplateCorpus.length]);
    expect(computeKeywords([])).toEqual({ vocabulary: [], docs: [] });
    const index = computeKeywords([
      { title: '', abstract: '' },
      { title: 'Sparse coding', abstract: '' },
    ]);
    expect(index.docs[0]).toEqual([]);
    expect(top(index, 1)).toEqual(['sparse coding']);
  });

  it('keeps an acronym apart from the word Porter would cut it to, and reads a title in capitals lowercased', () => {
    const index = computeKeywords([
      { title: 'AIDS in adults', abstract: 'Patients with AIDS wore a hearing aid. AIDS and aids differ.' },
      { title: 'HEARING AIDS FOR ADULTS', abstract: 'Adults wear them; a hearing aid helps.' },
    ]);
    const keys = index.vocabulary.map((v) => v.key);
    expect(keys).toContain('aids');
    // The capitals title is read as "hearing aids for adults": its phrase is the abstracts'
    // "hearing aid", not "HEARING" and the acronym "AIDS".
    expect(index.vocabulary.find((v) => v.key === 'hear aid')?.df).toBe(2);
    expect(keys).not.toContain('hear aids');
  });

  it('keys every term as termKey keys its shown form, defined expansions included', () => {
    // What curation, thesauri and the map's keyword ids rely on: a term clicked or typed by its
    // shown form finds its vocabulary entry.
    const seed = readFileSync(new URL('../../../data/trending-papers.txt', import.meta.url), 'utf8');
    const abstracts = seed.split(/\n\s*\n/).map((abstract) => ({ title: '', abstract }));
    const defined = [
      { title: 'Experts', abstract: 'Mixture of Experts (MoE) models and a radial basis function (RBF) kernel.' },
      { title: 'Quantization', abstract: "Post-training quantization (PTQ) of Crohn's disease (CD) models." },
    ];
    const index = computeKeywords([...abstracts, ...defined]);
    expect(index.vocabulary.map((v) => v.key)).toContain('post-train quantiz');
    expect(index.vocabulary.filter((v) => termKey(v.term) !== v.key).map((v) => v.term)).toEqual([]);
  });
});

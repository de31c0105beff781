import { describe, expect, it } from 'vitest';
import { acronymMerges, computeKeywords, findAcronyms } from '../../../src/core/keywords';

const paper = (abstract: string, title = 'A study') => ({ title, abstract });

describe('findAcronyms', () => {
  it('reads acronyms defined in the text, hyphen parts and skipped stopwords included', () => {
    const found = findAcronyms([
      paper('We study large language models (LLMs) on long inputs. LLMs forget.'),
      paper('A mixture of experts (MoE) routes tokens; retrieval-augmented generation (RAG) adds documents.'),
    ]);
    expect(found.map((d) => [d.acronym, d.expansion])).toEqual([
      ['LLMs', 'large language models'],
      ['MoE', 'mixture of experts'],
      ['RAG', 'retrieval-augmented generation'],
    ]);
    expect(found[0].acronymKey).toBe('llm');
    expect(found[0].expansionKey).toBe('larg languag model');
  });

  it('ignores parentheses whose letters are not the initials of the words before them', () => {
    const found = findAcronyms([
      paper('Results hold on a GPU cluster (see Fig. 2) and (SOTA) too.'),
      paper('We train on speech data (ASR). Then the word error rate (WER) drops.'),
    ]);
    expect(found.map((d) => d.acronym)).toEqual(['WER']);
  });

  it('takes the expansion most papers give', () => {
    const found = findAcronyms([
      paper('post-training quantization (PTQ) of weights'),
      paper('post-training quantization (PTQ) again'),
      paper('parallel tempering queues (PTQ) elsewhere'),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expansion: 'post-training quantization', papers: 2 });
  });
});

describe('acronymMerges', () => {
  const papers = [
    paper('Large language models (LLMs) are costly. We compress large language models with quantization.'),
    paper('LLMs answer questions. Serving LLMs needs memory.'),
    paper('Quantization of LLMs with KV cache (KV) eviction.'),
  ];
  const index = computeKeywords(papers);

  it('merges an acronym into its expansion when both are terms of the corpus', () => {
    expect(acronymMerges(index, findAcronyms(papers))).toEqual([{ from: 'LLMs', to: 'large language models' }]);
  });

  it('leaves a pair apart when the user undid the merge', () => {
    expect(acronymMerges(index, findAcronyms(papers), new Set(['llm']))).toEqual([]);
  });
});

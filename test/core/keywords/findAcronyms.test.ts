import { describe, expect, it } from 'vitest';
import { computeKeywords, findAcronyms, sameExpansion, termKey, variantKey, variantMerges } from '../../../src/core/keywords';
import { definitionSpans } from '../../../src/core/keywords/findAcronyms';
import { tagTokens } from '../../../src/core/keywords/tagTokens';
import { tokenize } from '../../../src/core/keywords/tokenize';

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

  it('lets a word give more than its initial where the acronym writes those letters in lowercase', () => {
    const found = findAcronyms([
      paper('We fine-tune with Low-Rank Adaptation (LoRA) and a standard Vision Transformer (ViT).'),
      paper('A Vision Transformer (VAT) is not spelled so; nor is Vision Transformer (VIT).'),
    ]);
    expect(found.map((d) => [d.acronym, d.expansion])).toEqual([
      ['LoRA', 'Low-Rank Adaptation'],
      ['ViT', 'Vision Transformer'],
    ]);
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

  it('defines no acronym that most of its definitions give as other things', () => {
    // The medical set's "PR": partial response, progesterone receptor... one paper each.
    const ambiguous = findAcronyms([paper('a partial response (PR) was seen'), paper('the progesterone receptor (PR) status')]);
    expect(ambiguous).toEqual([]);
    const halves = findAcronyms([
      paper('emergency department (ED) visits'),
      paper('emergency department (ED) staff'),
      paper('essential dyspepsia (ED) in adults'),
      paper('erectile dysfunction (ED) in men'),
    ]);
    expect(halves).toEqual([]);
  });

  it('counts spellings of one expansion as one ("deep vein", "deep venous thrombosis")', () => {
    const found = findAcronyms([
      paper('deep vein thrombosis (DVT) after surgery'),
      paper('deep venous thrombosis (DVT) in cancer'),
      paper('question-answering (QA) tasks'),
      paper('question answering (QA) benchmarks'),
    ]);
    expect(found.map((d) => d.acronym)).toEqual(['DVT', 'QA']);
    expect(found[0].spellings).toEqual([
      found[0].expansionKey === 'deep vein thrombosi' ? 'deep venou thrombosi' : 'deep vein thrombosi',
    ]);
  });
});

describe('sameExpansion', () => {
  const same = (a: string, b: string): boolean => sameExpansion(termKey(a), termKey(b));

  it('finds two spellings of one expansion one thing', () => {
    expect(same('deep vein thrombosis', 'deep venous thrombosis')).toBe(true);
    expect(same('deep-vein thrombosis', 'deep venous thrombosis')).toBe(true);
    expect(same('computerized tomography', 'computed tomography')).toBe(true);
    expect(same('question-answering', 'question answering')).toBe(true);
    expect(same('obstructive sleep apnea', 'obstructive sleep apnea syndrome')).toBe(true);
    expect(same('chronic myeloid leukemia', 'chronic myelogenous leukemia')).toBe(true);
  });

  it('finds two kinds of one thing two things, though they share its name', () => {
    // The medical set's "CD" and "CHF": sharing any word, the rule before, merged these.
    expect(same("Crohn's disease", 'celiac disease')).toBe(false);
    expect(same('congestive heart failure', 'chronic heart failure')).toBe(false);
    expect(same('partial response', 'progesterone receptor')).toBe(false);
    expect(same('emergency department', 'essential dyspepsia')).toBe(false);
    // Two words of three differ.
    expect(same('chronic lymphocytic leukemia', 'chronic liver lesion')).toBe(false);
  });

  it('keeps a minority expansion out of the spellings of the one the corpus chose', () => {
    const papers = [
      paper("Crohn's disease (CD) of the ileum. CD recurs."),
      paper("Crohn's disease (CD) in children; CD and growth."),
      paper('Celiac disease (CD) and brain atrophy: CD with dementia.'),
      paper('Celiac disease, then dementia.'),
    ];
    const found = findAcronyms(papers);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ acronym: 'CD', expansion: "Crohn's disease", spellings: [] });
    const merges = variantMerges(computeKeywords(papers), found);
    expect(merges).toContainEqual({ from: 'CD', to: "Crohn's disease" });
    expect(merges.some((m) => m.from.toLowerCase() === 'celiac disease')).toBe(false);
  });
});

describe('variantMerges: acronyms', () => {
  const papers = [
    paper('Large language models (LLMs) are costly. We compress large language models with quantization.'),
    paper('LLMs answer questions. Serving LLMs needs memory.'),
    paper('Quantization of LLMs with KV cache (KV) eviction.'),
  ];
  const index = computeKeywords(papers);

  it('merges an acronym into its expansion when both are terms of the corpus', () => {
    expect(variantMerges(index, findAcronyms(papers))).toEqual([{ from: 'LLMs', to: 'large language models' }]);
  });

  it('leaves a pair apart when the user undid the merge', () => {
    expect(variantMerges(index, findAcronyms(papers), new Set(['llm']))).toEqual([]);
  });
});

describe('variantMerges: the ways a corpus writes one expansion', () => {
  it('makes them one node with the acronym, shown as most papers write it', () => {
    const papers = [
      paper('Computed tomography (CT) of the chest. Computed tomography was repeated.'),
      paper('Computed tomography (CT) of the head, and computed tomography again.'),
      paper('Computerized tomography (CT) of the spine: computerized tomography helps.'),
      paper('Computerized tomography of the knee, then CT again.'),
    ];
    const merges = variantMerges(computeKeywords(papers), findAcronyms(papers));
    expect(merges).toEqual(
      expect.arrayContaining([
        { from: 'CT', to: 'computed tomography' },
        { from: 'computerized tomography', to: 'computed tomography' },
      ]),
    );
  });
});

describe('variantMerges: phrases holding an acronym', () => {
  const papers = [
    paper('Magnetic resonance (MR) imaging of the spine. Magnetic resonance imaging shows the lesion.'),
    paper('MR imaging of the knee. We compare MR imaging with computed tomography.'),
    paper('Magnetic resonance imaging of the brain, and MR angiography.'),
  ];
  const index = computeKeywords(papers);

  it('merges the phrase with the acronym into the phrase with its expansion, shown expanded', () => {
    const merges = variantMerges(index, findAcronyms(papers));
    expect(merges).toContainEqual({ from: 'MR imaging', to: 'magnetic resonance imaging' });
    // No phrase "magnetic resonance angiography" in the corpus: no merge invents one.
    expect(merges.some((m) => m.from === 'MR angiography')).toBe(false);
  });

  it('leaves it apart when the user undid the merge, or when the corpus defines no acronym', () => {
    const apart = variantMerges(index, findAcronyms(papers), new Set(['mr imag']));
    expect(apart.some((m) => m.from === 'MR imaging')).toBe(false);
    expect(variantMerges(index, []).some((m) => m.from === 'MR imaging')).toBe(false);
  });
});

describe('variantMerges: spelling variants', () => {
  it('reads hyphens as spaces and ignores stopwords in a key', () => {
    expect(variantKey('low-rank adapt')).toBe('low rank adapt');
    expect(variantKey('mixtur-of-expert')).toBe(variantKey('mixtur expert'));
  });

  it('makes hyphen, space and case variants one term, shown as the form in most papers', () => {
    const papers = [
      paper('Low-rank adaptation trains few weights. We study low-rank adaptation.'),
      paper('Low-rank adaptation again, with low-rank adaptation of attention.'),
      paper('We use low rank adaptation for vision.'),
      paper('Self-attention is quadratic. Self attention costs memory.'),
    ];
    const index = computeKeywords(papers);
    const merges = variantMerges(index, findAcronyms(papers));
    expect(merges).toContainEqual({ from: 'low rank adaptation', to: 'low-rank adaptation' });
    expect(merges.filter((m) => /self/i.test(m.from))).toHaveLength(1);
    // Undone by the user: the variant stays a term of its own.
    expect(variantMerges(index, findAcronyms(papers), new Set(['low rank adapt']))).not.toContainEqual({
      from: 'low rank adaptation',
      to: 'low-rank adaptation',
    });
  });

  it('merges an acronym into a spelling variant of its expansion, and the variants with it', () => {
    const papers = [
      paper('A sparse mixture-of-experts layer. The mixture-of-experts routes tokens.'),
      paper('Mixture-of-experts models scale. We train mixture-of-experts.'),
      paper('A Mixture of Experts (MoE) model. MoE layers are sparse. MoE routing.'),
      paper('MoE training is unstable for MoE models.'),
    ];
    const index = computeKeywords(papers);
    const merges = variantMerges(index, findAcronyms(papers));
    expect(merges).toContainEqual({ from: 'MoE', to: 'mixture-of-experts' });
    expect(merges.every((m) => m.to === 'mixture-of-experts' || m.to !== 'MoE')).toBe(true);
  });
});

describe('definitionSpans', () => {
  const spans = (text: string): string[] => {
    const tokens = tokenize(text);
    return definitionSpans(tokens, tagTokens(tokens)).map(({ start, end }) => tokens.slice(start, end).join(' '));
  };

  it('gives the expansions a text defines, as the tokens before "(ACR)"', () => {
    expect(spans('Post-training quantization (PTQ) of LLMs offers a promising solution.')).toEqual([
      'Post-training quantization',
    ]);
    expect(spans('A 16B-parameter Mixture-of-Expert (MoE) model; Low-Rank Adaptation (LoRA) adapts it.')).toEqual([
      'Mixture-of-Expert',
      'Low-Rank Adaptation',
    ]);
    expect(spans("Crohn's disease (CD) of the ileum.")).toEqual(["Crohn 's disease"]);
  });

  it('gives none across a comma, before a word that is not a noun, or for letters that spell nothing', () => {
    expect(spans('We weigh speed, accuracy and memory (SAM) alike.')).toEqual([]);
    expect(spans('We jointly optimize (JO) both.')).toEqual([]);
    expect(spans('Results hold on a GPU cluster (SOTA) too.')).toEqual([]);
    // A stopword: the term's key would leave it out ("mixtur expert"), where termKey keeps it.
    expect(spans('Mixture of Experts (MoE) models and a radial basis function (RBF) kernel.')).toEqual([]);
  });
});

describe('computeKeywords: defined expansions are terms', () => {
  it('makes "post-training quantization" a term, and "PTQ" merges into it', () => {
    const papers = [
      paper('Post-training quantization (PTQ) of LLMs offers a promising solution.'),
      paper('We study weight-only post-training quantization (PTQ) without retraining.'),
      paper('PTQ is a powerful compression technique.'),
    ];
    const index = computeKeywords(papers);
    const term = index.vocabulary.find((v) => v.key === 'post-train quantiz');
    expect(term).toMatchObject({ term: 'post-training quantization', df: 2 });
    expect(variantMerges(index, findAcronyms(papers))).toContainEqual({ from: 'PTQ', to: 'post-training quantization' });
  });

  it('counts an expansion that is a candidate already once', () => {
    // The same words, defined in one paper and not in the other: the phrase scores alike in both.
    const index = computeKeywords([
      paper('Large language models (LLMs) are costly.'),
      paper('Large language models [LLMs] are costly.'),
    ]);
    const scores = index.docs.map((doc) => doc.find((e) => index.vocabulary[e.term].key === 'larg languag model')?.score);
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores[0]).toBe(scores[1]);
  });
});

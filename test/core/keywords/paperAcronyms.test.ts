import { describe, expect, it } from 'vitest';
import { applyCuration } from '../../../src/core/curation';
import { computeKeywords, readAcronyms, readPaperAcronyms, variantMerges } from '../../../src/core/keywords';
import type { KeywordIndex } from '../../../src/core/map';

const paper = (abstract: string, title = 'A study') => ({ title, abstract });

/** The builder's order (buildMap's endBuild): each paper's own acronyms, then the corpus's merges. */
function build(
  papers: { title: string; abstract: string }[],
  keepApart = new Set<string>(),
): { index: KeywordIndex; read: number } {
  const index = computeKeywords(papers);
  const readings = readAcronyms(papers);
  const read = readPaperAcronyms(index, readings, keepApart);
  const merges = variantMerges(index, readings.definitions, keepApart);
  if (merges.length > 0) applyCuration(index, { stopwords: [], synonyms: merges, clusterNames: [] });
  return { index, read };
}

const termsOf = (index: KeywordIndex, d: number): string[] => index.docs[d].map((entry) => index.vocabulary[entry.term].term);
const scoreOf = (index: KeywordIndex, d: number, term: string): number | undefined =>
  index.docs[d].find((entry) => index.vocabulary[entry.term].term === term)?.score;

describe('readPaperAcronyms', () => {
  // The medical set's "CD": Crohn's disease in two papers, celiac disease in one.
  const papers = [
    paper("Crohn's disease (CD) of the ileum. After surgery, CD returns."),
    paper("Crohn's disease (CD) in children; CD and growth."),
    paper('Celiac disease (CD) and brain atrophy: CD with dementia, CD in adults, CD in old age.'),
    paper('Celiac disease in adults, and dementia.'),
    paper('CD with strictures of the ileum.'),
  ];
  // "PR": two things, one paper each, so the corpus reads it as neither (no merge follows).
  const ambiguous = [
    paper('A partial response (PR) was seen; PR lasted months.'),
    paper('The progesterone receptor (PR) status; PR was positive.'),
    paper('Outcomes by PR differ from the criteria.'),
  ];

  it("reads an acronym in a paper that defines it otherwise as that paper's expansion", () => {
    const { index, read } = build(papers);
    expect(read).toBe(1);
    // The celiac paper: its "CD" is celiac disease, with both scores; no Crohn's disease.
    expect(termsOf(index, 2)).not.toContain("Crohn's disease");
    expect(termsOf(index, 2)).not.toContain('CD');
    const plain = computeKeywords(papers);
    const own = (term: string): number => plain.docs[2].find((e) => plain.vocabulary[e.term].term === term)!.score;
    expect(scoreOf(index, 2, 'celiac disease')).toBeCloseTo(own('celiac disease') + own('CD'), 6);
    // The others follow the corpus: "CD" is Crohn's disease, in the papers that define it and in one that only uses it.
    for (const d of [0, 1, 4]) expect(termsOf(index, d)).toContain("Crohn's disease");
    const crohn = index.vocabulary.find((v) => v.term === "Crohn's disease")!;
    expect(crohn.df).toBe(3);
  });

  it('reads each paper by its own definition where the corpus merges the acronym with nothing', () => {
    const { index } = build(ambiguous);
    expect(termsOf(index, 0)).toContain('partial response');
    expect(termsOf(index, 0)).not.toContain('PR');
    expect(termsOf(index, 1)).toContain('progesterone receptor');
    expect(termsOf(index, 1)).not.toContain('PR');
    // The paper that only uses it keeps "PR" as written.
    expect(termsOf(index, 2)).toContain('PR');
  });

  it('leaves a paper that agrees with the corpus, and an acronym the user keeps apart', () => {
    expect(build(papers.slice(0, 2)).read).toBe(0);
    const { index, read } = build(papers, new Set(['cd']));
    expect(read).toBe(0);
    expect(termsOf(index, 2)).toContain('CD');
  });

  it('keeps each list ranked and each df the number of papers holding the term', () => {
    // After the reading alone too: the merges that follow rank and count again.
    const readOnly = (corpus: typeof papers): KeywordIndex => {
      const index = computeKeywords(corpus);
      readPaperAcronyms(index, readAcronyms(corpus));
      return index;
    };
    for (const index of [build(papers).index, build(ambiguous).index, readOnly(papers), readOnly(ambiguous)]) {
      index.docs.forEach((doc) => {
        for (let k = 1; k < doc.length; k++) expect(doc[k - 1].score).toBeGreaterThanOrEqual(doc[k].score);
      });
      index.vocabulary.forEach((v, t) => expect(v.df).toBe(index.docs.filter((doc) => doc.some((e) => e.term === t)).length));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../../src/core/corpus';
import { indexTermHeading } from '../../../../src/core/corpus/formats/indexTermHeading';

describe('indexTermHeading', () => {
  it('drops MeSH qualifiers, starred or not, and the major-topic star', () => {
    expect(indexTermHeading('Neoplasms/*drug therapy')).toBe('Neoplasms');
    expect(indexTermHeading('Colitis, Ulcerative/chemically induced/*drug therapy/prevention & control')).toBe(
      'Colitis, Ulcerative',
    );
    expect(indexTermHeading('*Phytotherapy')).toBe('Phytotherapy');
    expect(indexTermHeading('Lung/diagnostic imaging')).toBe('Lung');
  });

  it("drops Embase's two-letter links with their names", () => {
    expect(indexTermHeading('hypertension/dt [Drug Therapy]')).toBe('hypertension');
    expect(indexTermHeading('labetalol/ad [Drug Administration]')).toBe('labetalol');
  });

  it("drops Embase's subheadings in parentheses, not other parentheses", () => {
    expect(indexTermHeading('cyst (congenital disorder, diagnosis, drug therapy, surgery, therapy)')).toBe('cyst');
    expect(indexTermHeading('bleomycin (intravenous drug administration, drug therapy)')).toBe('bleomycin');
    expect(indexTermHeading('cytokeratin 7 (endogenous compound)')).toBe('cytokeratin 7');
    for (const term of ['PTSD (DSM-IV)', 'support vector machine (SVM)', 'Christchurch Earthquake (2011)', 'heart (human)'])
      expect(indexTermHeading(term)).toBe(term);
  });

  it('keeps a term whose slash joins words that are no qualifiers', () => {
    for (const term of ['TCP/IP', 'input/output', 'client/server architecture', 'Drug Therapy', 'drug effects'])
      expect(indexTermHeading(term)).toBe(term);
    // One qualifier among other words is not enough: the whole term stays.
    expect(indexTermHeading('pharmacology/new drugs')).toBe('pharmacology/new drugs');
  });
});

describe('a blank line inside a RIS record', () => {
  it('keeps the paragraph after it in the abstract; between records it still separates them', () => {
    const ris = [
      'TY  - JOUR',
      'TI  - Two paragraphs',
      'AB  - The first paragraph ends here.',
      '',
      'The second paragraph is part of the abstract.',
      'ER  - ',
      '',
      'TY  - JOUR',
      'TI  - Another paper',
      'AB  - Its own abstract.',
      'ER  - ',
    ].join('\n');
    const { papers, warnings } = parseCorpus(ris, { fileName: 'two.ris' });
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.abstract)).toEqual([
      'The first paragraph ends here. The second paragraph is part of the abstract.',
      'Its own abstract.',
    ]);
  });

  it('still reports text between records as stray', () => {
    const ris = [
      'TY  - JOUR',
      'TI  - A',
      'AB  - An abstract.',
      'ER  - ',
      '',
      'stray words',
      'TY  - JOUR',
      'TI  - B',
      'AB  - More.',
      'ER  - ',
    ];
    const { papers, warnings } = parseCorpus(ris.join('\n'), { fileName: 'stray.ris' });
    expect(papers).toHaveLength(2);
    expect(warnings).toEqual([
      expect.objectContaining({ line: 6, message: expect.stringContaining('line outside a RIS record') }),
    ]);
  });
});

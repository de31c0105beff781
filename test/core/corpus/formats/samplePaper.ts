/**
 * The paper the hand-written records of the newer formats' tests describe (EndNote, RefWorks,
 * Crossref): McKinney et al., Nature 2020, with a shortened abstract.
 * Each format's test writes it in that format's own layout and expects these fields back.
 */
export const SAMPLE_PAPER = {
  title: 'International evaluation of an AI system for breast cancer screening',
  abstract:
    'Screening mammography aims to identify breast cancer at earlier stages of the disease, when treatment can be more successful.',
  authors: ['Scott Mayer McKinney', 'Marcin Sieniek'],
  year: 2020,
  date: '2020-01-01',
  venue: 'Nature',
  doi: '10.1038/s41586-019-1799-6',
  url: 'https://doi.org/10.1038/s41586-019-1799-6',
} as const;

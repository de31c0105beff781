import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../src/core/corpus';
import { computeKeywords } from '../../../src/core/keywords/computeKeywords';
import { abstractSections, sectionHeadingSpans } from '../../../src/core/keywords/sectionHeadings';
import { tokenize } from '../../../src/core/keywords/tokenize';

/** The headings found in a text, as written. */
const headings = (text: string): string[] => {
  const tokens = tokenize(text);
  const spans = sectionHeadingSpans(tokens);
  const out: string[] = [];
  for (let s = 0; s < spans.length; s += 2) out.push(tokens.slice(spans[s], spans[s + 1]).join(' '));
  return out;
};

describe('sectionHeadingSpans', () => {
  it('finds the headings of a structured abstract, in capitals or capitalised', () => {
    // The shape of a PubMed clinical abstract (the medical set has some 300 such headings).
    expect(
      headings(
        'BACKGROUND: Stents reduce restenosis. PATIENTS AND METHODS: We enrolled 120 patients. ' +
          'MEASUREMENTS AND MAIN RESULTS: Restenosis fell. CONCLUSIONS: Stents help.',
      ),
    ).toEqual(['BACKGROUND', 'PATIENTS AND METHODS', 'MEASUREMENTS AND MAIN RESULTS', 'CONCLUSIONS']);
    expect(headings('Purpose: To test a stent. Methods: A trial. Results: It worked.')).toEqual([
      'Purpose',
      'Methods',
      'Results',
    ]);
  });

  it('takes a long heading alone, but not a short one, which may be a name', () => {
    // A Bioinformatics application note whose "SUMMARY:" the reader dropped.
    expect(headings('We present a library for plots. AVAILABILITY: The code is free.')).toEqual(['AVAILABILITY']);
    expect(headings('We present a memory module. ATLAS: a model that learns to memorize.')).toEqual([]);
    expect(headings('BERT: pre-training of deep bidirectional transformers.')).toEqual([]);
  });

  it('finds the headings a source left without their colons, as OpenAlex rebuilds a structured abstract', () => {
    // A real OpenAlex work (test/fixtures/real/openalex-works.json, W2897157249; SOURCES.md there).
    const text = readFileSync(new URL('../../fixtures/real/openalex-works.json', import.meta.url), 'utf8');
    const { abstract } = parseCorpus(text, { fileName: 'openalex-works.json' }).papers[1];
    expect(abstract.startsWith('Objective In this study, we aimed')).toBe(true);
    expect(headings(abstract)).toEqual(['Objective', 'Methods', 'Results', 'Conclusion', 'Keywords']);
    // Alone, such a word starts an ordinary sentence.
    // Before a word in lowercase it is no heading; one alone is none either.
    expect(headings('Background subtraction is a classic task. Results We win. Conclusion It works.')).toEqual([
      'Results',
      'Conclusion',
    ]);
    expect(headings('Background Subtraction is a classic task. We study it.')).toEqual([]);
  });

  it('reads a heading only where a sentence starts, and only before a colon', () => {
    expect(headings('We study MEASUREMENTS AND RESULTS: these. And CONCLUSIONS: those.')).toEqual([]);
    expect(headings('RESULTS are good. CONCLUSIONS follow.')).toEqual([]);
    expect(headings('The GPU-4 model: fast. OVERVIEW: two parts. SUMMARY: done.')).toEqual(['OVERVIEW', 'SUMMARY']);
  });
});

describe('computeKeywords and section headings', () => {
  it('does not join a heading without its colon to the phrase after it', () => {
    const abstract = 'Background Obstructive sleep apnea is common after stroke. Methods Patients were enrolled.';
    const docs = [
      { title: 'Sleep apnea after stroke', abstract },
      { title: 'Apnea trial', abstract: 'Obstructive sleep apnea was treated. Patients slept better.' },
    ];
    const terms = computeKeywords(docs).vocabulary.map((t) => t.term.toLowerCase());
    expect(terms).toContain('obstructive sleep apnea');
    expect(terms.filter((t) => t.startsWith('background') || t.startsWith('methods'))).toEqual([]);
  });

  it('takes no key phrase from an abstract’s headings, and keeps a title’s name in capitals', () => {
    const abstract = (topic: string): string =>
      `BACKGROUND: ${topic} is common. RESULTS: ${topic} fell in 40 patients. AVAILABILITY: data on request.`;
    const docs = [
      { title: 'ATLAS: memory for transformers', abstract: abstract('Restenosis') },
      { title: 'Stent trial', abstract: abstract('Restenosis') },
      { title: 'Ulcer trial', abstract: abstract('Peptic ulcer disease') },
    ];
    const index = computeKeywords(docs);
    const terms = index.vocabulary.map((t) => t.term);
    expect(terms).toContain('Restenosis');
    expect(terms).toContain('ATLAS');
    for (const heading of ['BACKGROUND', 'RESULTS', 'AVAILABILITY']) expect(terms).not.toContain(heading);
  });
});

describe('abstractSections', () => {
  it('cuts a structured abstract at its headings, the colons gone, the text before the first kept', () => {
    expect(
      abstractSections('A trial. BACKGROUND: Stents help.\nPATIENTS AND METHODS: 40 patients. RESULTS:Less restenosis.'),
    ).toEqual([
      { heading: '', body: 'A trial.' },
      { heading: 'BACKGROUND', body: 'Stents help.' },
      { heading: 'PATIENTS AND METHODS', body: '40 patients.' },
      { heading: 'RESULTS', body: 'Less restenosis.' },
    ]);
    expect(abstractSections('Objective In this study we test. Methods Among 35,116 individuals, we chose.')).toEqual([
      { heading: 'Objective', body: 'In this study we test.' },
      { heading: 'Methods', body: 'Among 35,116 individuals, we chose.' },
    ]);
  });

  it('gives an abstract without headings as one section, with non-ASCII text kept as written', () => {
    expect(abstractSections('  Attention is all you need — über alles.  ')).toEqual([
      { heading: '', body: 'Attention is all you need — über alles.' },
    ]);
    expect(abstractSections('MÉTHODES: Étude. RÉSULTATS: Bien.')).toEqual([
      { heading: 'MÉTHODES', body: 'Étude.' },
      { heading: 'RÉSULTATS', body: 'Bien.' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanMarkup, decodeEntities } from '../../../../src/core/corpus/formats/cleanMarkup';
import { isoDate } from '../../../../src/core/corpus/formats/isoDate';
import { parseCorpus } from '../../../../src/core/corpus';

describe('cleanMarkup', () => {
  it('removes a Crossref JATS abstract heading and tags, keeping paragraphs apart', () => {
    const jats =
      '<jats:title>Abstract</jats:title><jats:p>First <jats:italic>paragraph</jats:italic>.</jats:p><jats:p>Second.</jats:p>';
    expect(cleanMarkup(jats, { abstract: true }).replace(/\s+/g, ' ')).toBe('First paragraph. Second.');
  });

  it('leaves comparisons that only look like tags alone', () => {
    expect(cleanMarkup('p <0.05 and a < b > c')).toBe('p <0.05 and a < b > c');
    expect(cleanMarkup('holds for p<n and k>1')).toBe('holds for p<n and k>1');
    expect(cleanMarkup('H<sub>2</sub>O and <mml:math><mml:mi>x</mml:mi></mml:math>')).toBe('H2O and x');
  });

  it('decodes named and numeric entities, and leaves unknown ones as written', () => {
    expect(decodeEntities('R&amp;D &#233;t&#xE9; &alpha; &bogus; &#xD800;')).toBe('R&D été α &bogus; &#xD800;');
  });

  it.each([
    ['Results hold. © 2019 Elsevier Ltd. All rights reserved.', 'Results hold.'],
    ['Results hold. (C) 2020 Wiley Periodicals, Inc.', 'Results hold.'],
    ['Results hold. (c) 2020 Wiley Periodicals, Inc.', 'Results hold.'],
    ['Results hold. Copyright © 2021 the authors.', 'Results hold.'],
    ['Results hold. This article is protected by copyright. All rights reserved.', 'Results hold.'],
    ['Results hold. Published by Elsevier B.V.', 'Results hold.'],
    ['Results hold. (PsycINFO Database Record (c) 2019 APA, all rights reserved)', 'Results hold.'],
    ['Results hold. (PsycInfo Database Record (c) 2021 APA, all rights reserved)', 'Results hold.'],
    ['Results hold. [Author Abstract] KEY WORDS: PTSD; trajectories', 'Results hold.'],
    [
      'Results hold. [ABSTRACT FROM AUTHOR] Copyright of Journal of X is the property of Y and its content may not be copied.',
      'Results hold.',
    ],
    ['Results hold. [ABSTRACT FROM PUBLISHER]', 'Results hold.'],
    ['Results hold. Copyright of Journal of X is the property of Y.', 'Results hold.'],
  ])('cuts the copyright tail of %j', (text, clean) => {
    expect(cleanMarkup(text, { abstract: true })).toBe(clean);
  });

  it('cuts a notice wherever it starts in the last 800 characters, after other marks and long blanks', () => {
    const filler = 'We measured the effect in two cohorts. '.repeat(12);
    // The notice's own mark 30 characters in, after a run of line breaks and indentation.
    expect(
      cleanMarkup(`${filler}Results hold.\n\n        This article is protected by copyright. All rights reserved.`, {
        abstract: true,
      }),
    ).toBe(`${filler}Results hold.`);
    // A mark early in the window that is no notice ("(c)" of a list), the notice much later.
    const listed = `Arms were (a) diet, (b) exercise and (c) both. ${filler}Results hold.`;
    expect(cleanMarkup(`${listed} © 2019 Elsevier Ltd. All rights reserved.`, { abstract: true })).toBe(listed);
    expect(cleanMarkup(`${listed} (PsycARTICLES Database Record (c) 2019 APA, all rights reserved)`, { abstract: true })).toBe(
      listed,
    );
    // The notice is the window's very start: 800 characters from the end.
    const notice = `© 2019 Elsevier Ltd. ${'All rights reserved. '.repeat(38)}`.slice(0, 800);
    expect(cleanMarkup(`${filler}Results hold. ${notice}`, { abstract: true })).toBe(`${filler}Results hold.`);
  });

  it('keeps a © that is part of the text, and text that is nothing but a notice', () => {
    expect(cleanMarkup('The symbol © marks copyright in 12 countries we studied.', { abstract: true })).toBe(
      'The symbol © marks copyright in 12 countries we studied.',
    );
    expect(cleanMarkup('© 2019 Elsevier', { abstract: true })).toBe('© 2019 Elsevier');
  });

  it('drops "Abstract:" headings but not abstracts about abstraction', () => {
    expect(cleanMarkup('Abstract: We study X.', { abstract: true })).toBe('We study X.');
    expect(cleanMarkup('ABSTRACT We study X.', { abstract: true })).toBe('We study X.');
    expect(cleanMarkup('Abstract reasoning is hard.', { abstract: true })).toBe('Abstract reasoning is hard.');
    // Glued to the first word, as Ovid's records reach Zotero.
    expect(cleanMarkup('AbstractYouth with IBD often worry.', { abstract: true })).toBe('Youth with IBD often worry.');
    expect(cleanMarkup('Abstract IBD is chronic.', { abstract: true })).toBe('IBD is chronic.');
    expect(cleanMarkup('Abstractions of IBD care differ.', { abstract: true })).toBe('Abstractions of IBD care differ.');
  });

  it('reads a placeholder where the abstract should be as no abstract, and only in an abstract', () => {
    for (const placeholder of [
      'Abstract',
      'ABSTRACT.',
      'Summary:',
      '[No abstract available]',
      'No abstract available.',
      'Abstract not available',
      'Abstract unavailable',
      ' N/A ',
    ])
      expect(cleanMarkup(placeholder, { abstract: true }), placeholder).toBe('');
    expect(cleanMarkup('Abstract', {})).toBe('Abstract');
    expect(cleanMarkup('Not available in stores, the drug was compounded.', { abstract: true })).toBe(
      'Not available in stores, the drug was compounded.',
    );
  });

  it('drops XML comments and every tag of an unprefixed MathML formula, keeping its text', () => {
    expect(cleanMarkup('Rates <!--Symbol:--> grow.').replace(/\s+/g, ' ')).toBe('Rates grow.');
    const math =
      'Let <math xmlns="http://www.w3.org/1998/Math/MathML"><mfenced open="|" close=">"><mi>a</mi></mfenced>' +
      '<apply><in/><ci>x</ci><complexes/></apply></math> hold, and p<n.';
    expect(cleanMarkup(math).replace(/\s+/g, ' ')).toBe('Let a x hold, and p<n.');
  });

  it('cleans LaTeX only when asked (arXiv)', () => {
    expect(cleanMarkup('$\\alpha$-stable laws cost 5\\%', { latex: true })).toBe('α-stable laws cost 5%');
    expect(cleanMarkup('$\\alpha$ stays')).toBe('$\\alpha$ stays');
  });

  it('leaves plain CSV and JSON Lines corpora exactly as written', () => {
    const { papers } = parseCorpus('title,abstract\n"A &amp; B","Costs © 2019 Elsevier Ltd. All rights reserved."\n', {
      fileName: 'plain.csv',
    });
    expect(papers[0]).toMatchObject({ title: 'A &amp; B', abstract: 'Costs © 2019 Elsevier Ltd. All rights reserved.' });
  });
});

describe('isoDate', () => {
  it.each([
    ['2019-05-01', '2019-05-01'],
    ['2019/05/01/', '2019-05-01'],
    ['2019///', '2019'],
    ['2019 Aug 26', '2019-08-26'],
    ['2019 Spring', '2019'],
    ['MAY 15 2021', '2021-05-15'],
    ['Mon, 2 Apr 2007 19:18:42 GMT', '2007-04-02'],
    ['2019-13-40', '2019'],
    ['no year', undefined],
  ])('%j -> %j', (text, date) => {
    expect(isoDate(text)).toBe(date);
  });

  it('reads CSL-JSON date parts', () => {
    expect(isoDate([2021, 3, 4])).toBe('2021-03-04');
    expect(isoDate([2021])).toBe('2021');
    expect(isoDate(['x'])).toBeUndefined();
  });
});

describe('format detection', () => {
  it('reads an export by its content when the extension says otherwise, with a warning', () => {
    const { papers, warnings } = parseCorpus('TY  - JOUR\nTI  - T\nAB  - A.\nER  - \n', { fileName: 'export.csv' });
    expect(papers).toHaveLength(1);
    expect(warnings).toEqual([{ file: 'export.csv', message: "the file's content is RIS; read as that" }]);
  });
});

describe('headings glued to their sentences', () => {
  // The layout of a real Dimensions export of a BMC article (not copied: Dimensions forbids
  // redistributing its exports), written anew: JATS section titles flattened without a space.
  const glued =
    'BackgroundDespite treatment, many people with multiple sclerosis (MS) have symptoms.MethodThirteen participants ' +
    'walked for 12 weeks.ResultsPost-intervention, there were no changes.ConclusionAlthough walking did not help, exercise may.';

  it('sets each heading apart, so that it reads as one and gives no key phrase', () => {
    expect(cleanMarkup(glued, { abstract: true })).toBe(
      'Background Despite treatment, many people with multiple sclerosis (MS) have symptoms. Method Thirteen participants ' +
        'walked for 12 weeks. Results Post-intervention, there were no changes. Conclusion Although walking did not help, exercise may.',
    );
  });

  it('leaves words that only start like a heading, and a lone one, as written', () => {
    for (const text of [
      'We present MethodsX, a journal. ResultsBased methods are rare.',
      'BackgroundNoise is one word in this abstract.',
    ]) {
      expect(cleanMarkup(text, { abstract: true })).toBe(text);
    }
    // Only abstracts: a title keeps its words.
    expect(cleanMarkup(glued)).toBe(glued);
  });
});

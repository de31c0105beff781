import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../../src/core/corpus/parseCorpus';
import { cpuTime } from '../../../helpers/cpuTime';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)), 'utf8');
const realData = readFileSync(fileURLToPath(new URL('../../../../data/trending-papers.txt', import.meta.url)), 'utf8');

describe('trending-papers text: the real default corpus', () => {
  const { papers, warnings } = parseCorpus(realData, { fileName: 'trending-papers.txt' });

  it('finds all 97 papers with no warnings', () => {
    expect(papers).toHaveLength(97);
    expect(warnings).toEqual([]);
  });

  it('strips the "Subscribe" glued to the first title', () => {
    expect(papers[0].title).toBe('Muon is Scalable for LLM Training');
    expect(papers[0].line).toBe(3);
    expect(papers[0].abstract.startsWith('Recently, the Muon optimizer')).toBe(true);
  });

  it('keeps every title and abstract exactly, checked against the file lines themselves', () => {
    // The file alternates strictly after two chrome lines; use that as an independent oracle.
    const lines = realData.split('\n');
    const expected = [];
    for (let i = 2; i + 1 < lines.length; i += 2) {
      if (lines[i] === '') continue;
      expected.push({ title: lines[i].replace(/^Subscribe/, ''), abstract: lines[i + 1], line: i + 1 });
    }
    expect(expected).toHaveLength(97);
    expect(papers.map(({ title, abstract, line }) => ({ title, abstract, line }))).toEqual(expected);
    expect(papers[96].title).toBe('LiveStar: Live Streaming Assistant for Real-World Online Video Understanding');
  });

  it('derives distinct, stable slug ids from the titles', () => {
    expect(papers[0].id).toMatch(/^muon-is-scalable-for-llm-training-[0-9a-f]{6}$/);
    expect(new Set(papers.map((p) => p.id)).size).toBe(97);
    const again = parseCorpus(realData, { fileName: 'trending-papers.txt' });
    expect(again.papers.map((p) => p.id)).toEqual(papers.map((p) => p.id));
  });
});

describe('trending-papers text with defects', () => {
  const { papers, warnings } = parseCorpus(fixture('trending-defects.txt'), { fileName: 'defects.txt' });

  it('pairs the titles and abstracts that belong together', () => {
    expect(papers.map((p) => [p.line, p.title])).toEqual([
      [3, 'Sparse Attention for Long Documents'],
      [7, 'Graph Neural Networks for Molecule Property Prediction'],
      [11, 'Calibrated Uncertainty for Regression'],
      [13, 'Tiny Paper'],
    ]);
    expect(papers[1].abstract.startsWith('Molecules are graphs')).toBe(true);
    expect(papers[1].abstract).not.toContain('second paragraph');
    expect(papers[3].abstract).toBe('A short abstract that is one sentence.');
  });

  it('reports each line it could not pair, with its number, instead of gluing it to a neighbour', () => {
    expect(warnings.map((w) => [w.file, w.line])).toEqual([
      ['defects.txt', 6],
      ['defects.txt', 9],
      ['defects.txt', 15],
    ]);
    expect(warnings[0].message).toContain('"An Orphan Title Without Its Abstract" has no abstract');
    expect(warnings[1].message).toContain('without a title');
    expect(warnings[2].message).toContain('"A Final Title With Nothing After It" has no abstract');
  });

  it('reads Windows line endings without keeping carriage returns', () => {
    const result = parseCorpus(fixture('trending-crlf.txt'), { fileName: 'crlf.txt' });
    expect(result.papers.map((p) => [p.line, p.title])).toEqual([
      [1, 'Windows Line Endings Are Fine'],
      [4, 'Second Paper Title'],
    ]);
    expect(result.papers.some((p) => p.abstract.includes('\r'))).toBe(false);
    expect(result.warnings).toEqual([]);
  });

  it('does not strip "Subscribe" from a title that merely starts with the word', () => {
    const text =
      'Get trending papers in your email inbox!\nSubscribers of Streaming Services: A Survey\n' +
      'We survey the literature on subscribers of streaming services. Many studies exist. They disagree on most things, which we explain in this survey of more than a hundred papers.\n';
    expect(parseCorpus(text, { fileName: 's.txt' }).papers[0].title).toBe('Subscribers of Streaming Services: A Survey');
    const glued = text.replace('Subscribers of Streaming Services: A Survey', 'SubscribeiPhone Apps: A Survey');
    expect(parseCorpus(glued, { fileName: 's.txt' }).papers[0].title).toBe('iPhone Apps: A Survey');
  });

  it('refuses text of another shape, whose other lines it would take for abstracts; reads a page with a few broken lines', () => {
    // A database's labelled plain-text export (the shape of ProQuest's and others'), saved as .txt.
    const labelled = [
      '____________________________________________________________',
      '',
      'Graph learning for traffic',
      '',
      'Author: Smith, John',
      '',
      'Publication info: Transportation Research 12 (2020): 1-12.',
      '',
      'Abstract: Graph learning forecasts traffic on road graphs with sensor networks and more words here.',
      '',
      'Subject: Traffic',
      '',
      '____________________________________________________________',
      '',
      'Traffic at scale',
      '',
      'Author: Lee, Kim',
      '',
      'Publication info: Sensors 21 (2021): 5-9.',
      '',
      'Abstract: Graph learning of traffic at scale with road graphs and sensor networks.',
    ].join('\n');
    expect(() => parseCorpus(labelled, { fileName: 'export.txt' })).toThrow(
      'export.txt:1: does not read as title and abstract lines (trending-papers text): 7 lines could not be read as either, for 2 papers;',
    );
    const pairs = (n: number): string =>
      Array.from(
        { length: n },
        (_, i) => `Title number ${i}\nAn abstract that says what paper ${i} does. It has two sentences.\n`,
      ).join('');
    // Without the page's own lines: read while the lines skipped are fewer than the papers.
    const broken = `${pairs(3)}A Stray Line\nAnother Stray Line\n`;
    const read = parseCorpus(broken, { fileName: 'mine.txt' });
    expect(read.papers).toHaveLength(3);
    expect(read.warnings).toHaveLength(2);
    // A copied page (its "Get trending papers" lines) is read however many lines are broken.
    const page = `Get trending papers in your email inbox!\n${pairs(1)}One\nTwo\nThree\n`;
    expect(parseCorpus(page, { fileName: 'page.txt' }).papers).toHaveLength(1);
  });

  it('throws when no line pairs up', () => {
    expect(() => parseCorpus('Only A Title\nAnd Another Title\n', { fileName: 'titles.txt' })).toThrow(
      'titles.txt: no papers with both a title and an abstract',
    );
  });

  it('keeps a 1 MB abstract intact and parses it quickly', () => {
    const sentence = 'Long abstracts are kept whole, with every character in place. ';
    const abstract = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).trim();
    const text = `Get trending papers in your email inbox!\nSubscribeA Very Long Abstract\n${abstract}\nNext Title\n${abstract.slice(0, 2000)}\n`;
    const result = parseCorpus(text, { fileName: 'long.txt' });
    // As fast as the same text as a thousand ordinary abstracts (ratio 10; a quadratic scan would be ~1000x).
    const ordinary = `Get trending papers in your email inbox!\nSubscribe${abstract
      .match(/.{1,1000}(?= |$)/g)!
      .map((a, i) => `Title ${i}\n${a.trim()}`)
      .join('\n')}\n`;
    const baseline = cpuTime(() => parseCorpus(ordinary, { fileName: 'ordinary.txt' }));
    expect(cpuTime(() => parseCorpus(text, { fileName: 'long.txt' }))).toBeLessThan(10 * baseline);
    expect(result.papers).toHaveLength(2);
    expect(result.papers[0].abstract).toBe(abstract);
    expect(result.papers[0].abstract.length).toBeGreaterThanOrEqual(1_000_000);
  });
});

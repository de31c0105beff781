// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DetailsPanel } from '../../src/components/DetailsPanel';
import { paperLinks } from '../../src/components/paperLinks';
import { parseCorpus } from '../../src/core/corpus';
import { corpusFromMap, type MapPaper, validateMap } from '../../src/core/map';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';
import { fixtureMap, loadFixture } from './fixtureMap';

beforeEach(() => loadFixture());
afterEach(() => {
  cleanup();
  resetMapStore();
});

const METADATA: Partial<MapPaper> = {
  date: '2019-08-26',
  venue: 'Intensive care medicine',
  doi: '10.1007/s00134-019-05744-6',
  authorKeywords: ['Machine learning', 'Sepsis'],
  sourceIds: { pmid: '31452104', arxiv: '1706.03762', openalex: 'W2741809807' },
};

/** The fixture map with bibliographic metadata on paper p-moe (as an export would give it). */
function withMetadata(extra: Partial<MapPaper> = METADATA) {
  const map = fixtureMap();
  return { ...map, papers: map.papers.map((p) => (p.id === 'p-moe' ? { ...p, ...extra } : p)) };
}

describe('paper metadata from exports', () => {
  test('the details panel links back to the DOI, PubMed, arXiv and OpenAlex and lists author keywords', () => {
    useMapStore.getState().setMap(withMetadata(), 'meta.json');
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    render(<DetailsPanel />);
    const details = screen.getByRole('complementary', { name: 'Details' });
    const href = (name: string) => within(details).getByRole('link', { name }).getAttribute('href');
    expect(href('DOI')).toBe('https://doi.org/10.1007/s00134-019-05744-6');
    expect(href('Open in PubMed')).toBe('https://pubmed.ncbi.nlm.nih.gov/31452104/');
    expect(href('arXiv')).toBe('https://arxiv.org/abs/1706.03762');
    expect(href('OpenAlex')).toBe('https://openalex.org/works/W2741809807');
    expect(within(details).queryByRole('link', { name: /Search on arXiv/ })).toBeNull();
    expect(within(details).queryByRole('link', { name: /Search on Google Scholar/ })).toBeNull();
    expect(details.textContent).toContain('2019-08-26 · Intensive care medicine');
    const keywords = within(details).getByRole('heading', { name: 'Author keywords' }).nextElementSibling as HTMLElement;
    expect([...keywords.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Machine learning', 'Sepsis']);
  });

  test('a structured abstract is shown as its sections, each heading over its text, key phrases still marked', () => {
    const abstract =
      'BACKGROUND AND OBJECTIVES: Obstructive sleep apnea is prevalent after stroke. METHODS: We evaluated mixture of experts data. ' +
      'CONCLUSION: Females had poorer outcomes.';
    useMapStore.getState().setMap(withMetadata({ abstract }), 'meta.json');
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    render(<DetailsPanel />);
    const details = screen.getByRole('complementary', { name: 'Details' });
    const shown = within(details).getByRole('heading', { name: 'Abstract' }).nextElementSibling as HTMLElement;
    const parts = [...shown.querySelectorAll('p')];
    expect(parts.map((p) => p.querySelector('strong')?.textContent)).toEqual([
      'BACKGROUND AND OBJECTIVES',
      'METHODS',
      'CONCLUSION',
    ]);
    expect(parts.map((p) => p.textContent)).toEqual([
      'BACKGROUND AND OBJECTIVES Obstructive sleep apnea is prevalent after stroke.',
      'METHODS We evaluated mixture of experts data.',
      'CONCLUSION Females had poorer outcomes.',
    ]);
    // The paper's key phrase "mixture of experts" is marked inside its section.
    expect([...parts[1].querySelectorAll('mark')].map((m) => m.textContent.toLowerCase())).toContain('mixture of experts');
  });

  test('an abstract without headings stays one paragraph', () => {
    useMapStore.getState().setMap(withMetadata({ abstract: 'Results: one label alone is a sentence of the text.' }), 'meta.json');
    useMapStore.getState().select({ kind: 'paper', id: 'p-moe' });
    render(<DetailsPanel />);
    const details = screen.getByRole('complementary', { name: 'Details' });
    const shown = within(details).getByRole('heading', { name: 'Abstract' }).nextElementSibling as HTMLElement;
    expect(shown.tagName).toBe('P');
    expect(shown.textContent).toBe('Results: one label alone is a sentence of the text.');
  });

  test("Web of Science and Scopus records are linked by their ids; an export's own link to the record is that link", () => {
    const paper = fixtureMap().papers[0];
    const byIds = paperLinks({
      ...paper,
      url: undefined,
      sourceIds: { wos: 'WOS:000200148800007', scopus: '2-s2.0-85070000001' },
    });
    expect(byIds.map((l) => [l.label, l.href])).toEqual([
      ['Web of Science', 'https://www.webofscience.com/wos/woscc/full-record/WOS:000200148800007'],
      ['Scopus', 'https://www.scopus.com/record/display.uri?eid=2-s2.0-85070000001&origin=resultslist'],
    ]);
    expect(byIds[1].title).toBe('Scopus record 2-s2.0-85070000001 (for subscribers)');
    // A Scopus CSV's "Link": the Scopus record itself, so no "Open paper" beside it.
    const link = 'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85070000001&doi=10.1000%2fx&partnerID=40&md5=ab';
    expect(
      paperLinks({ ...paper, url: link, sourceIds: { scopus: '2-s2.0-85070000001' } }).map((l) => [l.label, l.href]),
    ).toEqual([['Scopus', link]]);
    // Not ids: a WoS accession of another database, an EID cut short.
    expect(paperLinks({ ...paper, url: undefined, sourceIds: { wos: 'MEDLINE:31452104', scopus: '85070000001' } })).toEqual([]);
  });

  test('a url that is the DOI link is shown once, and ids that are not ids are not linked', () => {
    const links = paperLinks({
      ...fixtureMap().papers[0],
      url: 'https://doi.org/10.1000/X',
      doi: '10.1000/X',
      sourceIds: { pmid: 'javascript:alert(1)', openalex: '../W1' },
    });
    expect(links.map((l) => [l.label, l.href])).toEqual([['DOI', 'https://doi.org/10.1000/X']]);
  });

  test('the map validator accepts the metadata and names a wrong field', () => {
    const map = withMetadata();
    expect(validateMap(JSON.parse(JSON.stringify(map)), 'm.json').papers.find((p) => p.id === 'p-moe')).toMatchObject(METADATA);
    const index = map.papers.findIndex((p) => p.id === 'p-moe');
    expect(() => validateMap(JSON.parse(JSON.stringify(withMetadata({ date: 'May 2019' }))), 'm.json')).toThrow(
      `m.json: papers[${index}].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "May 2019"`,
    );
    expect(() =>
      validateMap(JSON.parse(JSON.stringify(withMetadata({ authorKeywords: [1] as unknown as string[] }))), 'm.json'),
    ).toThrow(`m.json: papers[${index}].authorKeywords[0]: expected a string, got 1`);
    expect(() =>
      validateMap(JSON.parse(JSON.stringify(withMetadata({ sourceIds: { pmid: 5 as unknown as string } }))), 'm.json'),
    ).toThrow(`m.json: papers[${index}].sourceIds.pmid: expected a string, got 5`);
  });

  test('a map rebuilt from its own papers keeps their metadata', () => {
    const { text } = corpusFromMap(withMetadata());
    const line = JSON.parse(text.split('\n').find((l) => l.includes('"p-moe"')) as string);
    expect(line).toMatchObject({
      date: '2019-08-26',
      venue: 'Intensive care medicine',
      doi: METADATA.doi,
      keywords: METADATA.authorKeywords,
      pmid: '31452104',
      arxivId: '1706.03762',
      openalexId: 'W2741809807',
    });
    const { papers } = parseCorpus(text, { fileName: 'small.map.json', format: 'jsonl' });
    expect(papers.find((p) => p.id === 'p-moe')).toMatchObject(METADATA);
  });
});

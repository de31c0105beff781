import { describe, expect, it } from 'vitest';
import { MapFileError, parseMapFile, validateMap } from '../../../src/core/map/validateMap';
import { DEFAULT_SETTINGS, type MapFile } from '../../../src/core/map/types';

function sampleMap(): MapFile {
  return {
    format: 'topic-map',
    version: 1,
    meta: {
      tool: 'topic-map 0.1.0',
      source: 'tiny.jsonl',
      corpusHash: 'fnv1a64:0123456789abcdef',
      settings: { ...DEFAULT_SETTINGS },
      counts: { papers: 2, keywords: 2, links: 3, cooccurrences: 1, clusters: 1 },
    },
    papers: [
      { id: 'a', title: 'A', abstract: 'About x and y.', keywords: [{ term: 'x', score: 1 }], cluster: 0, x: 0, y: 0 },
      { id: 'b', title: 'B', abstract: 'About x.', keywords: [{ term: 'x', score: 0.5 }], cluster: 0, x: 10, y: 0 },
    ],
    keywords: [
      { id: 'k:x', term: 'x', papers: 2, cluster: 0, x: 5, y: 5 },
      { id: 'k:y', term: 'y', papers: 1, cluster: 0, x: 5, y: -5 },
    ],
    links: [
      { paper: 'a', keyword: 'k:x', weight: 1 },
      { paper: 'a', keyword: 'k:y', weight: 0.5 },
      { paper: 'b', keyword: 'k:x', weight: 0.5 },
    ],
    cooccurrences: [{ source: 'k:x', target: 'k:y', count: 1, weight: 1 }],
    clusters: [{ id: 0, label: 'x · y', size: 2, keywordCount: 2, topKeywords: ['x', 'y'] }],
  };
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MapFileError);
    return (error as Error).message;
  }
  throw new Error('expected a MapFileError');
}

describe('validateMap', () => {
  it('accepts a well-formed map and returns it', () => {
    const map = sampleMap();
    expect(validateMap(map, 'm.json')).toBe(map);
  });

  it('rejects a file that is not a map', () => {
    expect(messageOf(() => validateMap({ hello: 1 }, 'm.json'))).toBe(
      'm.json: format: not a Topic Map file (expected format "topic-map", got undefined)',
    );
    expect(messageOf(() => validateMap([], 'm.json'))).toBe('m.json: expected an object, got an array');
  });

  it('names the path of a wrong field', () => {
    const map = sampleMap() as unknown as { papers: Record<string, unknown>[] };
    map.papers[1].x = '12';
    expect(messageOf(() => validateMap(map, 'm.json'))).toBe('m.json: papers[1].x: expected a finite number, got "12"');
  });

  // The checks of papers and links run in one pass with no path built unless something is wrong;
  // the messages must still name the field and say what is wrong, exactly as before.
  // biome-ignore lint/suspicious/noExplicitAny: maps broken on purpose
  type Loose = Record<string, any>;
  it.each<[string, (m: Loose) => void, string]>([
    ['paper not an object', (m: Loose) => (m.papers[1] = 'b'), 'm.json: papers[1]: expected an object, got "b"'],
    ['paper id a number', (m: Loose) => (m.papers[1].id = 7), 'm.json: papers[1].id: expected a string, got 7'],
    ['duplicate paper id', (m: Loose) => (m.papers[1].id = 'a'), 'm.json: papers[1].id: duplicate paper id "a"'],
    ['title null', (m: Loose) => (m.papers[0].title = null), 'm.json: papers[0].title: expected a string, got null'],
    [
      'abstract missing',
      (m: Loose) => delete m.papers[1].abstract,
      'm.json: papers[1].abstract: expected a string, got undefined',
    ],
    ['url a number', (m: Loose) => (m.papers[0].url = 3), 'm.json: papers[0].url: expected a string, got 3'],
    ['year negative', (m: Loose) => (m.papers[0].year = -1), 'm.json: papers[0].year: expected an integer >= 0, got -1'],
    [
      'year fractional',
      (m: Loose) => (m.papers[0].year = 2020.5),
      'm.json: papers[0].year: expected an integer >= 0, got 2020.5',
    ],
    ['year a string', (m: Loose) => (m.papers[0].year = '2020'), 'm.json: papers[0].year: expected a finite number, got "2020"'],
    [
      'authors not an array',
      (m: Loose) => (m.papers[0].authors = 'Ann'),
      'm.json: papers[0].authors: expected an array, got "Ann"',
    ],
    [
      'an author not a string',
      (m: Loose) => (m.papers[0].authors = ['Ann', 2]),
      'm.json: papers[0].authors[1]: expected a string, got 2',
    ],
    [
      'keywords missing',
      (m: Loose) => delete m.papers[1].keywords,
      'm.json: papers[1].keywords: expected an array, got undefined',
    ],
    [
      'keyword entry not an object',
      (m: Loose) => (m.papers[1].keywords = [null]),
      'm.json: papers[1].keywords[0]: expected an object, got null',
    ],
    [
      'keyword term missing',
      (m: Loose) => (m.papers[1].keywords = [{ score: 1 }]),
      'm.json: papers[1].keywords[0].term: expected a string, got undefined',
    ],
    [
      'keyword score a string',
      (m: Loose) => (m.papers[1].keywords = [{ term: 'x', score: '1' }]),
      'm.json: papers[1].keywords[0].score: expected a finite number, got "1"',
    ],
    [
      'cluster not in clusters',
      (m: Loose) => (m.papers[1].cluster = 4),
      'm.json: papers[1].cluster: cluster 4 is not in clusters',
    ],
    [
      'cluster a string',
      (m: Loose) => (m.papers[1].cluster = '0'),
      'm.json: papers[1].cluster: expected a finite number, got "0"',
    ],
    ['cluster negative', (m: Loose) => (m.papers[1].cluster = -1), 'm.json: papers[1].cluster: expected an integer >= 0, got -1'],
    [
      'cluster fractional',
      (m: Loose) => (m.papers[1].cluster = 0.5),
      'm.json: papers[1].cluster: expected an integer >= 0, got 0.5',
    ],
    ['y null', (m: Loose) => (m.papers[0].y = null), 'm.json: papers[0].y: expected a finite number, got null'],
    ['x infinite', (m: Loose) => (m.papers[0].x = Infinity), 'm.json: papers[0].x: expected a finite number, got Infinity'],
    ['papers not an array', (m: Loose) => (m.papers = {}), 'm.json: papers: expected an array, got an object'],
    ['link not an object', (m: Loose) => (m.links[2] = []), 'm.json: links[2]: expected an object, got an array'],
    ['link paper unknown', (m: Loose) => (m.links[2].paper = 'zz'), 'm.json: links[2].paper: paper "zz" is not in papers'],
    ['link keyword a number', (m: Loose) => (m.links[1].keyword = 1), 'm.json: links[1].keyword: expected a string, got 1'],
    [
      'link weight missing',
      (m: Loose) => delete m.links[0].weight,
      'm.json: links[0].weight: expected a finite number, got undefined',
    ],
    ['links not an array', (m: Loose) => (m.links = null), 'm.json: links: expected an array, got null'],
  ])('names the field of a broken paper or link: %s', (_name, breakIt, message) => {
    const map = sampleMap() as unknown as Loose;
    breakIt(map);
    expect(messageOf(() => validateMap(map, 'm.json'))).toBe(message);
  });

  it('checks references between sections', () => {
    const map = sampleMap();
    map.links[2].keyword = 'k:missing';
    expect(messageOf(() => validateMap(map, 'm.json'))).toBe('m.json: links[2].keyword: keyword "k:missing" is not in keywords');
    const map2 = sampleMap();
    map2.keywords[0].cluster = 7;
    expect(messageOf(() => validateMap(map2, 'm.json'))).toBe('m.json: keywords[0].cluster: cluster 7 is not in clusters');
  });

  it('with links by place (a compact map), still checks each link end is a string, and every other reference', () => {
    const map = sampleMap() as unknown as Loose;
    map.links[1].keyword = 1;
    expect(messageOf(() => validateMap(map, 'm.json', { linksByPlace: true }))).toBe(
      'm.json: links[1].keyword: expected a string, got 1',
    );
    const map2 = sampleMap();
    map2.keywords[0].cluster = 7;
    expect(messageOf(() => validateMap(map2, 'm.json', { linksByPlace: true }))).toBe(
      'm.json: keywords[0].cluster: cluster 7 is not in clusters',
    );
    expect(validateMap(sampleMap(), 'm.json', { linksByPlace: true })).toEqual(sampleMap());
  });

  it('rejects duplicate ids and wrong counts', () => {
    const map = sampleMap();
    map.papers[1].id = 'a';
    expect(messageOf(() => validateMap(map, 'm.json'))).toBe('m.json: papers[1].id: duplicate paper id "a"');
    const map2 = sampleMap();
    map2.meta.counts.links = 9;
    expect(messageOf(() => validateMap(map2, 'm.json'))).toBe('m.json: meta.counts.links: says 9 but the file has 3');
  });

  it('rejects a newer version with a clear message', () => {
    const map = { ...sampleMap(), version: 2 };
    expect(messageOf(() => validateMap(map, 'm.json'))).toContain('unsupported map version 2');
  });

  it('accepts a map with a curation and checks its shape and consistency', () => {
    const curation = { stopwords: ['y'], synonyms: [{ from: 'LLMs', to: 'x' }], clusterNames: [{ keyword: 'x', name: 'Ex' }] };
    const map = { ...sampleMap(), curation };
    expect(validateMap(map, 'm.json').curation).toEqual(curation);
    expect(messageOf(() => validateMap({ ...sampleMap(), curation: [] }, 'm.json'))).toBe(
      'm.json: curation: expected an object, got an array',
    );
    expect(messageOf(() => validateMap({ ...sampleMap(), curation: { ...curation, synonyms: [{ from: 'a' }] } }, 'm.json'))).toBe(
      'm.json: curation.synonyms[0].to: expected a string, got undefined',
    );
    expect(messageOf(() => validateMap({ ...sampleMap(), curation: { ...curation, clusterNames: undefined } }, 'm.json'))).toBe(
      'm.json: curation.clusterNames: expected an array, got undefined',
    );
    const circle = {
      ...curation,
      synonyms: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
    };
    expect(messageOf(() => validateMap({ ...sampleMap(), curation: circle }, 'm.json'))).toBe(
      'm.json: curation.synonyms[1]: merges go round in a circle: "a" → "b" → "a" (see curation.synonyms[0])',
    );
  });

  it('turns JSON syntax errors into a readable message', () => {
    expect(messageOf(() => parseMapFile('{"format": ', 'broken.json'))).toMatch(/^broken\.json: not valid JSON \(/);
    expect(parseMapFile(JSON.stringify(sampleMap()), 'ok.json').papers).toHaveLength(2);
  });
});

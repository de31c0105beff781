import { describe, expect, it } from 'vitest';
import { MapFileError, parseMapFile, validateMap } from '../src/core/validateMap';
import { DEFAULT_SETTINGS, type MapFile } from '../src/core/types';

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

  it('checks references between sections', () => {
    const map = sampleMap();
    map.links[2].keyword = 'k:missing';
    expect(messageOf(() => validateMap(map, 'm.json'))).toBe('m.json: links[2].keyword: keyword "k:missing" is not in keywords');
    const map2 = sampleMap();
    map2.keywords[0].cluster = 7;
    expect(messageOf(() => validateMap(map2, 'm.json'))).toBe('m.json: keywords[0].cluster: cluster 7 is not in clusters');
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
    expect(messageOf(() => validateMap({ ...sampleMap(), curation: [] }, 'm.json'))).toBe('m.json: curation: expected an object, got an array');
    expect(messageOf(() => validateMap({ ...sampleMap(), curation: { ...curation, synonyms: [{ from: 'a' }] } }, 'm.json'))).toBe(
      'm.json: curation.synonyms[0].to: expected a string, got undefined',
    );
    expect(messageOf(() => validateMap({ ...sampleMap(), curation: { ...curation, clusterNames: undefined } }, 'm.json'))).toBe(
      'm.json: curation.clusterNames: expected an array, got undefined',
    );
    const circle = { ...curation, synonyms: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }] };
    expect(messageOf(() => validateMap({ ...sampleMap(), curation: circle }, 'm.json'))).toBe(
      'm.json: curation.synonyms[1]: merges go round in a circle: "a" → "b" → "a" (see curation.synonyms[0])',
    );
  });

  it('turns JSON syntax errors into a readable message', () => {
    expect(messageOf(() => parseMapFile('{"format": ', 'broken.json'))).toMatch(/^broken\.json: not valid JSON \(/);
    expect(parseMapFile(JSON.stringify(sampleMap()), 'ok.json').papers).toHaveLength(2);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../../src/core/buildMap';
import { serializeMap } from '../../../src/core/map/serializeMap';
import { serializeMapParts } from '../../../src/core/map/serializeMapParts';
import type { MapFile } from '../../../src/core/map/types';

describe('serializeMapParts', () => {
  const { map } = buildMap(readFileSync('data/trending-papers.txt', 'utf8'), {
    fileName: 'trending-papers.txt',
    toolVersion: 'topic-map test',
    curation: { stopwords: ['muon'], synonyms: [], clusterNames: [] },
  });

  it('joins to exactly serializeMap’s text, cut into several parts', () => {
    const parts = [...serializeMapParts(map)];
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.join('')).toBe(serializeMap(map));
    expect(map.curation).toBeDefined();
  });

  it('leaves out what JSON.stringify leaves out, and writes empty arrays', () => {
    const odd = { ...map, papers: [], curation: undefined } as unknown as MapFile;
    expect([...serializeMapParts(odd)].join('')).toBe(serializeMap(odd));
  });
});

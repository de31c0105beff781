import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_COORDINATE, validateMap } from '../../../src/core/map';
import type { MapFile } from '../../../src/core/map';

const FIXTURE = new URL('../../fixtures/small.map.json', import.meta.url);

function fixture(): MapFile {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as MapFile;
}

function messageOf(map: MapFile): string {
  try {
    validateMap(map, 'm.json');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected validateMap to refuse the map');
}

describe('validateMap: coordinates within bounds', () => {
  it('refuses a paper at x = 1e308, naming the paper and the field', () => {
    const map = fixture();
    map.papers[2].x = 1e308;
    expect(messageOf(map)).toBe(
      `m.json: papers[2].x: 1e+308 is out of range for paper "${map.papers[2].id}" (coordinates lie within ±10000000 world units)`,
    );
  });

  it('refuses a keyword at y = -2e7, naming the keyword', () => {
    const map = fixture();
    map.keywords[4].y = -2e7;
    expect(messageOf(map)).toBe(
      `m.json: keywords[4].y: -20000000 is out of range for keyword "${map.keywords[4].id}" (coordinates lie within ±10000000 world units)`,
    );
  });

  it('accepts coordinates at the bound itself', () => {
    const map = fixture();
    map.papers[0].x = MAX_COORDINATE;
    map.keywords[0].y = -MAX_COORDINATE;
    expect(validateMap(map, 'm.json')).toBe(map);
  });
});

describe('validateMap: ids that GEXF and GraphML cannot keep apart', () => {
  it('refuses a paper id holding a control character, written as an escape', () => {
    const map = fixture();
    const old = map.papers[1].id;
    map.papers[1].id = 'p1\u0001';
    for (const link of map.links) if (link.paper === old) link.paper = 'p1\u0001';
    const message = messageOf(map);
    expect(message).toBe(
      'm.json: papers[1].id: paper id "p1\\u0001" holds the control character U+0001; ids must be printable text',
    );
  });

  it('refuses a keyword id holding a control character', () => {
    const map = fixture();
    const old = map.keywords[0].id;
    map.keywords[0].id = 'k:p1\u0002';
    for (const link of map.links) if (link.keyword === old) link.keyword = 'k:p1\u0002';
    for (const co of map.cooccurrences) {
      if (co.source === old) co.source = 'k:p1\u0002';
      if (co.target === old) co.target = 'k:p1\u0002';
    }
    expect(messageOf(map)).toContain('keywords[0].id: keyword id "k:p1\\u0002" holds the control character U+0002');
  });
});

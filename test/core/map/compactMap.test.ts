import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../../src/core/buildMap';
import {
  type CompactMapPart,
  type MapFile,
  applyCompactTexts,
  compactMapParts,
  decodeCompactMap,
  linkPlacesOf,
  parseMapFile,
  readCompactMap,
  serializeMap,
} from '../../../src/core/map';
import { TEXTS_CHUNK_SIZE } from '../../../src/core/map/compactFormat';
import { filterMap, indexMap } from '../../../src/core/query';
import { type SceneInput, chosenLinks, createSceneCache, sceneLayers } from '../../../src/core/scene';
import { computeTimeIndex } from '../../../src/core/time';

/** The compact parts of `map` as a name -> content table, and a reader over it. */
function compact(map: MapFile, main = 'test.map.bin'): { files: Map<string, CompactMapPart['data']>; main: Uint8Array } {
  const files = new Map<string, CompactMapPart['data']>();
  for (const part of compactMapParts(map, main)) files.set(part.name, part.data);
  return { files, main: files.get(main) as Uint8Array };
}

function readAll(files: Map<string, CompactMapPart['data']>, main = 'test.map.bin'): MapFile {
  return readCompactMap(files.get(main) as Uint8Array, main, (name) => {
    const text = files.get(name);
    if (typeof text !== 'string') throw new Error(`no file ${name}`);
    return text;
  });
}

/** A map of more papers than one texts file holds: the trending corpus's papers, repeated under new ids. */
function bigMap(base: MapFile, copies: number): MapFile {
  const papers = Array.from({ length: copies }, (_, c) =>
    base.papers.map((p) => ({ ...p, id: `${p.id}#${c}`, x: p.x + c * 0.01, y: -p.y })),
  ).flat();
  const links = Array.from({ length: copies }, (_, c) => base.links.map((l) => ({ ...l, paper: `${l.paper}#${c}` }))).flat();
  return {
    ...base,
    meta: { ...base.meta, counts: { ...base.meta.counts, papers: papers.length, links: links.length } },
    papers,
    links,
  };
}

describe('compact map: JSON -> compact -> MapFile', () => {
  const { map } = buildMap(readFileSync('data/trending-papers.txt', 'utf8'), {
    fileName: 'trending-papers.txt',
    toolVersion: 'topic-map test',
    curation: { stopwords: ['muon'], synonyms: [], clusterNames: [] },
  });

  it('gives back the built map, deep-equal and byte for byte once its texts are read', () => {
    const { files } = compact(map);
    const back = readAll(files);
    expect(back).toEqual(map);
    expect(serializeMap(back)).toBe(serializeMap(map));
  });

  it('gives back the hand-written fixture (metadata, no years) deep-equal', () => {
    const fixture = parseMapFile(readFileSync('test/fixtures/small.map.json', 'utf8'), 'small.map.json');
    expect(readAll(compact(fixture).files)).toEqual(fixture);
    const exportFixture = parseMapFile(readFileSync('test/fixtures/export-small.map.json', 'utf8'), 'export-small.map.json');
    expect(readAll(compact(exportFixture).files)).toEqual(exportFixture);
  });

  it('opens a version 1 file (titles in the header), as written before titles became a column', () => {
    const fixture = parseMapFile(readFileSync('test/fixtures/small.map.json', 'utf8'), 'small.map.json');
    const dir = 'test/fixtures/compact-v1';
    const main = new Uint8Array(readFileSync(`${dir}/small.map.bin`));
    expect(new DataView(main.buffer, main.byteOffset).getUint32(8, true)).toBe(1);
    const back = readCompactMap(main, 'small.map.bin', (name) => readFileSync(`${dir}/${name}`, 'utf8'));
    expect(back).toEqual(fixture);
    expect(serializeMap(back)).toBe(serializeMap(fixture));
  });

  it('writes version 2: the titles out of the JSON header, any Unicode back as it was', () => {
    const odd = structuredClone(map);
    const titles = [
      'Café au lait: ∂x/∂t',
      '🧬 genomes 🧪 and tests',
      '',
      'line\nbreak "quoted" \\ \u0000?',
      'a real \uFFFD replacement character',
    ];
    titles.forEach((title, i) => (odd.papers[i].title = title));
    const { files, main } = compact(odd);
    const view = new DataView(main.buffer, main.byteOffset);
    expect(view.getUint32(8, true)).toBe(2);
    const header = JSON.parse(new TextDecoder().decode(main.subarray(16, 16 + view.getUint32(12, true))));
    expect(header.papers.titles).toBeUndefined();
    expect(JSON.stringify(header)).not.toContain('genomes');
    const back = readAll(files);
    expect(back.papers.slice(0, titles.length).map((p) => p.title)).toEqual(titles);
    expect(back).toEqual(odd);
  });

  it('writes a map with a lone surrogate in a title as version 1, which keeps it', () => {
    const odd = structuredClone(map);
    odd.papers[2].title = 'half a pair \ud83e here';
    const { files, main } = compact(odd);
    expect(new DataView(main.buffer, main.byteOffset).getUint32(8, true)).toBe(1);
    expect(readAll(files)).toEqual(odd);
  });

  it('splits the texts into files of TEXTS_CHUNK_SIZE papers and fills a paper only from its own file', () => {
    const big = bigMap(map, Math.ceil((TEXTS_CHUNK_SIZE * 2.5) / map.papers.length));
    const { files, main } = compact(big);
    const chunks = Math.ceil(big.papers.length / TEXTS_CHUNK_SIZE);
    expect([...files.keys()]).toEqual([...Array.from({ length: chunks }, (_, k) => `test.map.texts-${k}.json`), 'test.map.bin']);
    const { map: shown, texts } = decodeCompactMap(main, 'test.map.bin');
    // Before its texts: everything the first paint needs, texts fields empty.
    const last = big.papers.length - 1;
    expect(shown.papers[last]).toMatchObject({
      id: big.papers[last].id,
      title: big.papers[last].title,
      abstract: '',
      keywords: [],
    });
    expect(shown.links).toEqual(big.links);
    const object = shown.papers[last];
    applyCompactTexts(shown, texts, chunks - 1, files.get(`test.map.texts-${chunks - 1}.json`) as string);
    expect(shown.papers[last]).toBe(object);
    expect(shown.papers[last]).toEqual(big.papers[last]);
    expect(shown.papers[0].abstract).toBe('');
    expect(readAll(files)).toEqual(big);
  });

  it('keeps numbers no decimal scale holds exactly (Float64 columns), -0 and unknown top-level keys', () => {
    const odd = structuredClone(map) as MapFile & { extra?: unknown };
    odd.papers[0].x = Math.PI;
    odd.papers[1].y = -0;
    odd.links[0].weight = 1 / 3;
    delete odd.papers[2].year;
    odd.extra = { note: 'kept' };
    const back = readAll(compact(odd).files) as typeof odd;
    expect(back).toEqual(odd);
    expect(Object.is(back.papers[1].y, -0)).toBe(true);
    expect(back.extra).toEqual({ note: 'kept' });
    expect(back.papers[2]).not.toHaveProperty('year');
  });

  it('is smaller than the JSON map without its texts, and its parts are gzip-friendly', () => {
    const { files, main } = compact(map);
    const json = serializeMap(map).length;
    expect(main.length).toBeLessThan(json / 3);
    const textBytes = [...files.values()].filter((d) => typeof d === 'string').reduce((s, d) => s + (d as string).length, 0);
    expect(textBytes).toBeLessThan(json);
  });

  it('hands the index its links by place, as looking their ids up gives (a JSON map has none)', () => {
    const { main } = compact(map);
    const { map: shown } = decodeCompactMap(main, 'test.map.bin');
    const places = linkPlacesOf(shown);
    expect(places).toBeDefined();
    const paperAt = new Map(shown.papers.map((p, i) => [p.id, i]));
    const keywordAt = new Map(shown.keywords.map((k, i) => [k.id, i]));
    expect([...places!.paper]).toEqual(shown.links.map((l) => paperAt.get(l.paper)));
    expect([...places!.keyword]).toEqual(shown.links.map((l) => keywordAt.get(l.keyword)));
    expect(linkPlacesOf(map)).toBeUndefined();
    // The index built from them is the one built by id.
    const fromPlaces = indexMap(shown).linkEnds;
    const byId = indexMap(structuredClone(shown)).linkEnds;
    expect(linkPlacesOf(structuredClone(shown))).toBeUndefined();
    expect(fromPlaces).toEqual(byId);
  });

  it('makes the link objects when they are first read, not for the index, its tables or the first scene', () => {
    const { main } = compact(map);
    const { map: shown } = decodeCompactMap(main, 'test.map.bin');
    const made = (): boolean => !Object.getOwnPropertyDescriptor(shown, 'links')?.get;
    const index = indexMap(shown);
    expect(index.linkEnds.paper).toHaveLength(map.links.length);
    expect(index.paperById.size).toBe(map.papers.length);
    // What the first paint computes: the inactive filter and the scene.
    const at: SceneInput = {
      map: shown,
      index,
      filter: filterMap(shown, index, { keywords: [], mode: 'all' }),
      hideFiltered: false,
      selection: null,
      hoverId: null,
      theme: 'light',
      view: { width: 1000, height: 700, k: 1, x: 500, y: 350 },
    };
    const cache = createSceneCache(shown);
    const layers = sceneLayers(at, cache);
    expect(layers.links.length).toBeGreaterThan(0);
    expect(chosenLinks(layers, at, cache).opacity).toBeGreaterThan(0);
    // Nor do the index's link tables (warmed after the paint): the same as from the link objects.
    const fromJson = indexMap(map);
    expect(index.keywordsOfPaper).toEqual(fromJson.keywordsOfPaper);
    expect(index.papersOfKeyword).toEqual(fromJson.papersOfKeyword);
    expect(made()).toBe(false);
    // In the JSON map's key order, and then a plain array: the same one each time, replaceable.
    expect(Object.keys(shown)).toEqual(Object.keys(map));
    const links = shown.links;
    expect(made()).toBe(true);
    expect(shown.links).toBe(links);
    expect(links).toEqual(map.links);
    shown.links = links.slice(1);
    expect(shown.links).toHaveLength(map.links.length - 1);
    // A second map's links are its own.
    const other = decodeCompactMap(main, 'test.map.bin').map;
    other.links = [];
    expect(other.links).toEqual([]);
    expect(decodeCompactMap(main, 'test.map.bin').map.links).toEqual(map.links);
  });

  it('gives the keywords’ papers per year from the link places, the link objects still unmade', () => {
    const fixture = parseMapFile(readFileSync('test/fixtures/small.map.json', 'utf8'), 'small.map.json');
    const { map: shown } = decodeCompactMap(compact(fixture).main, 'test.map.bin');
    const time = computeTimeIndex(shown);
    expect(time?.dated).toBeGreaterThan(0);
    expect(time?.keywords).toEqual(computeTimeIndex(fixture)?.keywords);
    expect(Object.getOwnPropertyDescriptor(shown, 'links')?.get).toBeDefined();
  });

  it('refuses a link weight that is not finite, as validateMap does', () => {
    const odd = structuredClone(map);
    odd.links[3].weight = Number.POSITIVE_INFINITY;
    expect(() => decodeCompactMap(compact(odd).main, 'test.map.bin')).toThrow(
      'test.map.bin: links[3].weight: expected a finite number, got Infinity',
    );
  });

  it('reads columns in place from an aligned file and from a copy at an odd offset alike', () => {
    const { main } = compact(map);
    const shifted = new Uint8Array(main.length + 3);
    shifted.set(main, 3);
    const odd = decodeCompactMap(shifted.subarray(3), 'test.map.bin').map;
    expect(odd).toEqual(decodeCompactMap(main, 'test.map.bin').map);
    expect([...linkPlacesOf(odd)!.paper]).toEqual([...linkPlacesOf(decodeCompactMap(main, 'x').map)!.paper]);
  });

  it('refuses a link with fields of its own, which it could not give back', () => {
    const odd = structuredClone(map) as MapFile;
    (odd.links[3] as unknown as Record<string, unknown>).note = 'x';
    expect(() => [...compactMapParts(odd, 'x.map.bin')]).toThrow(/links\[3\] has the field "note"/);
  });
});

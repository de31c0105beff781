import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  DATA_FORMAT_NAMES,
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  formatOfFileName,
  isDataFormat,
  isExportFormat,
  writeCsv,
  writeDataExport,
  writeGexf,
  writeGraphml,
  writeVosviewer,
  type DataFormat,
} from '../../../src/core/export';
import type { VosviewerJson } from '../../../src/core/export/writeVosviewer';
import { type MapFile, parseMapFile } from '../../../src/core/map';
import { filterMapForExport } from '../../../src/core/query';

const FIXTURE = new URL('../../fixtures/export-small.map.json', import.meta.url);
const map = parseMapFile(readFileSync(FIXTURE, 'utf8'), 'export-small.map.json');

describe('EXPORT_FORMATS', () => {
  it('lists the pictures, then the data formats, with distinct labels and file names', () => {
    expect(EXPORT_FORMAT_NAMES).toEqual(['svg', 'png', 'gexf', 'graphml', 'vosviewer', 'csv']);
    expect(DATA_FORMAT_NAMES).toEqual(['gexf', 'graphml', 'vosviewer', 'csv']);
    expect(EXPORT_FORMAT_NAMES.filter(isDataFormat)).toEqual(DATA_FORMAT_NAMES);
    expect(new Set(EXPORT_FORMAT_NAMES.map((f) => EXPORT_FORMATS[f].label)).size).toBe(6);
    expect(new Set(EXPORT_FORMAT_NAMES.map((f) => EXPORT_FORMATS[f].fileName)).size).toBe(6);
  });

  it('knows its names and nothing else', () => {
    expect(isExportFormat('graphml')).toBe(true);
    expect(isExportFormat('pdf')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
  });

  it('tells a format by the file name, any case, except .json (a map file is JSON too)', () => {
    expect(formatOfFileName('out/map.svg')).toBe('svg');
    expect(formatOfFileName('MAP.PNG')).toBe('png');
    expect(formatOfFileName('/tmp/a.b/net.gexf')).toBe('gexf');
    expect(formatOfFileName('net.graphml')).toBe('graphml');
    expect(formatOfFileName('papers.csv')).toBe('csv');
    expect(formatOfFileName('vos.json')).toBeUndefined();
    expect(formatOfFileName('/tmp/a.svg/out')).toBeUndefined();
    expect(formatOfFileName('.svg')).toBeUndefined();
    expect(formatOfFileName('map')).toBeUndefined();
  });

  it('writes each data format with its writer, the creator named from the version', () => {
    const stamp = 'Topic Map 9.9.9 export; test';
    const options = { stamp, version: '9.9.9' };
    expect(writeDataExport('gexf', map, options)).toBe(writeGexf(map, { stamp, creator: 'Topic Map 9.9.9' }));
    expect(writeDataExport('graphml', map, options)).toBe(writeGraphml(map, { stamp, creator: 'Topic Map 9.9.9' }));
    expect(writeDataExport('vosviewer', map, options)).toBe(writeVosviewer(map, { stamp }));
    expect(writeDataExport('vosviewer', map, { ...options, papers: true })).toBe(writeVosviewer(map, { stamp, papers: true }));
    expect(writeDataExport('vosviewer', map, { ...options, papers: true })).not.toBe(writeVosviewer(map, { stamp }));
    expect(writeDataExport('csv', map, options)).toBe(writeCsv(map, { stamp }));
  });
});

describe('cluster numbers across the data exports', () => {
  /** Paper id → its cluster number, as each format writes it. */
  function numbers(part: MapFile): Record<DataFormat, Map<string, number>> {
    const csv = Papa.parse<Record<string, string>>(writeCsv(part).trim(), { header: true }).data;
    const fromGraph = (graph: Graph): Map<string, number> =>
      new Map(part.papers.map((p) => [p.id, graph.getNodeAttribute(`p:${p.id}`, 'cluster') as number]));
    const vos = JSON.parse(writeVosviewer(part, { papers: true })) as VosviewerJson;
    const vosPapers = vos.network.items.slice(part.keywords.length);
    return {
      csv: new Map(csv.map((row) => [row.id, Number(row.cluster)])),
      gexf: fromGraph(gexf.parse(Graph, writeGexf(part))),
      graphml: fromGraph(graphml.parse(Graph, writeGraphml(part))),
      vosviewer: new Map(part.papers.map((p, i) => [p.id, vosPapers[i].cluster])),
    };
  }

  it('are the cluster id + 1 in every format, and stay so in a filtered export', () => {
    const filtered = filterMapForExport(map, { keywords: [map.keywords.at(-1)!.id], mode: 'all' });
    // The filter drops the first cluster: numbering by rank would renumber the rest.
    expect(filtered.clusters.map((c) => c.id)).not.toContain(map.clusters[0].id);
    for (const part of [map, filtered]) {
      const expected = new Map(part.papers.map((p) => [p.id, p.cluster + 1]));
      for (const [format, got] of Object.entries(numbers(part))) expect(got, format).toEqual(expected);
    }
  });
});

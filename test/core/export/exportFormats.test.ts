import { readFileSync } from 'node:fs';
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
} from '../../../src/core/export';
import { parseMapFile } from '../../../src/core/map';

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

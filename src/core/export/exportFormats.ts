import type { MapFile } from '../map';
import { writeCsv } from './writeCsv';
import { writeGexf } from './writeGexf';
import { writeGraphml } from './writeGraphml';
import { writeVosviewer } from './writeVosviewer';

/** What the writers of the map's data need besides the (filtered) map. */
export interface DataExportOptions {
  /** The reproducibility stamp (exportStamp). */
  stamp: string;
  /** The package version; GEXF and GraphML name "Topic Map <version>" as their creator. */
  version: string;
  /** VOSviewer: add the papers as items linked to their keywords. */
  papers?: boolean;
}

interface FormatInfo {
  /** Its name in the app's export menu. */
  label: string;
  /** The file the app downloads. */
  fileName: string;
  /** MIME type of the download. */
  type: string;
  /** Whether an output file name ending like `fileName` tells the command line the format. */
  byExtension: boolean;
}

interface DataFormatInfo extends FormatInfo {
  write(part: MapFile, options: DataExportOptions): string;
}

const DATA_FORMAT_INFO = {
  gexf: {
    label: 'GEXF (Gephi)',
    fileName: 'topic-map.gexf',
    type: 'application/gexf+xml',
    byExtension: true,
    write: (part, { stamp, version }) => writeGexf(part, { stamp, creator: `Topic Map ${version}` }),
  },
  graphml: {
    label: 'GraphML',
    fileName: 'topic-map.graphml',
    type: 'application/graphml+xml',
    byExtension: true,
    write: (part, { stamp, version }) => writeGraphml(part, { stamp, creator: `Topic Map ${version}` }),
  },
  vosviewer: {
    label: 'VOSviewer JSON',
    fileName: 'topic-map.json',
    type: 'application/json',
    // Any JSON could be meant by ".json" (a map file is JSON too): the command line asks for --format.
    byExtension: false,
    write: (part, { stamp, papers }) => writeVosviewer(part, { stamp, papers: papers === true }),
  },
  csv: {
    label: 'CSV (papers)',
    fileName: 'topic-map.csv',
    type: 'text/csv',
    byExtension: true,
    write: (part, { stamp }) => writeCsv(part, { stamp }),
  },
} satisfies Record<string, DataFormatInfo>;

/**
 * Every export format, in the order the command line lists them: the two pictures of the scene,
 * then the map's data. The export menu and `npm run export` both read this one registry, so they
 * offer the same formats with the same writers and options.
 */
export const EXPORT_FORMATS = {
  svg: { label: 'SVG', fileName: 'topic-map.svg', type: 'image/svg+xml', byExtension: true },
  png: { label: 'PNG', fileName: 'topic-map.png', type: 'image/png', byExtension: true },
  ...DATA_FORMAT_INFO,
} satisfies Record<string, FormatInfo>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export type DataFormat = keyof typeof DATA_FORMAT_INFO;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];
export const DATA_FORMAT_NAMES = Object.keys(DATA_FORMAT_INFO) as DataFormat[];

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

export function isDataFormat(format: ExportFormat): format is DataFormat {
  return Object.hasOwn(DATA_FORMAT_INFO, format);
}

/** The format an output file's name says ("map.GEXF": gexf), if it says one. */
export function formatOfFileName(fileName: string): ExportFormat | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  // As path.extname: ".svg" alone is a hidden file's name, not an extension.
  if (dot <= 0) return undefined;
  const extension = base.slice(dot).toLowerCase();
  return EXPORT_FORMAT_NAMES.find((f) => EXPORT_FORMATS[f].byExtension && EXPORT_FORMATS[f].fileName.endsWith(extension));
}

/** The text of a data export of `part` (the map, or what passes a filter: filterMapForExport). */
export function writeDataExport(format: DataFormat, part: MapFile, options: DataExportOptions): string {
  return DATA_FORMAT_INFO[format].write(part, options);
}

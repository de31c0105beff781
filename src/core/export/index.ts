/**
 * @module core/export
 * Writers. Takes a map (or a scene, for SVG) and an export stamp; gives the text or bytes of an
 * SVG, GEXF, GraphML, VOSviewer JSON or CSV file, and PNG text chunks. EXPORT_FORMATS is the one
 * list of formats, for the app's export menu and `npm run export`.
 */
export { addPngText } from './addPngText';
export {
  DATA_FORMAT_NAMES,
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  formatOfFileName,
  isDataFormat,
  isExportFormat,
  writeDataExport,
  type DataExportOptions,
  type DataFormat,
  type ExportFormat,
} from './exportFormats';
export { escapeXml } from './escapeXml';
export { exportStamp, type StampFilter } from './exportStamp';
export { writeCsv } from './writeCsv';
export { writeGexf } from './writeGexf';
export { writeGraphml } from './writeGraphml';
export { writeSvg } from './writeSvg';
export { writeVosviewer } from './writeVosviewer';

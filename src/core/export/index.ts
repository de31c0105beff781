/**
 * @module core/export
 * Writers. Takes a map (or a scene, for SVG) and an export stamp; gives the text or bytes of an
 * SVG, GEXF, GraphML, VOSviewer JSON or CSV file, and PNG text chunks.
 */
export { addPngText } from './addPngText';
export { escapeXml } from './escapeXml';
export { exportStamp, type StampFilter } from './exportStamp';
export { writeCsv } from './writeCsv';
export { writeGexf } from './writeGexf';
export { writeGraphml } from './writeGraphml';
export { writeSvg } from './writeSvg';
export { writeVosviewer } from './writeVosviewer';

import { MAP_FORMAT } from './types';

const MAP_START = new RegExp(`^\\uFEFF?\\s*\\{\\s*"format"\\s*:\\s*"${MAP_FORMAT}(?:-texts)?"`);

/**
 * Whether a file's first characters are those of a Topic Map map file (or one of a compact map's
 * texts files): `{"format":"topic-map"`, as every map this tool writes begins. For the command
 * line, which must not read a map as a corpus, nor write a map over a file that is not one.
 */
export function isMapFileStart(start: string): boolean {
  return MAP_START.test(start);
}

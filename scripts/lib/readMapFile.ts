import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type MapFile, isCompactMap, parseMapFile, readCompactMap } from '../../src/core/map';

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String((error as Error).message);
}

/**
 * A map file read and validated for a command (export, gaps): the JSON map, or the main file of a
 * compact map (`.map.bin`, read with every texts file beside it). `fail` turns the message into
 * the command's own error type, so each command keeps its exit codes; the message names the file.
 */
export function readMapFile(file: string, fail: (message: string) => Error): MapFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw fail(`cannot read map file ${file}: ${readError(error)}`);
  }
  const readText = (name: string): string => {
    const path = join(dirname(file), name);
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw fail(`cannot read ${path}, the texts of the compact map ${file}: ${readError(error)}`);
    }
  };
  try {
    if (isCompactMap(bytes)) return readCompactMap(bytes, file, readText);
    return parseMapFile(bytes.toString('utf8'), file);
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'MapFileError') throw error;
    // The validator's messages already start with the file name and say where.
    throw fail(`invalid map file: ${error.message}`);
  }
}

import { readFileSync } from 'node:fs';
import { type MapFile, parseMapFile } from '../../src/core/map';

/**
 * A map file read and validated for a command (export, gaps). `fail` turns the message into the
 * command's own error type, so each command keeps its exit codes; the message names the file.
 */
export function readMapFile(file: string, fail: (message: string) => Error): MapFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String((error as Error).message);
    throw fail(`cannot read map file ${file}: ${why}`);
  }
  try {
    return parseMapFile(text, file);
  } catch (error) {
    // The validator's messages already start with the file name and say where.
    throw fail(`invalid map file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

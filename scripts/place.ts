/**
 * npm run place -- --map FILE --input PAPER
 *
 * Places one paper on a map without changing the map, and prints the answer as JSON: the paper's
 * key phrases (with the map's vocabulary and IDF), its place, its nearest cluster with a
 * similarity, the most similar papers with the key phrases they share, and the nearest cluster's
 * key phrases it does not use. The computation is src/core/place, the same the app's "Place a
 * paper" shows; this file only deals with arguments, files and the output.
 *
 * PAPER is plain text, the title on the first line and the abstract on the lines after it, or one
 * BibTeX entry (a text starting with `@`, as a .bib export gives it; it needs title and abstract).
 */
import { readFileSync } from 'node:fs';
import { decodeCorpusBytes } from '../src/core/corpus/textEncoding';
import { pathToFileURL } from 'node:url';
import { PlaceInputError, parsePlaceInput, placePaper } from '../src/core/place';
import { readMapFile } from './lib/readMapFile';
import { CommandError, type CommandIo, commandArgs, consoleIo, runCommand } from './lib/runCommand';
import { userPath } from './lib/userPath';

const USAGE = `Usage: npm run place -- --map FILE --input PAPER

  --map FILE      map file made by npm run build:map (or saved from the app)
  --input PAPER   the paper: a text file with the title on the first line and the abstract on
                  the lines below, or a .bib file with one BibTeX entry (title and abstract)

Prints JSON: keyPhrases, position {x, y} (null when the paper shares no key phrase with the map),
cluster {id, label, similarity}, similar [{id, title, cluster, similarity, shared}], unused.`;

export type PlaceIo = CommandIo;

/** Runs the command; returns the exit code (0 done, 1 failed, 2 bad arguments). */
export function main(argv: readonly string[], io: PlaceIo = consoleIo): number {
  return runCommand('place', USAGE, run, argv, io);
}

function run(argv: readonly string[], io: PlaceIo): void {
  const values = commandArgs(argv, {
    map: { type: 'string' },
    input: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.log(USAGE);
    return;
  }
  if (!values.map) throw new CommandError('missing --map FILE', true);
  if (!values.input) throw new CommandError('missing --input PAPER', true);
  values.map = userPath(values.map);
  values.input = userPath(values.input);
  const map = readMapFile(values.map, (message) => new CommandError(message));
  let text: string;
  try {
    // As a corpus file is read: UTF-16 with a BOM, and Western text that is not UTF-8 (Windows-1252).
    text = decodeCorpusBytes(readFileSync(values.input)).text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : String((error as Error).message);
    throw new CommandError(`cannot read input ${values.input}: ${why}`);
  }
  let paper;
  try {
    paper = parsePlaceInput(text, values.input);
  } catch (error) {
    if (error instanceof PlaceInputError) throw new CommandError(error.message);
    throw error;
  }
  const placement = placePaper(map, paper);
  io.log(JSON.stringify({ map: values.map, input: values.input, title: paper.title, ...placement }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}

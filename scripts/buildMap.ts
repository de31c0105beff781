/**
 * `npm run build:map -- --input FILE --output FILE [options]`: corpus in, map file out.
 * A thin wrapper: arguments, reading, progress and atomic writing; the work is src/core/buildMap.
 */
import { accessSync, closeSync, constants, mkdirSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { crc32 } from 'node:zlib';
import { type BuildMapResult, buildMapFromCorpus, buildMapFromCorpusWith, type CorpusInput } from '../src/core/buildMap';
import {
  ThesaurusError,
  type ThesaurusRows,
  type UnusedCuration,
  checkCuration,
  parseThesaurusRows,
  unusedThesaurusRows,
} from '../src/core/curation';
import { CorpusError, CorpusParser, combineCorpora, describeTally, PaperRegistry } from '../src/core/corpus';
import { GunzipReader, isGzip } from '../src/core/corpus/GunzipReader';
import { isCorpusFileName, NO_CORPUS_FILE_IN_FOLDER } from '../src/core/corpus/isCorpusFileName';
import {
  type BuildSettings,
  type CorpusFormat,
  type CorpusWarning,
  COMPACT_MAGIC,
  compactMapParts,
  MAX_SEED,
  DEFAULT_SETTINGS,
  isMapFileStart,
  type MapFile,
  resolveSettings,
  serializeMapParts,
  TOOL_VERSION,
} from '../src/core/map';
import { summarizeChanges } from '../src/core/living';
import { TextHash, compareKeys, countNoun as count } from '../src/core/util';
import { createProgressReporter, type StageProgress } from './lib/progress';
import { checkOutput, writeChunksAtomic } from './lib/writeFileAtomic';
import { computeKeywordsParallel, defaultThreads } from './lib/parallel/computeKeywordsParallel';
import { printable } from './lib/printable';
import { userPath } from './lib/userPath';
import { readMapFile } from './lib/readMapFile';
import { writeTextPartsAtomic } from './lib/writeTextPartsAtomic';
import { Utf8PieceDecoder } from './lib/Utf8PieceDecoder';
import { decodeCorpusBytes } from '../src/core/corpus/textEncoding';

export const DEFAULT_INPUT = 'data/trending-papers.txt';
export const DEFAULT_OUTPUT = 'public/trending-papers.map.json';

const FORMATS: CorpusFormat[] = [
  'trending',
  'jsonl',
  'json',
  'csv',
  'bibtex',
  'ris',
  'wos',
  'scopus',
  'pubmed',
  'openalex',
  'arxiv',
  'csl-json',
  'endnote',
  'refworks',
];

/** Papers from which the default --threads uses worker threads: below it, starting them costs more than they save. */
export const PARALLEL_FROM = 2000;

const USAGE = `Usage: npm run build:map -- [--input FILE] [--output FILE] [options]

Builds a topic map file from a corpus of papers (titles and abstracts).

  --input FILE        corpus file (default ${DEFAULT_INPUT}); repeat it to build one map from
                      several files (a paper in more than one, same DOI or title and year, is kept once);
                      a folder: every corpus file in it and its folders, in path order (.gz too)
  --output FILE       map file to write (default ${DEFAULT_OUTPUT})
  --format NAME       ${FORMATS.slice(0, 6).join(' | ')}
                      | ${FORMATS.slice(6).join(' | ')}
                      (default: from the file's content and extension; applies to every --input)
  --top-k N           keywords kept per paper (default ${DEFAULT_SETTINGS.topK})
  --min-df N          least number of papers a keyword needs to become a map node (default ${DEFAULT_SETTINGS.minDf})
  --max-keywords N    most keyword nodes chosen by relevance (default ${DEFAULT_SETTINGS.maxKeywords}); papers with
                      fewer than 2 keywords on the map get their own added, so the map may
                      hold more (a warning says so)
  --resolution X      cluster resolution: higher gives more, smaller clusters (default ${DEFAULT_SETTINGS.resolution})
  --seed N            random seed for clustering and layout (default ${DEFAULT_SETTINGS.seed})
  --thesaurus FILE    VOSviewer thesaurus file: tab-separated, header "label<TAB>replace by";
                      a row "term<TAB>" removes the term from the map, "term<TAB>other"
                      merges term into other (terms match ignoring case and plurals)
  --compact           also write the compact form the app loads fast (README, "The compact map"):
                      NAME.map.bin beside the --output NAME.map.json, and the papers' texts in
                      NAME.map.texts-0.json, NAME.map.texts-1.json, ... (1,000 papers each)
  --previous FILE     a map this one updates: papers, keywords and clusters it shares keep
                      their ids, places, colours and names, its curation carries over (unless
                      --thesaurus gives one), and the new map records what changed
  --threads N         worker threads for the keyword stage (default: the cores available, for
                      corpora of ${PARALLEL_FROM.toLocaleString('en-US')} papers or more); 1 runs everything on one thread. The
                      map is the same, byte for byte, for any number
  --quiet             no progress output
  --help              this text
`;

class UsageError extends Error {}

function integerOption(value: string | undefined, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  // Past the largest safe integer a number is stored rounded (9007199254740993 as …992).
  const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`;
  if (!/^-?\d+$/.test(value.trim()) || n < min) throw new UsageError(`--${name} must be a whole number ${range}, got "${value}"`);
  if (n > max) throw new UsageError(`--${name} must be a whole number ${range}, got "${value}", too large`);
  return n;
}

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a number > 0, got "${value}"`);
  return n;
}

interface CliOptions {
  inputs: string[];
  output: string;
  /** No --output: the default, whose folder (public/, which a fresh clone lacks) is made. */
  defaultOutput: boolean;
  format?: CorpusFormat;
  settings: Partial<BuildSettings>;
  thesaurus?: string;
  compact: boolean;
  previous?: string;
  quiet: boolean;
  /** --threads, when given. */
  threads?: number;
}

function parseCli(argv: string[]): CliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string', multiple: true },
      output: { type: 'string' },
      format: { type: 'string' },
      'top-k': { type: 'string' },
      'min-df': { type: 'string' },
      'max-keywords': { type: 'string' },
      resolution: { type: 'string' },
      seed: { type: 'string' },
      thesaurus: { type: 'string' },
      compact: { type: 'boolean', default: false },
      previous: { type: 'string' },
      threads: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (values.input?.includes('')) throw new UsageError('--input needs a file or folder name');
  if (values.format !== undefined && !FORMATS.includes(values.format as CorpusFormat)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  }
  const settings: Partial<BuildSettings> = {};
  const set = <K extends keyof BuildSettings>(key: K, value: BuildSettings[K] | undefined): void => {
    if (value !== undefined) settings[key] = value;
  };
  set('topK', integerOption(values['top-k'], 'top-k', 1));
  set('minDf', integerOption(values['min-df'], 'min-df', 1));
  set('maxKeywords', integerOption(values['max-keywords'], 'max-keywords', 1));
  set('resolution', numberOption(values.resolution, 'resolution'));
  set('seed', integerOption(values.seed, 'seed', 0, MAX_SEED));
  return {
    inputs: values.input && values.input.length > 0 ? values.input.map(userPath) : [DEFAULT_INPUT],
    output: values.output === undefined ? DEFAULT_OUTPUT : userPath(values.output),
    defaultOutput: values.output === undefined,
    format: values.format as CorpusFormat | undefined,
    settings,
    thesaurus: values.thesaurus === undefined ? undefined : userPath(values.thesaurus),
    compact: values.compact,
    previous: values.previous === undefined ? undefined : userPath(values.previous),
    quiet: values.quiet,
    threads: integerOption(values.threads, 'threads', 1),
  };
}

/**
 * A map output, after checkOutput: named .json (the map is JSON: "--output out.svg" or "-" made a
 * file of the wrong kind), and new, empty, or a Topic Map map already (`compact`: a compact main
 * file). Any other file, a corpus or an export the user named by mistake, would be lost.
 */
function checkMapOutput(file: string, compact: boolean): void {
  const start = fileStart(file);
  if (start !== undefined && start !== '' && !(compact ? start.startsWith(COMPACT_MAGIC) : isMapFileStart(start))) {
    throw new Error(
      `${file}: exists and is not a Topic Map ${compact ? 'compact map' : 'map'}; writing the map would destroy it: ` +
        'choose another --output, or move the file away first',
    );
  }
  if (!compact && !/\.json$/i.test(file)) throw new Error(`${file}: a map is a JSON file; name the output NAME.map.json`);
}

/** A file's first 256 bytes as Latin-1 text; undefined for a new path (checkOutput refused the rest). */
function fileStart(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const bytes = Buffer.alloc(256);
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * The corpus files an --input names: the file itself, or for a folder every corpus file in it and
 * in its folders, in the order of their paths (OpenAlex's snapshot: works/updated_date=…/part_000.gz;
 * a folder of exports: savedrecs(1).txt, savedrecs(2).txt): those isCorpusFileName takes, but the
 * `output` file. CorpusError for a folder with none.
 */
export function corpusFiles(input: string, output?: string): string[] {
  let folder = false;
  try {
    folder = statSync(input).isDirectory();
  } catch {
    // Missing: corpusSize says so.
  }
  if (!folder) return [input];
  const files: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareKeys(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        isCorpusFileName(entry.name) &&
        statSync(path).isFile() &&
        (output === undefined || resolve(path) !== resolve(output))
      )
        files.push(path);
    }
  };
  walk(input);
  if (files.length === 0) throw new CorpusError(input, undefined, NO_CORPUS_FILE_IN_FOLDER);
  return files;
}

/** Why a file could not be read, in words: missing, or not allowed. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)' : 'file not found';
}

/** The corpus file's size; CorpusError when it is missing, unreadable or a folder. */
function corpusSize(file: string): number {
  let stats;
  try {
    stats = statSync(file);
    if (!stats.isDirectory()) accessSync(file, constants.R_OK);
  } catch (error) {
    throw new CorpusError(file, undefined, unreadable(error));
  }
  if (stats.isDirectory()) throw new CorpusError(file, undefined, 'is a folder, not a corpus file');
  return stats.size;
}

/** Bytes read from the corpus file at a time. */
const READ_CHUNK = 1 << 20;

/**
 * Reads and parses the corpus file piece by piece (a 100k-paper corpus is 120 MB: never held as
 * one string or buffer), hashing the decoded text as it passes. Decoding is non-fatal, and the
 * pieces join to exactly the text a one-shot decode gives: UTF-8 through Utf8PieceDecoder (each
 * piece a one-byte string when it can be; TextDecoder's stream mode gave two-byte ones, which
 * the readers scan more slowly; Windows-1252 for a file that is not UTF-8 but Western text, as
 * decodeCorpusBytes decides in the browser), UTF-16 in TextDecoder's stream mode.
 */
function readCorpus(
  file: string,
  fileName: string,
  total: number,
  format: CorpusFormat | undefined,
  onProgress: ((progress: StageProgress) => void) | undefined,
  registry: PaperRegistry,
  hash: TextHash,
  oneOfSeveral: boolean,
): CorpusInput {
  const started = performance.now();
  const parser = new CorpusParser({ fileName, format, registry, oneOfSeveral });
  const utf8 = new Utf8PieceDecoder();
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  let done = 0;
  onProgress?.({ stage: 'parse', done, total });
  const fd = openSync(file, 'r');
  let utf16: TextDecoder | undefined;
  let started16 = false;
  let toldEncoding = false;
  let firstText = true;
  /** The file's text bytes (gunzipped, when it is gzip), a chunk at a time; `last` ends them. */
  const feed = (bytes: Uint8Array, last: boolean): void => {
    // Web of Science's tab-delimited "Win" export and some Windows tools write UTF-16 with a BOM.
    if (!started16 && bytes.length >= 2) {
      started16 = true;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        utf16 = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
    }
    const text = utf16
      ? last
        ? utf16.decode(bytes)
        : utf16.decode(bytes, { stream: true })
      : utf8.decode(bytes) + (last ? utf8.end() : '');
    // A file that is not UTF-8 but Western text is read as Windows-1252 (Utf8PieceDecoder decides
    // on its first byte past ASCII, which this text holds when it first says so).
    if (utf8.encoding && !toldEncoding) {
      toldEncoding = true;
      parser.decodedFrom(utf8.encoding);
    }
    if (firstText && text !== '') {
      firstText = false;
      // A map this tool wrote ("papers.map (1).json", a second download of the app's "Save map",
      // slips past the folder's name filter) read as papers would map the map.
      if (isMapFileStart(text))
        throw new CorpusError(
          fileName,
          undefined,
          'is a Topic Map map file, not a corpus: give it as --previous to update that map with a new version of its corpus',
        );
    }
    hash.update(text);
    // UTF-8 has a zero byte for U+0000 only, so a chunk without one gives text without NUL, unless
    // the decoder gave bytes it held back from an earlier chunk with one (releasedZero).
    parser.push(text, { noNul: !utf16 && bytes.indexOf(0) === -1 && !utf8.releasedZero });
  };
  try {
    let gunzip: GunzipReader | undefined;
    for (let first = true; ; first = false) {
      const count = readSync(fd, buffer, 0, READ_CHUNK, null);
      const bytes = buffer.subarray(0, count);
      const last = count === 0;
      if (first && isGzip(bytes))
        gunzip = new GunzipReader(
          fileName,
          total,
          (offset, length) => {
            const trailer = Buffer.alloc(length);
            return trailer.subarray(0, readSync(fd, trailer, 0, length, offset));
          },
          crc32,
        );
      if (gunzip) {
        // Gunzipped data comes in pieces of any size: fed a READ_CHUNK at most at a time.
        for (const data of gunzip.push(bytes, last))
          for (let at = 0; at < data.length; at += READ_CHUNK) feed(data.subarray(at, at + READ_CHUNK), false);
        if (last) feed(new Uint8Array(0), true);
      } else feed(bytes, last);
      if (last) break;
      done += count;
      onProgress?.({ stage: 'parse', done, total });
    }
  } finally {
    closeSync(fd);
  }
  const corpus = parser.end();
  return { ...corpus, corpusHash: '', parseMs: performance.now() - started };
}

/**
 * Every input file read into one corpus: papers in the order of the files, a paper that an
 * earlier file (or record) already gave merged into it, one hash over all the text in order. Of
 * several files, one without a usable paper is left out with a warning (combineCorpora).
 */
export function readCorpora(
  files: string[],
  format: CorpusFormat | undefined,
  onProgress?: (progress: StageProgress) => void,
  names: string[] = files.map((file) => basename(file)),
): CorpusInput {
  const registry = new PaperRegistry();
  const hash = new TextHash();
  // One progress over all the files (a folder may hold hundreds): bytes read of all their bytes.
  const sizes = files.map(corpusSize);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let before = 0;
  const corpora = files.map((file, i) => {
    const report = onProgress && ((p: StageProgress) => onProgress({ ...p, done: before + p.done, total }));
    const corpus = readCorpus(file, names[i], sizes[i], format, report, registry, hash, files.length > 1);
    before += sizes[i];
    return corpus;
  });
  if (corpora.length === 1) return { ...corpora[0], corpusHash: hash.digest() };
  const label = names.length <= 3 ? names.join(' + ') : `${names[0]} and ${names.length - 1} more files`;
  return {
    ...combineCorpora(
      corpora.map((corpus, i) => ({ fileName: names[i], corpus })),
      label,
    ),
    corpusHash: hash.digest(),
    parseMs: corpora.reduce((sum, corpus) => sum + (corpus.parseMs ?? 0), 0),
  };
}

function readThesaurus(file: string): ThesaurusRows {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new ThesaurusError(file, undefined, 'is a folder, not a thesaurus file');
    // As a corpus file is read: Excel saves a tab-separated sheet as UTF-16 ("Unicode Text") or
    // Windows-1252 ("Text (Tab delimited)").
    text = decodeCorpusBytes(readFileSync(file)).text;
  } catch (error) {
    if (error instanceof ThesaurusError) throw error;
    throw new ThesaurusError(file, undefined, unreadable(error));
  }
  return parseThesaurusRows(text, file);
}

/** Rows of a thesaurus printed one by one when they match nothing; the rest are counted. */
const UNUSED_ROWS_SHOWN = 5;

/**
 * Warnings for the thesaurus rows that name no term of the corpus (a typo, or a row made for
 * another corpus): they change nothing, and a map that ignored a wanted merge looks like a bug.
 */
function unusedRowWarnings(file: string, thesaurus: ThesaurusRows, unused: UnusedCuration): CorpusWarning[] {
  const rows = unusedThesaurusRows(thesaurus, unused, thesaurus.curation);
  const shown: CorpusWarning[] = rows.slice(0, UNUSED_ROWS_SHOWN).map(({ line, term }) => ({
    file,
    line,
    message: `${JSON.stringify(term)} is no key phrase of this corpus, so this row changes nothing`,
  }));
  const more = rows.length - shown.length;
  if (more > 0) shown.push({ file, message: `${count(more, 'more row')} name no key phrase of this corpus` });
  return shown;
}

/** Warnings printed in full before a failure; the rest are counted. */
const WARNINGS_BEFORE_ERROR = 10;

function formatWarning(w: CorpusWarning): string {
  return `warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`;
}

export interface CommandIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/**
 * Runs the command on this thread; returns the exit code (0 success, 1 bad input, 2 bad usage).
 * --threads is checked but the keyword stage runs here: runBuildMapThreaded (the command line)
 * uses worker threads, for the same map.
 */
export function runBuildMap(argv: string[], io: CommandIo = process): number {
  const run = startBuildMap(argv, io);
  if (typeof run === 'number') return run;
  return run.guard(() => run.finish(buildMapFromCorpus(run.corpus, run.buildOptions)));
}

/** runBuildMap with the keyword stage on `--threads` worker threads (default: the cores available). */
export async function runBuildMapThreaded(argv: string[], io: CommandIo = process): Promise<number> {
  const run = startBuildMap(argv, io);
  if (typeof run === 'number') return run;
  const papers = run.corpus.papers.length;
  const threads = run.options.threads ?? (papers >= PARALLEL_FROM ? defaultThreads() : 1);
  if (threads <= 1) return run.guard(() => run.finish(buildMapFromCorpus(run.corpus, run.buildOptions)));
  try {
    const result = await buildMapFromCorpusWith(run.corpus, run.buildOptions, (docs, onProgress) =>
      computeKeywordsParallel(docs, { threads, onProgress }),
    );
    return run.guard(() => run.finish(result));
  } catch (error) {
    return run.guard(() => {
      throw error;
    });
  }
}

interface StartedBuild {
  options: CliOptions;
  corpus: CorpusInput;
  buildOptions: Parameters<typeof buildMapFromCorpus>[1];
  /** Runs `step`; on an error, prints it (with the warnings before it) and gives exit code 1. */
  guard: (step: () => number) => number;
  /** Writes the map and prints the summary; gives exit code 0. */
  finish: (result: BuildMapResult) => number;
}

/** Arguments, checks and the corpus read: an exit code when done already (help, bad usage, bad input). */
function startBuildMap(argv: string[], io: CommandIo): number | StartedBuild {
  let options: CliOptions | 'help';
  try {
    options = parseCli(argv);
  } catch (error) {
    io.stderr.write(`build:map: ${printable((error as Error).message)}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  const cli = options;
  // Corpus text reaches messages: no control character gets to the terminal.
  const write = (line: string): void => {
    io.stderr.write(`${printable(line)}\n`);
  };
  const started = performance.now();
  const progress = options.quiet ? undefined : createProgressReporter(io.stderr);
  const guard = (step: () => number): number => {
    try {
      return step();
    } catch (error) {
      progress?.stop();
      // What was skipped is often why nothing usable was left: say it before the error.
      const before = error instanceof CorpusError ? error.warnings : [];
      for (const w of before.slice(0, WARNINGS_BEFORE_ERROR)) write(formatWarning(w));
      if (before.length > WARNINGS_BEFORE_ERROR) {
        write(
          `warning: ${count(before.length - WARNINGS_BEFORE_ERROR, 'more warning')} (${count(before.length, 'warning')} in all)`,
        );
      }
      const message = error instanceof Error ? error.message : String(error);
      write(`build:map: error: ${message}`);
      return 1;
    }
  };
  let begun: { corpus: CorpusInput; buildOptions: StartedBuild['buildOptions'] } | undefined;
  let thesaurus: ThesaurusRows | undefined;
  const code = guard(() => {
    // public/ holds only generated maps, so a fresh clone has none; a folder the user names is
    // never made (a mistyped one is refused below).
    if (cli.defaultOutput) mkdirSync(dirname(resolve(cli.output)), { recursive: true });
    // Before any work: an output that is an input, a folder or a device is refused.
    checkOutput(cli.output, [
      ...cli.inputs.map((file) => ({ option: '--input', file })),
      ...(cli.thesaurus === undefined ? [] : [{ option: '--thesaurus', file: cli.thesaurus }]),
    ]);
    checkMapOutput(cli.output, false);
    if (cli.compact) {
      checkOutput(
        compactMainFile(cli.output),
        cli.inputs.map((file) => ({ option: '--input', file })),
      );
      checkMapOutput(compactMainFile(cli.output), true);
    }
    // The thesaurus first: it is small, and its mistakes should not wait for the corpus.
    thesaurus = cli.thesaurus === undefined ? undefined : readThesaurus(cli.thesaurus);
    const curation = thesaurus?.curation;
    // The previous map too: a bad one fails before the corpus is read, naming the file.
    const previousFile = cli.previous;
    const previous =
      previousFile === undefined ? undefined : readMapFile(previousFile, (message) => new Error(`--previous: ${message}`));
    // A file found in a folder is named from the folder on ("works/updated_date=…/part_000.gz":
    // a snapshot has a part_000.gz in every folder), in messages as in the map.
    const found = cli.inputs.flatMap((input) =>
      corpusFiles(input, cli.output).map((file) => ({
        file,
        name: file === input ? basename(input) : relative(dirname(resolve(input)), file),
      })),
    );
    const files = found.map(({ file }) => file);
    for (const file of files) corpusSize(file);
    // Settings and curation are checked before the corpus is parsed, as buildMap does.
    resolveSettings(cli.settings);
    checkCuration(curation ?? previous?.curation);
    const fileName = cli.inputs.map((input) => basename(input)).join(' + ');
    const onProgress = progress ? (p: StageProgress) => progress.update(p) : undefined;
    const corpus = readCorpora(
      files,
      cli.format,
      onProgress,
      found.map(({ name }) => name),
    );
    begun = {
      corpus,
      buildOptions: { fileName, settings: cli.settings, toolVersion: TOOL_VERSION, curation, onProgress, previous },
    };
    return 0;
  });
  if (!begun) return code;
  const { corpus, buildOptions } = begun;
  const finish = ({ map, warnings: built, unusedCuration }: BuildMapResult): number => {
    progress?.stop();
    const warnings =
      thesaurus && unusedCuration && cli.thesaurus !== undefined
        ? [...built, ...unusedRowWarnings(cli.thesaurus, thesaurus, unusedCuration)]
        : built;
    for (const w of warnings) write(formatWarning(w));
    writeTextPartsAtomic(cli.output, serializeMapParts(map));
    if (cli.compact) write(`${writeCompactMap(map, cli.output)}: the compact form of the map`);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const c = map.meta.counts;
    write(
      `${cli.output}: ${count(c.papers, 'paper')}, ${count(c.keywords, 'keyword')}, ${count(c.links, 'link')}, ` +
        `${count(c.cooccurrences, 'co-occurrence')}, ${count(c.clusters, 'cluster')} in ${seconds} s` +
        (warnings.length ? ` (${count(warnings.length, 'warning')})` : ''),
    );
    const { previous } = buildOptions;
    if (previous) {
      io.stderr.write(`${printable(summarizeChanges(map.changes, previous.meta.source))}\n`);
      // A map of another field is told among the build's warnings (buildMap), as in the app.
    }
    // Only worth a line when something was left out or merged.
    const tally = corpus.tally;
    if (tally && (tally.duplicates > 0 || Object.keys(tally.skipped).length > 0)) io.stderr.write(`${describeTally(tally)}\n`);
    // A separate line, only for a dated corpus: the summary above reads as it always did.
    const years = yearRange(map.papers);
    if (years) {
      io.stderr.write(
        `years: ${years.first}–${years.last} (${years.dated} of ${c.papers} papers dated; ${map.bursts?.length ?? 0} keyword bursts)\n`,
      );
    }
    return 0;
  };
  return { options: cli, corpus, buildOptions, guard, finish };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runBuildMapThreaded(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

/** `x.map.json` -> `x.map.bin`: where --compact writes the compact main file. */
export function compactMainFile(output: string): string {
  return join(dirname(output), `${basename(output).replace(/\.json$/i, '')}.bin`);
}

/**
 * Writes the compact form of `map` beside the JSON map `output`, each file atomically, the texts
 * first and the main file last (a reader never finds a main file without its texts); returns
 * the main file's path.
 */
function writeCompactMap(map: MapFile, output: string): string {
  const main = compactMainFile(output);
  for (const part of compactMapParts(map, basename(main))) writeChunksAtomic(join(dirname(main), part.name), [part.data]);
  return main;
}

/** The first and last year among the papers, or undefined when none has one. */
function yearRange(papers: readonly { year?: number }[]): { first: number; last: number; dated: number } | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let dated = 0;
  for (const { year } of papers) {
    if (year === undefined) continue;
    dated++;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return dated ? { first, last, dated } : undefined;
}

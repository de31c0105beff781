/**
 * npm run export -- --map FILE --format svg|png|gexf|graphml|vosviewer|csv --output FILE
 *   [--keywords a,b --mode all|any] [--no-legend] [--no-caption] [--width 1600 --height 1000]
 *   [--theme light|dark] [--color-by cluster|year] [--with-papers]
 *
 * Reads a map file, applies an optional keyword filter and writes one export, atomically. All the
 * writing is done by the same pure functions the app uses (src/core/export/); this file only
 * deals with arguments, files and messages; the formats come from the registry the app's export menu
 * shows (core/export EXPORT_FORMATS).
 */
import { pathToFileURL } from 'node:url';
import { FIT_MARGIN, type SceneView, boundsOf, computeScene, createSceneCache, fitShown, fitTransform } from '../src/core/scene';
import {
  EXPORT_FORMAT_NAMES,
  type ExportFormat,
  type StampFilter,
  addPngText,
  exportStamp,
  formatOfFileName,
  isExportFormat,
  writeDataExport,
  writeSvg,
} from '../src/core/export';
import { type FilterResult, type MapIndex, filterMap, filterMapForExport, indexMap } from '../src/core/query';
import type { ThemeName } from '../src/core/style';
import { APP_VERSION, type MapFile } from '../src/core/map';
import { checkOutput, writeFileAtomic } from './lib/writeFileAtomic';
import { printable } from './lib/printable';
import { readMapFile } from './lib/readMapFile';
import { CommandError, type CommandIo, commandArgs, consoleIo, failureCode } from './lib/runCommand';
import { userPath } from './lib/userPath';

const USAGE = `Usage: npm run export -- --map FILE --format FORMAT --output FILE [options]

  --map FILE          map file made by npm run build:map
  --format FORMAT     ${EXPORT_FORMAT_NAMES.join(' | ')} (default: from the output's extension;
                      vosviewer is JSON for VOSviewer Online)
  --output FILE       file to write (replaced atomically)
  --keywords a,b      keep only papers having these keywords (terms, any case, or
                      k: ids; use the id for a term that holds a comma)
  --mode all|any      papers need all of the keywords, or any (default all)
  --years FROM-TO     keep only papers published in these years (e.g. 1960-1965, or 1965),
                      as the app's year filter; undated papers do not pass
  --no-legend         SVG/PNG: leave out the cluster legend
  --no-caption        SVG/PNG: leave out the caption line
  --width N --height N  SVG/PNG: view size in pixels (default 1600 x 1000; PNG is drawn at 2x)
  --theme light|dark  SVG/PNG colours (default light)
  --color-by cluster|year  SVG/PNG node colours: by cluster (default) or by year (papers by year,
                      keywords by the mean year of their papers; the legend becomes the colour bar)
  --with-papers       VOSviewer: add papers as items linked to their keywords`;

export type ExportIo = CommandIo;

/** Runs the command; returns the exit code (0 done, 1 failed, 2 bad arguments). */
export async function main(argv: readonly string[], given: ExportIo = consoleIo): Promise<number> {
  // Map text (titles, terms, the source name) reaches messages: no control character gets to the terminal.
  const io: ExportIo = { log: (line) => given.log(printable(line)), error: (line) => given.error(printable(line)) };
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    return failureCode('export', USAGE, error, io);
  }
}

async function run(argv: readonly string[], io: ExportIo): Promise<void> {
  const values = commandArgs(argv, {
    map: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    keywords: { type: 'string' },
    mode: { type: 'string' },
    years: { type: 'string' },
    'no-legend': { type: 'boolean' },
    'no-caption': { type: 'boolean' },
    width: { type: 'string' },
    height: { type: 'string' },
    theme: { type: 'string' },
    'color-by': { type: 'string' },
    'with-papers': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.log(USAGE);
    return;
  }
  if (!values.map) throw new CommandError('missing --map FILE', true);
  if (!values.output) throw new CommandError('missing --output FILE', true);
  const output = userPath(values.output);
  values.map = userPath(values.map);
  const format = chooseFormat(values.format, output);
  const mode = values.mode ?? 'all';
  if (mode !== 'all' && mode !== 'any') throw new CommandError(`unknown --mode "${mode}" (expected all or any)`, true);
  const years = values.years === undefined ? null : parseYears(values.years);
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new CommandError(`unknown --theme "${theme}" (expected light or dark)`, true);
  const colorBy = values['color-by'] ?? 'cluster';
  if (colorBy !== 'cluster' && colorBy !== 'year') {
    throw new CommandError(`unknown --color-by "${colorBy}" (expected cluster or year)`, true);
  }
  warnIgnored(values, format, io);
  const width = size(values.width, 'width', 1600);
  const height = size(values.height, 'height', 1000);
  if (format === 'png' && 4 * width * height > MAX_PNG_PIXELS) {
    throw new CommandError(
      `--width ${width} --height ${height} makes a PNG of ${2 * width} x ${2 * height} pixels (drawn at 2x); ` +
        `at most ${MAX_PNG_PIXELS / 1e6} million pixels (e.g. --width 4000 --height 2500), or export SVG, which has no size limit`,
      true,
    );
  }
  // Before any work: a missing output folder, an output that is the map itself, a folder or a device.
  try {
    checkOutput(output, [{ option: '--map', file: values.map }]);
  } catch (error) {
    throw new CommandError(error instanceof Error ? error.message : String(error));
  }

  const map = readMap(values.map);
  const index = indexMap(map);
  const chosen = resolveKeywords(values.keywords, index, values.map);
  const filter = { keywords: chosen.map((k) => k.id), mode, years } as const;
  const stampFilter: StampFilter = { keywords: chosen.map((k) => k.term), mode, ...(years ? { years } : {}) };
  const stamp = exportStamp(map.meta, APP_VERSION, stampFilter);
  // A filter that keeps no paper gives a file of nothing (a CSV of a header, networks of the
  // chosen keywords alone): refused before anything is written.
  const shown = filterMap(map, index, filter);
  if (shown.active && shown.papers.size === 0) {
    const all = mode === 'all' && chosen.length > 1;
    const having = chosen.length > 0 ? ` has ${all ? 'all of ' : ''}${chosen.map((k) => JSON.stringify(k.term)).join(', ')}` : '';
    const dated = years
      ? `${having ? ' and' : ''} is of ${years.from === years.to ? years.from : `${years.from}-${years.to}`}`
      : '';
    throw new CommandError(
      `${[chosen.length > 0 ? '--keywords' : '', years ? '--years' : ''].filter(Boolean).join(', ')}: no paper${having}${dated}` +
        `; nothing written${all ? ' (--mode any keeps papers with any of them)' : ''}`,
    );
  }

  let data: string | Uint8Array;
  let summary: string;
  if (format === 'svg' || format === 'png') {
    const scene = computeScene(
      {
        map,
        index,
        filter: shown,
        hideFiltered: true,
        selection: null,
        hoverId: null,
        theme: theme as ThemeName,
        colorBy,
        view: fitView(map, shown, width, height),
      },
      createSceneCache(map),
    );
    const svg = writeSvg(scene, { legend: !values['no-legend'], caption: !values['no-caption'], stamp });
    // The PNG carries the stamp as the app's does: a Description text chunk.
    data = format === 'svg' ? svg : addPngText(await renderPng(svg), 'Description', stamp);
    summary = `${scene.nodes.length} nodes, ${scene.labels.length} labels, ${width} x ${height}${format === 'png' ? ' at 2x' : ''}`;
  } else {
    const part = filterMapForExport(map, filter);
    summary = `${part.papers.length} papers, ${part.keywords.length} keywords`;
    data = writeDataExport(format, part, { stamp, version: APP_VERSION, papers: values['with-papers'] === true });
  }
  try {
    writeFileAtomic(output, data);
  } catch (error) {
    throw new CommandError(`${output}: cannot write (${error instanceof Error ? error.message : String(error)})`);
  }
  io.error(`export: wrote ${output} (${format}, ${summary}, ${formatBytes(data.length)})`);
  io.error(`export: stamp: ${stamp}`);
}

/**
 * Largest PNG, in pixels: 40 million (e.g. 8000 x 5000, --width 4000 --height 2500) takes resvg
 * about 160 MB of pixels and seconds; --width 20000 --height 20000 (1.6 billion) took 90 s and
 * 12.6 GB before this limit.
 */
const MAX_PNG_PIXELS = 40_000_000;

function chooseFormat(given: string | undefined, output: string): ExportFormat {
  const inferred = formatOfFileName(output);
  if (given !== undefined) {
    if (!isExportFormat(given))
      throw new CommandError(`unknown format "${given}" (expected one of ${EXPORT_FORMAT_NAMES.join(', ')})`, true);
    // "--format png --output map.svg" wrote PNG bytes into a file every program opens as SVG.
    if (inferred !== undefined && inferred !== given)
      throw new CommandError(`--format ${given}, but ${output} is named as ${inferred}: name the output to match`, true);
    return given;
  }
  if (inferred) return inferred;
  throw new CommandError(
    `missing --format, and ${output} does not tell (expected one of ${EXPORT_FORMAT_NAMES.join(', ')})`,
    true,
  );
}

function size(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 100 || value > 20000) {
    throw new CommandError(`--${name} must be a whole number of pixels between 100 and 20000, got "${text}"`, true);
  }
  return value;
}

function readMap(file: string): MapFile {
  return readMapFile(file, (message) => new CommandError(message));
}

/** Keywords given by term (any case) or id; an unknown one is an error, not silently dropped. */
function resolveKeywords(list: string | undefined, index: MapIndex, file: string): Array<{ id: string; term: string }> {
  if (list === undefined) return [];
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const found: Array<{ id: string; term: string }> = [];
  const unknown: string[] = [];
  for (const name of names) {
    const keyword = index.keywordById.get(name) ?? index.keywordByTerm.get(name.toLowerCase());
    if (keyword) {
      if (!found.some((k) => k.id === keyword.id)) found.push({ id: keyword.id, term: keyword.term });
    } else unknown.push(name);
  }
  if (unknown.length > 0) {
    throw new CommandError(`${file}: no keyword ${unknown.map((n) => JSON.stringify(n)).join(', ')} on this map`);
  }
  return found;
}

/** Options that shape a picture, and the one that shapes a VOSviewer file. */
const PICTURE_OPTIONS = ['no-legend', 'no-caption', 'width', 'height', 'theme', 'color-by'] as const;

/**
 * Says which options given do nothing for this format (--width for a CSV, --with-papers for a
 * GEXF), rather than leave the user to wonder why the file did not change; the export goes on.
 */
function warnIgnored(values: Partial<Record<string, unknown>>, format: ExportFormat, io: ExportIo): void {
  const picture = format === 'svg' || format === 'png';
  const ignored = [
    ...(picture ? [] : PICTURE_OPTIONS.filter((name) => values[name] !== undefined && values[name] !== false)),
    ...(format !== 'vosviewer' && values['with-papers'] === true ? ['with-papers'] : []),
  ];
  if (values.mode !== undefined && values.keywords === undefined) ignored.push('mode');
  for (const name of ignored) {
    const applies = name === 'with-papers' ? 'VOSviewer' : name === 'mode' ? '--keywords' : 'SVG and PNG';
    io.error(`export: warning: --${name} applies to ${applies} only; ignored for this ${name === 'mode' ? 'export' : format}`);
  }
}

/** "1960-1965" (or with an en dash, or spaces), or one year "1965": the years, inclusive. */
function parseYears(text: string): { from: number; to: number } {
  const match = /^\s*(\d{1,4})\s*(?:[-–]\s*(\d{1,4})\s*)?$/.exec(text);
  if (!match) throw new CommandError(`--years: expected FROM-TO, e.g. 1960-1965, or one year, got ${JSON.stringify(text)}`, true);
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from > to) throw new CommandError(`--years: ${from} is after ${to}`, true);
  return { from, to };
}

/** The view the app's "fit" button gives (core/scene fitShown) for the nodes left after the filter. */
function fitView(map: MapFile, shown: FilterResult, width: number, height: number): SceneView {
  const all = boundsOf([...map.papers, ...map.keywords]);
  if (!all) return { width, height, k: 1, x: width / 2, y: height / 2 };
  const passing = shown.active
    ? boundsOf([...map.papers.filter((p) => shown.papers.has(p.id)), ...map.keywords.filter((k) => shown.keywords.has(k.id))])
    : all;
  const { transform } = fitShown(all, passing, (b, maxK) => fitTransform(b, width, height, FIT_MARGIN, maxK));
  return { width, height, ...transform };
}

/** PNG at twice the view's resolution, drawn from the SVG by resvg (a prebuilt binary from npm). */
async function renderPng(svg: string): Promise<Uint8Array> {
  let Resvg;
  try {
    ({ Resvg } = await import('@resvg/resvg-js'));
  } catch (error) {
    throw new CommandError(
      `PNG needs @resvg/resvg-js, which did not load (${error instanceof Error ? error.message : String(error)}); ` +
        'run npm install, or export SVG and convert it',
    );
  }
  // Anti-aliasing tens of thousands of faint hairline links is most of resvg's time (24 s of
  // 25 s for 37,600 links at 3200 x 2000); drawn without it they look the same at their opacity,
  // and the whole PNG takes about 4 s. Nodes and text keep their anti-aliasing.
  const fast = svg.replace('.edge{', '.edge{shape-rendering:crispEdges;');
  const renderer = new Resvg(fast, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true },
  });
  return renderer.render().asPng();
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

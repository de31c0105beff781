import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isTempFileName, tempFileName } from './tempFileName';

/** Throws a readable error when the folder an output file goes into does not exist. */
export function checkOutputFolder(file: string): void {
  const folder = dirname(resolve(file));
  if (!existsSync(folder)) throw new Error(`${file}: the output folder ${folder} does not exist`);
  if (!statSync(folder).isDirectory()) throw new Error(`${file}: ${folder} is not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    // Said now, not after the work, and of the output, not of the temporary file beside it.
    throw new Error(`${file}: cannot write in the output folder ${folder} (permission denied)`);
  }
}

/**
 * Checks, before any work is done, that `file` may be written as an output: its folder exists,
 * and it is a new path or (symbolic links followed) an existing regular file that is none of
 * `inputs` (same file, by device and inode, so hard links count too). A folder, a device such as
 * /dev/full, a pipe, a dangling link or an input (`--output` equal to `--input` would replace the
 * corpus with the map) is refused with a message naming it.
 */
export function checkOutput(file: string, inputs: ReadonlyArray<{ option: string; file: string }> = []): void {
  checkOutputFolder(file);
  let link;
  try {
    link = lstatSync(file);
  } catch {
    return; // A new path.
  }
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new Error(`${file}: is a symbolic link to a missing file; give the real path or remove the link`);
  }
  if (stats.isDirectory()) throw new Error(`${file}: is a folder; give a file name for the output`);
  if (!stats.isFile())
    throw new Error(`${file}: is not a regular file (a device, pipe or socket); give a file name for the output`);
  for (const input of inputs) {
    let other;
    try {
      other = statSync(input.file);
    } catch {
      continue; // A missing input is reported by its own check.
    }
    if (other.dev === stats.dev && other.ino === stats.ino) {
      const how = link.isSymbolicLink() ? ' (through a symbolic link)' : '';
      throw new Error(
        `${file}: is the ${input.option} file ${input.file}${how}; writing it would destroy it, choose another output`,
      );
    }
  }
}

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the
 * data goes to a temporary file beside the target, is flushed to disk, then renamed over it.
 * A failure leaves any existing file exactly as it was.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  writeChunksAtomic(file, [data]);
}

/**
 * writeFileAtomic for content made in chunks, each written as it comes (see writeTextPartsAtomic).
 *
 * The temporary file (see tempFileName) has an unpredictable name and is created exclusively
 * (`wx`), so a link planted beside the output cannot redirect the write; it takes the mode of
 * the file it replaces (a 0600 output stays 0600). It is removed on error, and on SIGINT or
 * SIGTERM: the write is synchronous, so a signal is handled once it ends (the temporary file is
 * then gone), and then ends the process as the signal would have. A process killed outright
 * (SIGKILL) leaves its temporary file; the next write of the same output removes it.
 * A symbolic link as output is written through: the file it points to is replaced.
 */
export function writeChunksAtomic(file: string, chunks: Iterable<string | Uint8Array>): void {
  checkOutputFolder(file);
  let target = resolve(file);
  let mode: number | undefined;
  if (existsSync(target)) {
    target = realpathSync(target);
    const stats = statSync(target);
    if (!stats.isFile()) throw new Error(`${file}: is not a regular file`);
    mode = stats.mode & 0o7777;
  }
  const folder = dirname(target);
  removeStaleTempFiles(folder, basename(target));
  const temp = join(folder, tempFileName(basename(target), process.pid, randomBytes(8).toString('hex')));
  const release = deferSignals();
  let created = false;
  try {
    const fd = openSync(temp, 'wx', mode ?? 0o666);
    created = true;
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      for (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    if (created) rmSync(temp, { force: true });
    throw error;
  } finally {
    release();
  }
}

/** Temporary files of this output left by processes that no longer run (killed while writing). */
function removeStaleTempFiles(folder: string, name: string): void {
  for (const entry of readdirSync(folder)) {
    const pid = isTempFileName(entry, name);
    if (pid === undefined || pid === process.pid || processRuns(pid)) continue;
    rmSync(join(folder, entry), { force: true });
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Writes holding the signals now (deferSignals): one listener per signal serves them all. */
let holds = 0;

/** Ends the process with the signal that came during a write, once no write is in progress. */
function onSignal(signal: NodeJS.Signals): void {
  holds = 0;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.kill(process.pid, signal);
}

/**
 * Holds SIGINT and SIGTERM while a temporary file exists. Node runs signal listeners only between
 * tasks, so a signal that arrives during the synchronous write is seen after it (once the
 * temporary file is renamed or removed); the listener stays two turns of the event loop longer to
 * catch it, then ends the process with that signal. Without a listener Node would die at once and
 * leave the temporary file behind. Writes in a row (the compact map's texts files, a hundred at
 * 100,000 papers) share one listener per signal, counted, rather than one each: ten or more would
 * set off Node's MaxListenersExceededWarning.
 */
function deferSignals(): () => void {
  if (holds++ === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  const remove = (): void => {
    if (holds === 0) return; // a signal came and removed the listener
    if (--holds === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  return () => {
    // Two turns: a signal that came during the write is read from libuv's signal pipe in the
    // poll phase after the first check phase (one turn was seen to lose it).
    setImmediate(() => setImmediate(remove).unref()).unref();
  };
}

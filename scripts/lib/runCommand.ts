/**
 * The frame of a one-shot command (`npm run gaps`, `npm run place`, `npm run export`): read its
 * arguments, run it, print a failure as one line named after the command, add the usage text for
 * bad arguments, and return the exit code (0 done, 1 failed, 2 bad arguments).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

type ArgOptions = NonNullable<ParseArgsConfig['options']>;

/** A failure to report as one line; `usage` adds the usage text and exit code 2. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
  }
}

export interface CommandIo {
  log: (line: string) => void;
  error: (line: string) => void;
}

export const consoleIo: CommandIo = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

/** The command's options, strict and without positionals; a bad argument is a usage error. */
export function commandArgs<O extends ArgOptions>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CommandError(error instanceof Error ? error.message : String(error), true);
  }
}

/** Prints a failure of the command and gives its exit code: 2 with the usage text, else 1. */
export function failureCode(name: string, usageText: string, error: unknown, io: CommandIo): number {
  const usage = error instanceof CommandError && error.usage;
  io.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  if (usage) io.error(usageText);
  return usage ? 2 : 1;
}

export function runCommand(
  name: string,
  usageText: string,
  run: (argv: readonly string[], io: CommandIo) => void,
  argv: readonly string[],
  io: CommandIo,
): number {
  try {
    run(argv, io);
    return 0;
  } catch (error) {
    return failureCode(name, usageText, error, io);
  }
}

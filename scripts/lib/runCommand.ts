/**
 * The frame of a one-shot command (`npm run gaps`, `npm run place`): run it, print a failure as one
 * line named after the command, add the usage text for bad arguments, and return the exit code
 * (0 done, 1 failed, 2 bad arguments).
 */

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
    const usage = error instanceof CommandError && error.usage;
    io.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (usage) io.error(usageText);
    return usage ? 2 : 1;
  }
}

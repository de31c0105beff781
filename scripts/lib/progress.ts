import cliProgress from 'cli-progress';

/** Progress of one pipeline stage, as reported by src/core/buildMap. */
export interface StageProgress {
  stage: string;
  done: number;
  total: number;
}

export interface ProgressReporter {
  update(progress: StageProgress): void;
  stop(): void;
}

/**
 * A bar with counts and rate when stderr is a terminal (cli-progress: a well-kept bar that
 * handles redraws and terminal width), plain lines otherwise so logs stay readable.
 */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | undefined;
    let stage = '';
    let started = 0;
    return {
      update({ stage: name, done, total }) {
        if (name !== stage) {
          bar?.stop();
          stage = name;
          started = performance.now();
          bar = new cliProgress.SingleBar(
            {
              stream,
              format: `${name.padEnd(9)} [{bar}] {value}/{total} {percentage}% | {rate}/s | {duration_formatted}`,
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, done, { rate: '0' });
        }
        const seconds = Math.max((performance.now() - started) / 1000, 1e-3);
        bar?.update(done, { rate: Math.round(done / seconds).toString() });
      },
      stop() {
        bar?.stop();
      },
    };
  }
  const printed = new Map<string, number>();
  return {
    update({ stage, done, total }) {
      // A line when a stage starts, at each further quarter, and when it ends.
      const quarter = Math.floor((4 * done) / Math.max(total, 1));
      if (printed.get(stage) === quarter) return;
      printed.set(stage, quarter);
      stream.write(`${stage}: ${done}/${total}\n`);
    },
    stop() {},
  };
}

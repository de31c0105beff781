import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  /** Set by the app measurement (the browser reports it); else from `chromium --version`. */
  chromium: string;
  date: string;
  commit: string;
  /** 1-minute load average when the bench started: the machine is shared. */
  loadAtStart: number;
}

function firstLine(run: () => string): string {
  try {
    return run().trim().split('\n')[0];
  } catch {
    return 'unknown';
  }
}

/** Whether the measured code differs from the commit (others may be editing the tree). */
function dirty(): boolean {
  try {
    return (
      execFileSync('git', ['status', '--porcelain', '--', 'src'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== ''
    );
  } catch {
    return false;
  }
}

export function machineInfo(chromiumPath: string): MachineInfo {
  const cpu = firstLine(
    () => /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown',
  );
  return {
    cpu,
    cores: cpus().length,
    memoryGb: totalmem() / 1024 ** 3,
    node: process.version,
    chromium: firstLine(() =>
      execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }),
    ),
    date: new Date().toISOString(),
    commit: `${firstLine(() => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))}${dirty() ? ' with uncommitted changes in src/' : ''}`,
    loadAtStart: loadavg()[0],
  };
}

/** The 1-minute load average now, two decimals. */
export function loadNow(): string {
  return loadavg()[0].toFixed(2);
}

import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchTempDir } from './benchCorpusFile';
import type { BenchMeasurement, BenchTask } from './benchTasks';

const CHILD = fileURLToPath(new URL('./benchChild.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A heap limit well above the 4 GB target, so an over-budget run is measured, not killed. */
const HEAP_MB = 12288;
let runs = 0;

/** Runs one task in a fresh `node --import tsx` process and returns what it measured. */
export function runChild<T extends BenchMeasurement>(task: BenchTask, timeoutMs = 60 * 60 * 1000): Promise<T> {
  const resultFile = join(benchTempDir(), `result-${process.pid}-${++runs}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', CHILD, JSON.stringify(task), resultFile],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    // The machine is shared: the 1-minute load average while the child runs, every 5 s.
    const loads: number[] = [loadavg()[0]];
    const sampler = setInterval(() => loads.push(loadavg()[0]), 5000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(sampler);
      if (code !== 0) {
        reject(new Error(`bench: ${task.task} on ${task.input} failed (${signal ?? `exit ${code}`}):\n${output.slice(-3000)}`));
        return;
      }
      try {
        const measured = JSON.parse(readFileSync(resultFile, 'utf8')) as T;
        measured.load = { mean: loads.reduce((a, b) => a + b, 0) / loads.length, max: Math.max(...loads) };
        resolve(measured);
      } catch (error) {
        reject(error);
      } finally {
        rmSync(resultFile, { force: true });
      }
    });
  });
}

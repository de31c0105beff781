import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./sklearnTfidf.py', import.meta.url));
/** Debian's Python, where python3-sklearn installs (a pyenv python3 first on PATH lacks it); env PYTHON overrides. */
export const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
export const SKLEARN_MISSING = 'not run: apt-get install python3-sklearn';

/** What scripts/bench/sklearnTfidf.py prints: times in ms, peak RSS of the Python process in MB. */
export interface SklearnMeasurement {
  task: 'sklearn';
  papers: number;
  vocabulary: number;
  keywordsPerPaper: number;
  minDf: number;
  top: number;
  /** Importing numpy and scikit-learn: not in totalMs, as Node's start is not in the builder's. */
  importMs: number;
  readMs: number;
  fitMs: number;
  topMs: number;
  /** Reading the corpus, fit_transform, and each paper's top terms. */
  totalMs: number;
  cpuMs: number;
  peakRssMb: number;
  python: string;
  sklearn: string;
}

/** A measurement, or why there is none: `notRun` when Python or scikit-learn is missing, `error` when the run failed. */
export type SklearnOutcome = { measured: SklearnMeasurement } | { notRun: string } | { error: string };

/**
 * Runs the scikit-learn TF-IDF baseline on a JSON Lines corpus of titles and abstracts. Never
 * rejects: a machine without Python or scikit-learn (CI's) gets `notRun` with the install hint.
 */
export function runSklearn(
  corpus: string,
  options: { timeoutMs?: number; minDf?: number; python?: string } = {},
): Promise<SklearnOutcome> {
  const { timeoutMs = 60 * 60 * 1000, minDf = 2, python = PYTHON } = options;
  return new Promise((resolve) => {
    const child = spawn(python, [SCRIPT, corpus, '--min-df', String(minDf)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(error.code === 'ENOENT' ? { notRun: `${SKLEARN_MISSING} (no ${python})` } : { error: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Exit 3: the script could not import numpy or scikit-learn.
      if (code === 3) {
        resolve({ notRun: SKLEARN_MISSING });
        return;
      }
      if (code !== 0) {
        const last = stderr.trim().split('\n').pop() ?? '';
        resolve({ error: `sklearn baseline failed (${signal ?? `exit ${code}`}): ${last}` });
        return;
      }
      try {
        resolve({ measured: JSON.parse(stdout) as SklearnMeasurement });
      } catch {
        resolve({ error: `sklearn baseline printed no JSON: ${stdout.slice(0, 200)}` });
      }
    });
  });
}

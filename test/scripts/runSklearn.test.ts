import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PYTHON, runSklearn, SKLEARN_MISSING } from '../../scripts/bench/runSklearn';
import { tempDir } from '../helpers/tempDir';

const hasPython = existsSync(PYTHON);
const hasSklearn = hasPython && spawnSync(PYTHON, ['-c', 'import sklearn'], { encoding: 'utf8' }).status === 0;
// Outside CI a machine without scikit-learn skips the tests that need it; CI installs it (.ci/run),
// so there a missing scikit-learn is a failure, not a skip.
const inCi = process.env.CI === 'true';
function requireSklearn(): void {
  if (!hasSklearn) throw new Error(`no scikit-learn for ${PYTHON}: ${SKLEARN_MISSING}`);
}

/** A small corpus where "graph neural network" occurs in two papers: a trigram above min_df 2. */
function corpus(dir: string): string {
  const file = join(dir, 'papers.jsonl');
  const papers = [
    { title: 'Graph neural network for molecules', abstract: 'We train a graph neural network on molecular graphs.' },
    { title: 'Message passing', abstract: 'A graph neural network passes messages between molecular graphs.' },
    { title: 'Protein folding', abstract: 'Protein folding predicted from sequences of amino acids.' },
    { title: 'Folding proteins', abstract: 'Amino acids sequences and protein folding, predicted again.' },
  ];
  writeFileSync(file, `${papers.map((p) => JSON.stringify(p)).join('\n')}\n`);
  return file;
}

// The bench must not fail where Python or scikit-learn is missing (CI's fresh machine): the row
// says how to install it.
describe('runSklearn', () => {
  test('no Python at the given path: not run, with the install hint', async () => {
    const outcome = await runSklearn(corpus(tempDir('sklearn-')), { python: '/nonexistent/python3' });
    expect(outcome).toEqual({ notRun: `${SKLEARN_MISSING} (no /nonexistent/python3)` });
  });

  test.runIf(hasSklearn || inCi)('Python without scikit-learn: not run, with the install hint', async () => {
    requireSklearn();
    const dir = tempDir('sklearn-');
    // -S: no site-packages, so Debian's dist-packages (numpy, scikit-learn) cannot be imported.
    const python = join(dir, 'python-without-site');
    writeFileSync(python, `#!/bin/sh\nexec ${PYTHON} -S "$@"\n`);
    chmodSync(python, 0o755);
    expect(await runSklearn(corpus(dir), { python })).toEqual({ notRun: SKLEARN_MISSING });
  });

  test.runIf(hasSklearn || inCi)('measures TF-IDF over 1-3-grams with the top 10 terms of every paper', async () => {
    requireSklearn();
    const outcome = await runSklearn(corpus(tempDir('sklearn-')), { minDf: 2 });
    if (!('measured' in outcome)) throw new Error(JSON.stringify(outcome));
    const m = outcome.measured;
    expect(m.papers).toBe(4);
    // Terms in two papers or more, English stopwords out: e.g. "graph neural network", "protein folding".
    expect(m.vocabulary).toBeGreaterThanOrEqual(8);
    expect(m.keywordsPerPaper).toBeGreaterThan(2);
    expect(m.keywordsPerPaper).toBeLessThanOrEqual(10);
    expect(m.totalMs).toBeGreaterThan(0);
    expect(m.totalMs).toBeCloseTo(m.readMs + m.fitMs + m.topMs, 3);
    expect(m.cpuMs).toBeGreaterThan(0);
    expect(m.peakRssMb).toBeGreaterThan(10);
  });
});

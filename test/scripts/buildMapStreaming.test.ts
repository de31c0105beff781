import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpora, runBuildMap } from '../../scripts/buildMap';
import { CorpusError } from '../../src/core/corpus';
import { captureIo } from '../helpers/captureIo';

const dir = mkdtempSync(join(tmpdir(), 'build-map-streaming-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `lines` papers as JSON Lines, of uneven lengths so the 1 MB pieces the command reads end inside
 * lines, with `bad` (1-based) replaced by a line that is not JSON.
 */
function jsonLines(lines: number, bad?: number): string {
  const out: string[] = [];
  for (let i = 1; i <= lines; i++) {
    if (i === bad) {
      out.push('{"title": "Cut short", "abstract": "this line stops in the middle of a str');
      continue;
    }
    const words = 'graph neural networks for protein folding with sparse attention and optimal transport'.split(' ');
    const abstract = Array.from({ length: 8 + (i % 23) }, (_, k) => words[(i + k) % words.length]).join(' ');
    out.push(JSON.stringify({ id: `p${i}`, title: `Paper ${i} on ${words[i % words.length]}`, abstract: `${abstract}.` }));
  }
  return `${out.join('\n')}\n`;
}

describe('build:map reads the corpus as a stream', () => {
  // About 3.5 MB: the bad line is in the fourth 1 MB piece, far from the start.
  const LINES = 30_000;
  const BAD = 27_351;

  it('names the line of a bad record far into the file, and writes nothing', { timeout: 120_000 }, () => {
    const input = join(dir, 'big.jsonl');
    writeFileSync(input, jsonLines(LINES, BAD));
    const output = join(dir, 'big.map.json');
    const capture = captureIo();
    expect(runBuildMap(['--quiet', '--input', input, '--output', output], capture.io)).toBe(1);
    expect(capture.err()).toMatch(new RegExp(`big\\.jsonl:${BAD}\\b.*malformed JSON`));
    expect(existsSync(output)).toBe(false);
  });

  it('gives the error with the file and line to a caller of readCorpora', { timeout: 120_000 }, () => {
    const input = join(dir, 'big2.jsonl');
    writeFileSync(input, jsonLines(LINES, BAD));
    let error: unknown;
    try {
      readCorpora([input], undefined);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).message).toContain(`big2.jsonl:${BAD}`);
  });

  it('reads every paper of the same file without the bad line, in order, across the pieces', { timeout: 120_000 }, () => {
    const input = join(dir, 'good.jsonl');
    writeFileSync(input, jsonLines(LINES));
    const pieces: number[] = [];
    const corpus = readCorpora([input], undefined, (p) => pieces.push(p.done));
    expect(corpus.papers).toHaveLength(LINES);
    expect(corpus.papers[BAD - 1].id).toBe(`p${BAD}`);
    expect(corpus.papers[LINES - 1].id).toBe(`p${LINES}`);
    // Read in several pieces, never as one: progress came once per 1 MB piece.
    expect(pieces.filter((done) => done > 0).length).toBeGreaterThanOrEqual(4);
  });
});

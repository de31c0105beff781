import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** The command that rewrites the golden files after an intended change (README, "Golden files"). */
export const UPDATE_GOLDEN_COMMAND = 'UPDATE_GOLDEN=1 npx vitest run test/golden';

/** Longest stretch of a differing line shown in a failure: SVG and JSON lines can be very long. */
const SHOWN = 160;

/**
 * Compares `actual` with the golden file byte for byte. With UPDATE_GOLDEN=1 (never under CI)
 * it writes the file instead, so an intended change is one command and a diff a reviewer reads.
 * On a mismatch it throws an error naming the first differing line, both versions of it around
 * the first differing character, and the update command.
 */
export function expectGolden(file: string, actual: string, { update = process.env.UPDATE_GOLDEN === '1' } = {}): void {
  if (update && process.env.CI)
    throw new Error('UPDATE_GOLDEN=1 under CI: golden files are updated by a developer, then committed');
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== actual) writeFileSync(file, actual);
    return;
  }
  const name = relative(process.cwd(), file);
  if (!existsSync(file)) throw new Error(`${name}: no golden file yet; write it with ${UPDATE_GOLDEN_COMMAND}`);
  const expected = readFileSync(file, 'utf8');
  const hint = goldenDifference(expected, actual);
  if (hint !== null) {
    throw new Error(
      `${name} differs from the output: ${hint}\n` +
        `If the change is intended, update the golden files with ${UPDATE_GOLDEN_COMMAND} and commit them.`,
    );
  }
}

/** Where `actual` first differs from `expected`, in words, or null when they are equal. */
export function goldenDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const want = expected.split('\n');
  const got = actual.split('\n');
  let line = 0;
  while (line < want.length && line < got.length && want[line] === got[line]) line++;
  const sizes = `(golden ${want.length} lines, ${expected.length} chars; output ${got.length} lines, ${actual.length} chars)`;
  if (line === want.length) return `the output has more lines from line ${line + 1}: ${show(got[line], 0)} ${sizes}`;
  if (line === got.length) return `the output ends before line ${line + 1}, golden has: ${show(want[line], 0)} ${sizes}`;
  const a = want[line];
  const b = got[line];
  let column = 0;
  while (column < a.length && column < b.length && a[column] === b[column]) column++;
  return `first difference at line ${line + 1}, column ${column + 1} ${sizes}\n  golden: ${show(a, column)}\n  output: ${show(b, column)}`;
}

/** `text` around `column`, quoted as JSON so whitespace and control characters show. */
function show(text: string, column: number): string {
  const from = Math.max(0, column - SHOWN / 4);
  const part = text.slice(from, from + SHOWN);
  return `${from > 0 ? '…' : ''}${JSON.stringify(part)}${from + SHOWN < text.length ? '…' : ''}`;
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { parseMapFile } from '../../src/core/map';
import { captureIo } from '../helpers/captureIo';

// A dated corpus where "neural network" papers crowd 1996–1998 and "expert system" papers the
// early years; the same corpus without years must build with no `bursts` at all.
const TOPICS = [
  { term: 'expert system', years: [1990, 1991, 1992] },
  { term: 'neural network', years: [1996, 1997, 1998] },
  { term: 'relational database', years: [1990, 1993, 1995, 1997, 1999] },
];

function corpusLines(withYears: boolean): string {
  const lines: string[] = [];
  let n = 0;
  for (let year = 1990; year <= 1999; year++) {
    for (const topic of TOPICS) {
      const count = topic.years.includes(year) ? 4 : 0;
      for (let i = 0; i < count; i++) {
        n++;
        lines.push(
          JSON.stringify({
            id: `p${n}`,
            title: `A ${topic.term} for task ${n}`,
            abstract: `We present a ${topic.term} for scheduling problem ${n}. The ${topic.term} improves accuracy on benchmark ${n % 5}.`,
            ...(withYears ? { year } : {}),
          }),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'map-years-'));
  writeFileSync(join(dir, 'dated.jsonl'), corpusLines(true));
  writeFileSync(join(dir, 'undated.jsonl'), corpusLines(false));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(name: string): { stderr: string; text: string } {
  const capture = captureIo();
  const output = join(dir, `${name}.map.json`);
  expect(runBuildMap(['--input', join(dir, `${name}.jsonl`), '--output', output, '--quiet'], capture.io)).toBe(0);
  return { stderr: capture.err(), text: readFileSync(output, 'utf8') };
}

describe('build:map on a dated corpus', () => {
  it('prints the year range and writes bursts that the validator accepts', () => {
    const { stderr, text } = build('dated');
    expect(stderr).toMatch(/^years: 1990–1999 \(\d+ of \d+ papers dated; \d+ keyword bursts\)$/m);
    const map = parseMapFile(text, 'dated.map.json');
    expect(map.bursts).toBeDefined();
    const neural = map.bursts?.find((b) => b.keyword === 'k:neural network');
    expect(neural).toMatchObject({ start: 1996, end: 1998 });
    const expert = map.bursts?.find((b) => b.keyword === 'k:expert system');
    expect(expert).toMatchObject({ start: 1990, end: 1992 });
    const strengths = (map.bursts ?? []).map((b) => b.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });

  it('writes no bursts and no year line for the same corpus without years', () => {
    const { stderr, text } = build('undated');
    expect(stderr).not.toMatch(/^years:/m);
    expect(parseMapFile(text, 'undated.map.json').bursts).toBeUndefined();
    expect(text).not.toContain('"bursts"');
  });

  it('refuses a map whose burst names a keyword that is not on the map', () => {
    const map = JSON.parse(build('dated').text);
    map.bursts[0].keyword = 'k:nowhere';
    expect(() => parseMapFile(JSON.stringify(map), 'bad.map.json')).toThrow(
      'bad.map.json: bursts[0].keyword: keyword "k:nowhere" is not in keywords',
    );
  });
});

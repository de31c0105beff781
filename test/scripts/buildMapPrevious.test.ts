import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { parseMapFile } from '../../src/core/map';
import { captureIo } from '../helpers/captureIo';

function run(args: string[]) {
  const capture = captureIo();
  const code = runBuildMap(['--quiet', ...args], capture.io);
  return { code, err: capture.err() };
}

// 200 CACM abstracts, then 230.
const lines = readFileSync('../shared/eval/cacm-dated.jsonl', 'utf8').trim().split('\n');
let dir: string;
let oldCorpus: string;
let newCorpus: string;
let oldMap: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'previous-cli-'));
  oldCorpus = join(dir, 'old.jsonl');
  newCorpus = join(dir, 'new.jsonl');
  oldMap = join(dir, 'old.map.json');
  writeFileSync(oldCorpus, `${lines.slice(0, 200).join('\n')}\n`);
  writeFileSync(newCorpus, `${lines.slice(0, 230).join('\n')}\n`);
  expect(run(['--input', oldCorpus, '--output', oldMap]).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('build:map --previous', () => {
  it('updates a map, records what changed and says so in one paragraph', () => {
    const output = join(dir, 'new.map.json');
    const { code, err } = run(['--input', newCorpus, '--previous', oldMap, '--output', output]);
    expect(code).toBe(0);
    const map = parseMapFile(readFileSync(output, 'utf8'), output);
    expect(map.changes?.newPapers).toHaveLength(30);
    expect(map.changes?.previous.source).toBe('old.jsonl');
    expect(err).toMatch(
      /^Against old\.jsonl: 30 new papers, 0 removed, \d+ moved to another cluster; \d+ new keywords?, \d+ removed\. Clusters: .+\.$/m,
    );
  });

  it('gives the same file, byte for byte, for the same corpus against its own map', () => {
    const output = join(dir, 'again.map.json');
    const { code, err } = run(['--input', oldCorpus, '--previous', oldMap, '--output', output]);
    expect(code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(oldMap, 'utf8'));
    expect(err).toContain('No changes against old.jsonl');
  });

  it('may write the update over the previous map', () => {
    const copy = join(dir, 'copy.map.json');
    writeFileSync(copy, readFileSync(oldMap));
    expect(run(['--input', newCorpus, '--previous', copy, '--output', copy]).code).toBe(0);
    expect(parseMapFile(readFileSync(copy, 'utf8'), copy).changes?.newPapers).toHaveLength(30);
  });

  it('refuses a missing or invalid previous map with a message naming the file', () => {
    const missing = join(dir, 'missing.map.json');
    let result = run(['--input', newCorpus, '--previous', missing, '--output', join(dir, 'x.json')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`build:map: error: --previous: cannot read map file ${missing}: no such file`);
    const bad = join(dir, 'bad.map.json');
    writeFileSync(bad, JSON.stringify({ format: 'topic-map', version: 1, meta: {} }));
    result = run(['--input', newCorpus, '--previous', bad, '--output', join(dir, 'x.json')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`build:map: error: --previous: invalid map file: ${bad}: meta.tool: expected a string`);
  });
});

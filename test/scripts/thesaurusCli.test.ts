import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { type MapFile, parseMapFile } from '../../src/core/map';
import { captureIo } from '../helpers/captureIo';
import { tempDir } from '../helpers/tempDir';
import { windows1252 } from '../helpers/windows1252';
import { jsonLines, SMALL_PAPERS } from '../helpers/smallCorpus';

let dir: string;
beforeEach(() => {
  dir = tempDir('thesaurus-cli-');
});

function run(args: string[]) {
  const capture = captureIo();
  const code = runBuildMap(['--quiet', ...args], capture.io);
  return { code, err: capture.err(), out: capture.out() };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const CORPUS = jsonLines(SMALL_PAPERS);

const terms = (map: MapFile): Set<string> =>
  new Set([...map.keywords.map((k) => k.term), ...map.papers.flatMap((p) => p.keywords.map((k) => k.term))]);

describe('build:map --thesaurus', () => {
  it('removes and merges the terms of a VOSviewer thesaurus and saves them in the map', () => {
    const input = file('papers.jsonl', CORPUS);
    const plain = join(dir, 'plain.json');
    expect(run(['--input', input, '--output', plain]).code).toBe(0);
    expect(terms(parseMapFile(readFileSync(plain, 'utf8'), 'plain.json'))).toContain('sparse attention');

    const thesaurus = file('thesaurus.txt', 'label\treplace by\nsparse attention\t\nLLMs\tlarge language models\n');
    const out = join(dir, 'curated.json');
    const r = run(['--input', input, '--output', out, '--thesaurus', thesaurus]);
    expect(r.code, r.err).toBe(0);
    const map = parseMapFile(readFileSync(out, 'utf8'), 'curated.json');
    expect(terms(map)).not.toContain('sparse attention');
    expect(terms(map)).not.toContain('LLMs');
    expect(map.keywords.find((k) => k.term === 'large language models')?.papers).toBe(3);
    expect(map.curation).toEqual({
      stopwords: ['sparse attention'],
      synonyms: [{ from: 'LLMs', to: 'large language models' }],
      clusterNames: [],
    });
  });

  it('reads a thesaurus saved from Excel as UTF-16 ("Unicode Text") or Windows-1252 ("Text (Tab delimited)")', () => {
    const input = file('papers.jsonl', CORPUS);
    const sheet = 'label\treplace by\r\nsparse attention\t\r\nLLMs\tlarge language models \u2013 na\u00efve\r\n';
    const expected = {
      stopwords: ['sparse attention'],
      synonyms: [{ from: 'LLMs', to: 'large language models \u2013 na\u00efve' }],
    };
    for (const [name, bytes] of [
      ['unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, 'utf16le')])],
      ['ansi.txt', windows1252(sheet)],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const out = join(dir, `${name}.json`);
      const r = run(['--input', input, '--output', out, '--thesaurus', path]);
      expect(r.code, r.err).toBe(0);
      expect(parseMapFile(readFileSync(out, 'utf8'), 'x.json').curation, name).toMatchObject(expected);
    }
  });

  it('warns about the rows that name no key phrase of the corpus, by line, and counts past five', () => {
    const input = file('papers.jsonl', CORPUS);
    const typos = ['sparse atention', 'quantum chromodynamics', 'bosons', 'gluons', 'quarks', 'leptons', 'muons'];
    const rows = [
      'sparse attention\t',
      'LLMs\tlarge language models',
      `${typos[0]}\t`,
      ...typos.slice(1).map((t) => `${t}\tphysics`),
    ];
    const thesaurus = file('thesaurus.txt', `label\treplace by\n${rows.join('\n')}\n`);
    const out = join(dir, 'curated.json');
    const r = run(['--input', input, '--output', out, '--thesaurus', thesaurus]);
    expect(r.code, r.err).toBe(0);
    const warned = r.err.split('\n').filter((line) => line.startsWith('warning:'));
    expect(warned).toEqual([
      ...typos
        .slice(0, 5)
        .map(
          (term, i) => `warning: ${thesaurus}:${i + 4}: "${term}" is no key phrase of this corpus, so this row changes nothing`,
        ),
      `warning: ${thesaurus}: 2 more rows name no key phrase of this corpus`,
    ]);
    // The rows that match still apply, and the map is written.
    expect(terms(parseMapFile(readFileSync(out, 'utf8'), 'curated.json'))).not.toContain('sparse attention');
  });

  it('names the thesaurus file and line of a mistake, before reading the corpus, and writes nothing', () => {
    const thesaurus = file('bad.txt', 'label\treplace by\na\tb\nb\ta\n');
    const out = join(dir, 'out.json');
    const r = run(['--input', join(dir, 'missing-corpus.jsonl'), '--output', out, '--thesaurus', thesaurus]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`build:map: error: ${thesaurus}:3: merges go round in a circle: "a" → "b" → "a" (line 2)\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing thesaurus file, a folder, and a row without a tab', () => {
    const input = file('papers.jsonl', CORPUS);
    const missing = join(dir, 'nope.txt');
    expect(run(['--input', input, '--output', join(dir, 'o.json'), '--thesaurus', missing]).err).toContain(
      `${missing}: file not found`,
    );
    mkdirSync(join(dir, 'folder'));
    expect(run(['--input', input, '--output', join(dir, 'o.json'), '--thesaurus', join(dir, 'folder')]).err).toContain(
      `${join(dir, 'folder')}: is a folder, not a thesaurus file`,
    );
    const noTab = file('notab.txt', 'label\treplace by\ncopyright\n');
    const r = run(['--input', input, '--output', join(dir, 'o.json'), '--thesaurus', noTab]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${noTab}:2: no tab between label and replacement`);
  });

  it('documents the option in the usage text', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--thesaurus FILE\s+VOSviewer thesaurus file/);
    expect(run(['--thesaurus']).code).toBe(2);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/place';
import { parseMapFile } from '../../src/core/map';
import { placePaper } from '../../src/core/place';
import { tempDir } from '../helpers/tempDir';

const MAP = new URL('../golden/trending-papers.map.json', import.meta.url).pathname;
const map = parseMapFile(readFileSync(MAP, 'utf8'), MAP);

function run(...args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run place', () => {
  it('prints the placement of a title-and-abstract file as JSON, the same as placePaper', () => {
    const dir = tempDir('topic-map-place-');
    const paper = map.papers[7];
    const input = join(dir, 'paper.txt');
    writeFileSync(input, `${paper.title}\n${paper.abstract}\n`);
    const result = run('--map', MAP, '--input', input);
    expect(result.code, result.err).toBe(0);
    const answer = JSON.parse(result.out);
    expect(answer).toEqual({
      map: MAP,
      input,
      title: paper.title,
      ...JSON.parse(JSON.stringify(placePaper(map, { title: paper.title, abstract: paper.abstract }))),
    });
    expect(answer.similar[0].id).toBe(paper.id);
    expect(answer.cluster.id).toBe(paper.cluster);
    // Up to 10: only papers sharing a key phrase are similar at all (five here).
    expect(answer.similar.length).toBeGreaterThan(1);
    expect(answer.similar.length).toBeLessThanOrEqual(10);
  });

  it('reads a BibTeX entry', () => {
    const dir = tempDir('topic-map-place-');
    const paper = map.papers[2];
    const input = join(dir, 'paper.bib');
    writeFileSync(input, `@article{x,\n  title = {${paper.title}},\n  abstract = {${paper.abstract}}\n}\n`);
    const result = run('--map', MAP, '--input', input);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out).similar[0].id).toBe(paper.id);
  });

  it('reads a file that is not UTF-8 as the builder does (Windows-1252), and refuses one that is no text', () => {
    const dir = tempDir('topic-map-place-');
    const western = join(dir, 'western.txt');
    // "Müller’s attention" as Windows-1252 writes it: ü is FC, ’ is 92.
    writeFileSync(western, Buffer.from('M\xfcller\x92s attention\nAttention over long sequences.\n', 'latin1'));
    const read = run('--map', MAP, '--input', western);
    expect(read.code, read.err).toBe(0);
    expect(JSON.parse(read.out).title).toBe('M\u00fcller\u2019s attention');
    const pdf = join(dir, 'paper.pdf');
    writeFileSync(
      pdf,
      Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 >>\nstream\n\x00\x01\x02\nendstream', 'latin1'),
    );
    expect(run('--map', MAP, '--input', pdf)).toMatchObject({
      code: 1,
      err: expect.stringContaining("binary file, not a paper's text"),
    });
  });

  it('names the file and line of a bad input, and the file of a missing one', () => {
    const dir = tempDir('topic-map-place-');
    const input = join(dir, 'paper.txt');
    writeFileSync(input, '\nJust a title\n');
    expect(run('--map', MAP, '--input', input)).toMatchObject({
      code: 1,
      err: `place: ${input}:2: no abstract: the title "Just a title" is the only line; put the abstract on the lines below it`,
    });
    const bib = join(dir, 'paper.bib');
    writeFileSync(bib, '@article{x,\n  title = {A title},\n  year = 2020\n}\n');
    expect(run('--map', MAP, '--input', bib).err).toMatch(new RegExp(`^place: ${bib}:\\d+: .*abstract`));
    expect(run('--map', MAP, '--input', join(dir, 'none.txt'))).toMatchObject({
      code: 1,
      err: `place: cannot read input ${join(dir, 'none.txt')}: no such file`,
    });
    expect(run('--map', join(dir, 'none.json'), '--input', input).err).toBe(
      `place: cannot read map file ${join(dir, 'none.json')}: no such file`,
    );
  });

  it('says what is missing with the usage (exit 2)', () => {
    const result = run('--map', MAP);
    expect(result.code).toBe(2);
    expect(result.err).toContain('place: missing --input PAPER');
    expect(result.err).toContain('Usage: npm run place');
    expect(run('--bogus').code).toBe(2);
  });
});

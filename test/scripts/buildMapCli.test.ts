import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runBuildMap } from '../../scripts/buildMap';
import { captureIo } from '../helpers/captureIo';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-map-cli-'));
});

function run(args: string[]) {
  const capture = captureIo();
  const code = runBuildMap(['--quiet', ...args], capture.io);
  return { code, err: capture.err(), out: capture.out() };
}

function corpus(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const GOOD = [
  { title: 'Sparse attention for long documents', abstract: 'Sparse attention reduces the cost of long context transformers. Sparse attention keeps accuracy.' },
  { title: 'KV cache compression', abstract: 'KV cache compression lowers memory of long context inference with sparse attention.' },
  { title: 'Optimal transport for domain adaptation', abstract: 'Optimal transport aligns source and target distributions for domain adaptation.' },
  { title: 'Entropic optimal transport', abstract: 'Entropic regularisation makes optimal transport fast; domain adaptation benefits.' },
]
  .map((p) => JSON.stringify(p))
  .join('\n');

describe('build:map command: bad input gets a clear error and loses nothing', () => {
  it('names an empty file', () => {
    const r = run(['--input', corpus('empty.jsonl', ''), '--output', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('empty.jsonl: empty file');
  });

  it('names a binary file', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0xff, 0xfe]);
    const r = run(['--input', corpus('picture.txt', bytes), '--output', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/picture\.txt: .*binary/);
  });

  it('names the line of malformed JSON Lines', () => {
    const r = run(['--input', corpus('bad.jsonl', `${GOOD}\n{"title": "x", "abstract": }\n`), '--output', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.jsonl:5: malformed JSON');
  });

  it('names the columns of a CSV without title or abstract', () => {
    const r = run(['--input', corpus('papers.csv', 'name,summary\na,b\n'), '--output', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/papers\.csv:1: .*title.*abstract/);
  });

  it('names both lines of a duplicate id', () => {
    const lines = ['{"id": "a", "title": "One", "abstract": "First text."}', '{"id": "a", "title": "Two", "abstract": "Second text."}'];
    const r = run(['--input', corpus('dup.jsonl', lines.join('\n')), '--output', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/dup\.jsonl:2: duplicate id "a".*line 1/);
  });

  it('names a missing output folder before doing any work', () => {
    const out = join(dir, 'no-such-folder', 'map.json');
    const r = run(['--input', corpus('ok.jsonl', GOOD), '--output', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${out}: the output folder ${join(dir, 'no-such-folder')} does not exist`);
  });

  it('names a missing input file', () => {
    const r = run(['--input', join(dir, 'nope.jsonl'), '--output', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('nope.jsonl: file not found');
  });

  it('leaves an existing output file exactly as it was when the input is bad', () => {
    const out = join(dir, 'map.json');
    writeFileSync(out, 'previous map');
    const r = run(['--input', corpus('empty.csv', '   \n'), '--output', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous map');
  });

  it('rejects bad options with usage and exit code 2', () => {
    const r = run(['--top-k', 'zero']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--top-k must be a whole number >= 1, got "zero"');
    expect(r.err).toContain('Usage: npm run build:map');
  });

  it('skips papers with an empty abstract with a warning and builds the rest', () => {
    const input = corpus('some-empty.jsonl', `${GOOD}\n{"title": "No abstract here", "abstract": ""}\n`);
    const out = join(dir, 'map.json');
    const r = run(['--input', input, '--output', out, '--min-df', '1']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: some-empty\.jsonl:5: .*abstract/);
    const map = JSON.parse(readFileSync(out, 'utf8'));
    expect(map.papers).toHaveLength(4);
    expect(r.err).toContain('4 papers');
  });

  it('errors when no paper has both a title and an abstract', () => {
    const r = run(['--input', corpus('none.jsonl', '{"title": "", "abstract": "text"}\n{"title": "t", "abstract": " "}\n'), '--output', join(dir, 'o.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('none.jsonl: no papers with both a title and an abstract');
    expect(existsSync(join(dir, 'o.json'))).toBe(false);
  });

  it('keeps non-Latin text intact', () => {
    const papers = [
      { id: 'zh', title: '大型语言模型的稀疏注意力', abstract: '我们研究长上下文中的稀疏注意力。Sparse attention helps long context models.' },
      { id: 'el', title: 'Βελτιστοποίηση μεταφοράς', abstract: 'Η βέλτιστη μεταφορά (optimal transport) για προσαρμογή πεδίου.' },
      { id: 'ar', title: 'الانتباه المتناثر', abstract: 'نموذج الانتباه المتناثر للسياق الطويل. Sparse attention and long context.' },
      { id: 'fr', title: 'Transport optimal régularisé', abstract: 'Le transport optimal entropique accélère l’adaptation de domaine. Optimal transport.' },
    ];
    const out = join(dir, 'map.json');
    const r = run(['--input', corpus('intl.jsonl', papers.map((p) => JSON.stringify(p)).join('\n')), '--output', out, '--min-df', '1']);
    expect(r.code).toBe(0);
    const map = JSON.parse(readFileSync(out, 'utf8'));
    for (const p of papers) {
      const got = map.papers.find((q: { id: string }) => q.id === p.id);
      expect(got.title).toBe(p.title);
      expect(got.abstract).toBe(p.abstract);
    }
  });

  it('keeps a one-megabyte abstract whole', () => {
    const big = `${'Sparse attention scales to long context. '.repeat(25_000)}End.`;
    const lines = [...GOOD.split('\n'), JSON.stringify({ id: 'big', title: 'A very long abstract', abstract: big })];
    const out = join(dir, 'map.json');
    const r = run(['--input', corpus('big.jsonl', lines.join('\n')), '--output', out]);
    expect(r.code).toBe(0);
    const map = JSON.parse(readFileSync(out, 'utf8'));
    expect(map.papers.find((p: { id: string }) => p.id === 'big').abstract).toBe(big.trim());
  });
});

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';
import { runBuildMap } from '../../scripts/buildMap';
import { captureIo } from '../helpers/captureIo';

let dir: string;
beforeEach(() => {
  dir = tempDir('build-map-cli-');
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
  {
    title: 'Sparse attention for long documents',
    abstract: 'Sparse attention reduces the cost of long context transformers. Sparse attention keeps accuracy.',
  },
  {
    title: 'KV cache compression',
    abstract: 'KV cache compression lowers memory of long context inference with sparse attention.',
  },
  {
    title: 'Optimal transport for domain adaptation',
    abstract: 'Optimal transport aligns source and target distributions for domain adaptation.',
  },
  {
    title: 'Entropic optimal transport',
    abstract: 'Entropic regularisation makes optimal transport fast; domain adaptation benefits.',
  },
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
    const bytes = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0xff, 0xfe,
    ]);
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
    const lines = [
      '{"id": "a", "title": "One", "abstract": "First text."}',
      '{"id": "a", "title": "Two", "abstract": "Second text."}',
    ];
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

  it('makes the default output folder, public/, which a fresh clone lacks', () => {
    // `npm run build:map` with no --output, run where public/ does not exist (as in a new clone).
    corpus('ok.jsonl', GOOD);
    const tsx = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'loader.mjs');
    const script = join(process.cwd(), 'scripts', 'buildMap.ts');
    const r = spawnSync(process.execPath, ['--import', tsx, script, '--input', 'ok.jsonl', '--quiet'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const map = JSON.parse(readFileSync(join(dir, 'public', 'trending-papers.map.json'), 'utf8')) as { papers: unknown[] };
    expect(map.papers).toHaveLength(4);
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
    const r = run([
      '--input',
      corpus('none.jsonl', '{"title": "", "abstract": "text"}\n{"title": "t", "abstract": " "}\n'),
      '--output',
      join(dir, 'o.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('none.jsonl: no papers with both a title and an abstract');
    expect(existsSync(join(dir, 'o.json'))).toBe(false);
  });

  it('keeps non-Latin text intact', () => {
    const papers = [
      {
        id: 'zh',
        title: '大型语言模型的稀疏注意力',
        abstract: '我们研究长上下文中的稀疏注意力。Sparse attention helps long context models.',
      },
      { id: 'el', title: 'Βελτιστοποίηση μεταφοράς', abstract: 'Η βέλτιστη μεταφορά (optimal transport) για προσαρμογή πεδίου.' },
      {
        id: 'ar',
        title: 'الانتباه المتناثر',
        abstract: 'نموذج الانتباه المتناثر للسياق الطويل. Sparse attention and long context.',
      },
      {
        id: 'fr',
        title: 'Transport optimal régularisé',
        abstract: 'Le transport optimal entropique accélère l’adaptation de domaine. Optimal transport.',
      },
    ];
    const out = join(dir, 'map.json');
    const r = run([
      '--input',
      corpus('intl.jsonl', papers.map((p) => JSON.stringify(p)).join('\n')),
      '--output',
      out,
      '--min-df',
      '1',
    ]);
    expect(r.code).toBe(0);
    const map = JSON.parse(readFileSync(out, 'utf8'));
    for (const p of papers) {
      const got = map.papers.find((q: { id: string }) => q.id === p.id);
      expect(got.title).toBe(p.title);
      expect(got.abstract).toBe(p.abstract);
    }
  });

  it('drops NULs and names their lines, in the first megabyte read and in a later one', () => {
    // build:map tells the parser which 1 MB chunks have no zero byte (it then skips the search
    // for NULs): the NUL on line 3 is in the first chunk, the one on line 7 in the second.
    const filler = JSON.stringify({
      id: 'filler',
      title: 'Filler',
      abstract: `${'Sparse attention for long context. '.repeat(32_000)}End.`,
    });
    const lines = [
      ...GOOD.split('\n').slice(0, 2),
      JSON.stringify({ id: 'nul1', title: 'Sparse\u0000 attention', abstract: 'Sparse attention for long context.' }),
      filler,
      ...GOOD.split('\n').slice(2),
      JSON.stringify({ id: 'nul2', title: 'Optimal\u0000 transport', abstract: 'Optimal transport for domain adaptation.' }),
    ];
    const text = lines.join('\n');
    expect(Buffer.byteLength(text.slice(0, text.indexOf('nul2')))).toBeGreaterThan(1 << 20);
    const out = join(dir, 'map.json');
    const r = run(['--input', corpus('nul.jsonl', text.replace(/\\u0000/g, '\u0000')), '--output', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('nul.jsonl:3: NUL character(s) dropped');
    expect(r.err).toContain('nul.jsonl:7: NUL character(s) dropped');
    const map = JSON.parse(readFileSync(out, 'utf8'));
    const titles = map.papers.map((p: { title: string }) => p.title);
    expect(titles).toContain('Sparse attention');
    expect(titles).toContain('Optimal transport');
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

describe('build:map command: outputs that must not be written', () => {
  it('refuses an output that is the input (by name, by symbolic link or by hard link) before any work', () => {
    const input = corpus('same.jsonl', GOOD);
    symlinkSync(input, join(dir, 'link.json'));
    linkSync(input, join(dir, 'hard.json'));
    for (const output of [input, join(dir, '.', 'same.jsonl'), join(dir, 'link.json'), join(dir, 'hard.json')]) {
      const r = run(['--input', input, '--output', output]);
      expect(r.code, output).toBe(1);
      expect(r.err).toContain(`${output}: is the --input file ${input}`);
      expect(readFileSync(input, 'utf8')).toBe(GOOD);
    }
  });

  it('refuses a thesaurus as the output', () => {
    const thesaurus = corpus('t.txt', 'label\treplace by\nfoo\t\n');
    const r = run(['--input', corpus('in.jsonl', GOOD), '--thesaurus', thesaurus, '--output', thesaurus]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`is the --thesaurus file ${thesaurus}`);
    expect(readFileSync(thesaurus, 'utf8')).toBe('label\treplace by\nfoo\t\n');
  });

  it('refuses a folder, a device and a dangling link as output, before reading the corpus', () => {
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.json'));
    // A corpus that would fail: the output check must come first.
    const input = corpus('bad.jsonl', '{bad');
    const cases: Array<[string, string]> = [
      [join(dir, 'folder'), 'is a folder'],
      ['/dev/null', 'is not a regular file'],
      [join(dir, 'dangling.json'), 'is a symbolic link to a missing file'],
    ];
    for (const [output, message] of cases) {
      const r = run(['--input', input, '--output', output]);
      expect(r.code, output).toBe(1);
      expect(r.err).toContain(`${output}: ${message}`);
      expect(r.err).not.toContain('bad.jsonl');
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('keeps the permissions of an output it replaces, and writes through a link to it', () => {
    const out = join(dir, 'map.json');
    // An older map (only a map is replaced: see below).
    writeFileSync(out, '{"format":"topic-map","version":1}');
    chmodSync(out, 0o600);
    symlinkSync(out, join(dir, 'current.json'));
    const r = run(['--input', corpus('in.jsonl', GOOD), '--output', join(dir, 'current.json'), '--min-df', '1']);
    expect(r.code, r.err).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('topic-map');
    // The link is still a link, to the new map.
    expect(readFileSync(join(dir, 'current.json'), 'utf8')).toBe(readFileSync(out, 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['current.json', 'in.jsonl', 'map.json']);
  });
});

describe('build:map command: files that are not what they are given as', () => {
  it('refuses to write the map over a file that is not a map, or to a name that is not .json', () => {
    const input = corpus('in.jsonl', GOOD);
    const ris = corpus('other.ris', 'TY  - JOUR\nTI  - A paper\nER  - \n');
    const jsonl = corpus('other.json', GOOD.split('\n')[0]);
    for (const output of [ris, jsonl]) {
      const before = readFileSync(output, 'utf8');
      const r = run(['--input', input, '--output', output]);
      expect(r.code, output).toBe(1);
      expect(r.err).toContain(`${output}: exists and is not a Topic Map map; writing the map would destroy it`);
      expect(readFileSync(output, 'utf8')).toBe(before);
    }
    for (const output of [join(dir, 'map.svg'), '-']) {
      const r = run(['--input', input, '--output', output]);
      expect(r.code, output).toBe(1);
      expect(r.err).toContain(`${output}: a map is a JSON file; name the output NAME.map.json`);
    }
    expect(existsSync(join(dir, 'map.svg'))).toBe(false);
    expect(existsSync('-')).toBe(false);
    // An empty file, or a map, is replaced.
    const empty = corpus('empty.map.json', '');
    expect(run(['--input', input, '--output', empty, '--min-df', '1']).code).toBe(0);
    expect(run(['--input', input, '--output', empty, '--min-df', '1']).code).toBe(0);
    // --compact writes NAME.map.bin beside: the same rule.
    const bin = corpus('c.map.bin', 'not a compact map');
    const r = run(['--input', input, '--output', join(dir, 'c.map.json'), '--compact', '--min-df', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bin}: exists and is not a Topic Map compact map`);
    expect(existsSync(join(dir, 'c.map.json'))).toBe(false);
  });

  it('refuses a seed past 32 bits and a number past the safe integers, which would be stored as another', () => {
    const input = corpus('in.jsonl', GOOD);
    const seed = run(['--input', input, '--output', join(dir, 's.map.json'), '--seed', '4294967338']);
    expect(seed.code).toBe(2);
    expect(seed.err).toContain('--seed must be a whole number from 0 to 4294967295, got "4294967338", too large');
    const big = run(['--input', input, '--output', join(dir, 'b.map.json'), '--max-keywords', '99999999999999999999']);
    expect(big.code).toBe(2);
    expect(big.err).toContain('--max-keywords must be a whole number >= 1, got "99999999999999999999", too large');
    expect(run(['--input', input, '--output', join(dir, 'ok.map.json'), '--seed', '4294967295', '--min-df', '1']).code).toBe(0);
  });

  it('warns when --previous shares no paper with the corpus (the map of another field)', () => {
    const other = corpus(
      'other.jsonl',
      JSON.stringify({ title: 'Protein folding', abstract: 'Protein folding with language models of proteins.' }) +
        '\n' +
        JSON.stringify({ title: 'Protein design', abstract: 'Protein design with language models.' }),
    );
    expect(run(['--input', other, '--output', join(dir, 'other.map.json'), '--min-df', '1']).code).toBe(0);
    const r = run([
      '--input',
      corpus('in.jsonl', GOOD),
      '--previous',
      join(dir, 'other.map.json'),
      '--output',
      join(dir, 'new.map.json'),
      '--min-df',
      '1',
    ]);
    expect(r.code, r.err).toBe(0);
    // Told once, among the build's warnings, in the words the app's build notice uses (buildMap's).
    expect(r.err).toContain(
      'warning: in.jsonl: the previous map (of other.jsonl) shares no paper with this corpus, so the map records every paper as new; ' +
        'give the map of an earlier version of this corpus',
    );
    expect(r.err.split('shares no paper')).toHaveLength(2);
    expect(r.err).toContain('(1 warning)');
    // A real update says nothing of the kind.
    const again = run([
      '--input',
      corpus('in.jsonl', GOOD),
      '--previous',
      join(dir, 'new.map.json'),
      '--output',
      join(dir, 'newer.map.json'),
      '--min-df',
      '1',
    ]);
    expect(again.err).not.toContain('shares no paper');
  });

  it('refuses an empty --output or --input as a usage error', () => {
    expect(run(['--output=']).code).toBe(2);
    expect(run(['--output=']).err).toContain('--output needs a file name');
    expect(run(['--input=', '--output', join(dir, 'o.map.json')]).err).toContain('--input needs a file or folder name');
  });

  it('refuses a map file given as the corpus, also one a folder holds under a name the folder filter lets in', () => {
    expect(run(['--input', corpus('in.jsonl', GOOD), '--output', join(dir, 'first.map.json'), '--min-df', '1']).code).toBe(0);
    const map = readFileSync(join(dir, 'first.map.json'), 'utf8');
    const r = run(['--input', corpus('saved.json', map), '--output', join(dir, 'o.map.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('saved.json: is a Topic Map map file, not a corpus: give it as --previous');
    // A browser names a second download of "papers.map.json" "papers.map (1).json".
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'folder', 'papers.jsonl'), GOOD);
    writeFileSync(join(dir, 'folder', 'papers.map (1).json'), map);
    const f = run(['--input', join(dir, 'folder'), '--output', join(dir, 'f.map.json')]);
    expect(f.code).toBe(1);
    expect(f.err).toContain('papers.map (1).json: is a Topic Map map file, not a corpus');
  });

  it('reads relative paths from the folder `npm run build:map` was typed in (INIT_CWD)', () => {
    corpus('here.jsonl', GOOD);
    const saved = { event: process.env.npm_lifecycle_event, init: process.env.INIT_CWD };
    process.env.npm_lifecycle_event = 'build:map';
    process.env.INIT_CWD = dir;
    try {
      const r = run(['--input', 'here.jsonl', '--output', 'here.map.json', '--min-df', '1']);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'here.map.json'), 'utf8')).papers).toHaveLength(4);
    } finally {
      if (saved.event === undefined) delete process.env.npm_lifecycle_event;
      else process.env.npm_lifecycle_event = saved.event;
      if (saved.init === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = saved.init;
    }
  });
});

describe('build:map command: messages', () => {
  it('names an input file with no records among several, and builds the map from the others', () => {
    const r = run([
      '--input',
      corpus('header-only.csv', 'id,title,abstract\n'),
      '--input',
      corpus('good.jsonl', GOOD),
      '--output',
      join(dir, 'o.json'),
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('warning: header-only.csv: no records; the map is built from the other files\n');
    // Alone, it is an error: there is nothing to build a map from.
    const alone = run(['--input', corpus('header-only.csv', 'id,title,abstract\n'), '--output', join(dir, 'o2.json')]);
    expect(alone.code).toBe(1);
    expect(alone.err).toContain('build:map: error: header-only.csv: no papers with both a title and an abstract');
  });

  it('prints the warnings that explain a failure before the error, the first ten and a count', () => {
    const lines = [
      ...Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `e${i}`, title: `Paper ${i}`, abstract: '' })),
      JSON.stringify({ id: 'obj', title: { text: 'an object' }, abstract: 'Some text.' }),
    ];
    const r = run(['--input', corpus('skipped.jsonl', lines.join('\n')), '--output', join(dir, 'o.json')]);
    expect(r.code).toBe(1);
    const out = r.err.trimEnd().split('\n');
    expect(out.slice(0, 10).every((line) => /^warning: skipped\.jsonl:\d+: /.test(line))).toBe(true);
    expect(out[0]).toMatch(/^warning: skipped\.jsonl:13: the title/);
    expect(out[1]).toBe('warning: skipped.jsonl:1: paper "Paper 0" has an empty abstract; skipped');
    expect(out[10]).toBe('warning: 4 more warnings (14 warnings in all)');
    expect(out[11]).toBe('build:map: error: skipped.jsonl: no papers with both a title and an abstract');
    expect(out).toHaveLength(12);
  });

  it('prints BibTeX entries it skipped before the error', () => {
    const r = run([
      '--input',
      corpus('broken.bib', '@article{a,\n title = {A},\n abstract {missing equals}\n}\n'),
      '--output',
      join(dir, 'o.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^warning: broken\.bib:3: skipped the @article entry starting on line 1: expected "="/);
    expect(r.err).toContain('build:map: error: broken.bib: no papers with both a title and an abstract');
  });

  it('strips control characters from every message: a title cannot drive the terminal', () => {
    const evil = 'Evil \u001b]0;pwned\u0007\u001b[2J title \u202e';
    const lines = [JSON.stringify({ id: 'evil', title: evil, abstract: '' }), ...GOOD.split('\n')];
    const out = join(dir, 'x\u001b[31m.json');
    const r = run(['--input', corpus('evil\u001b[2J.jsonl', lines.join('\n')), '--output', out, '--min-df', '1']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('paper "Evil ]0;pwned[2J title');
    // eslint-disable-next-line no-control-regex
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('uses singular and plural forms in the summary', () => {
    const one = JSON.stringify({ id: 'one', title: 'Sparse attention', abstract: 'Sparse attention for long context.' });
    const r = run(['--input', corpus('one.jsonl', one), '--output', join(dir, 'one.json')]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/one\.json: 1 paper, 0 keywords, 0 links, 0 co-occurrences, 1 cluster in [\d.]+ s \(1 warning\)/);
    expect(r.err).toContain('warning: one.jsonl: no keywords: no key phrase is found in 2 or more papers (--min-df)');
  });
});

describe('build:map command: corpora it cannot serve well are named', () => {
  const build = (name: string, papers: Array<{ title: string; abstract: string }>) =>
    run([
      '--input',
      corpus(name, papers.map((p, i) => JSON.stringify({ id: `p${i}`, ...p })).join('\n')),
      '--output',
      join(dir, `${name}.map.json`),
      '--min-df',
      '1',
    ]);

  it('warns about a Chinese or a Russian corpus, naming what is supported', () => {
    const zh = build('zh.jsonl', [
      {
        title: '深度学习在机器翻译中的应用',
        abstract: '本文提出了一种新的深度学习方法用于自然语言的机器翻译，实验结果表明该方法在多个数据集上显著优于现有方法。',
      },
      { title: '图神经网络的推荐系统', abstract: '我们提出一种基于图神经网络的推荐系统，实验结果表明该方法优于现有方法。' },
    ]);
    expect(zh.code, zh.err).toBe(0);
    expect(zh.err).toContain(
      'warning: zh.jsonl: most of the text is not in Latin script (Chinese 100%): keywords are found in English (Latin script) only',
    );
    const ru = build('ru.jsonl', [
      {
        title: 'Глубокое обучение для машинного перевода',
        abstract: 'Мы предлагаем новый метод глубокого обучения для машинного перевода естественных языков.',
      },
      {
        title: 'Графовые нейронные сети',
        abstract: 'Мы предлагаем графовые нейронные сети для рекомендательных систем и машинного перевода.',
      },
    ]);
    expect(ru.code, ru.err).toBe(0);
    expect(ru.err).toContain('most of the text is not in Latin script (Cyrillic 100%)');
  });

  it('warns about Latin-script text that is not English', () => {
    const fr = build('fr.jsonl', [
      {
        title: 'Apprentissage profond pour la traduction',
        abstract: "Nous proposons une nouvelle méthode d'apprentissage profond pour la traduction automatique des langues.",
      },
      {
        title: 'Réseaux de neurones sur graphes',
        abstract: 'Les réseaux de neurones sur graphes améliorent la traduction automatique des langues naturelles.',
      },
    ]);
    expect(fr.err).toMatch(
      /warning: fr\.jsonl: only \d+% of the words are common English words: the corpus does not look like English/,
    );
  });

  it('warns about a corpus of stopwords and its map with no keywords, and exits 0 with the map', () => {
    const stop = build('stop.jsonl', [
      { title: 'The of and', abstract: 'We propose that it is the one of those and we show this.' },
      { title: 'And the', abstract: 'It is what we show that they are and this is the one.' },
    ]);
    expect(stop.code, stop.err).toBe(0);
    expect(stop.err).toMatch(/warning: stop\.jsonl: \d+% of the words are stopwords/);
    expect(stop.err).toContain('warning: stop.jsonl: no keywords');
  });

  it('says nothing about an ordinary English corpus', () => {
    const r = run(['--input', corpus('en.jsonl', GOOD), '--output', join(dir, 'en.map.json'), '--min-df', '1']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toContain('warning');
  });
});

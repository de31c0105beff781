import { describe, expect, it } from 'vitest';
import type { Curation } from '../../../src/core/curation/curation';
import { CurationError } from '../../../src/core/curation/CurationError';
import { parseThesaurus } from '../../../src/core/curation/parseThesaurus';
import { ThesaurusError } from '../../../src/core/curation/ThesaurusError';
import { writeThesaurus } from '../../../src/core/curation/writeThesaurus';

function errorOf(text: string, file = 'terms.txt'): ThesaurusError {
  try {
    parseThesaurus(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ThesaurusError);
    return error as ThesaurusError;
  }
  throw new Error('expected a ThesaurusError');
}

describe('parseThesaurus', () => {
  it('reads removals (empty replacement) and merges, in file order', () => {
    const text =
      'label\treplace by\ncopyright\t\nLLMs\tlarge language models\nelsevier b v\t\nlanguage model\tlarge language models\n';
    expect(parseThesaurus(text, 'terms.txt')).toEqual({
      stopwords: ['copyright', 'elsevier b v'],
      synonyms: [
        { from: 'LLMs', to: 'large language models' },
        { from: 'language model', to: 'large language models' },
      ],
      clusterNames: [],
    });
  });

  it('accepts what editors and spreadsheets write: BOM, CRLF, blank lines, spaces, trailing tabs, header case', () => {
    const text = '\uFEFFLabel\tReplace  By\r\n\r\n  copyright \t \r\nLLMs\tLLM\t\t\r\n';
    expect(parseThesaurus(text, 'terms.txt')).toEqual({
      stopwords: ['copyright'],
      synonyms: [{ from: 'LLMs', to: 'LLM' }],
      clusterNames: [],
    });
  });

  it('accepts a header alone as an empty thesaurus', () => {
    expect(parseThesaurus('label\treplace by\n', 't.txt')).toEqual({ stopwords: [], synonyms: [], clusterNames: [] });
  });

  it('names the file and line of a bad header', () => {
    expect(errorOf('term\treplacement\nx\ty\n').message).toBe(
      'terms.txt:1: expected the header "label<TAB>replace by", got "term\\treplacement"',
    );
    expect(errorOf('\n\nLLMs\tLLM\n').message).toBe('terms.txt:3: expected the header "label<TAB>replace by", got "LLMs\\tLLM"');
    expect(errorOf('label,replace by\n').line).toBe(1);
    expect(errorOf('').message).toBe('terms.txt: empty file (expected the header "label<TAB>replace by")');
    expect(errorOf('\n \n').line).toBeUndefined();
  });

  it('names the line of a row without a tab, with three columns, or without a label', () => {
    const noTab = errorOf('label\treplace by\ncopyright\t\nLLMs  LLM\n');
    expect(noTab.message).toBe(
      'terms.txt:3: no tab between label and replacement in "LLMs  LLM" (an empty replacement removes the term)',
    );
    expect(noTab.file).toBe('terms.txt');
    expect(noTab.line).toBe(3);
    expect(noTab.problem).toMatch(/^no tab/);
    expect(errorOf('label\treplace by\na\tb\tc\n').message).toBe('terms.txt:2: 3 columns, a row has two: label<TAB>replacement');
    expect(errorOf('label\treplace by\n\tb\n').message).toBe('terms.txt:2: empty label');
  });

  it('names both lines of a term that is removed and a replacement target', () => {
    const e = errorOf('label\treplace by\nLLMs\tlarge language model\nfoo\t\nLarge Language Models\t\n');
    expect(e.message).toBe('terms.txt:2: "large language model" is removed, but "LLMs" is merged into it (line 4)');
  });

  it('names the lines of a circle of merges', () => {
    const e = errorOf('label\treplace by\na\tb\nc\td\nb\ta\n', 'my thesaurus.txt');
    expect(e.message).toBe('my thesaurus.txt:4: merges go round in a circle: "a" → "b" → "a" (line 2)');
  });

  it('names a term merged into two terms and a term removed and merged', () => {
    expect(errorOf('label\treplace by\nLLMs\tLLM\nllm\tmodel\nllm\tlanguage model\n').message).toBe(
      'terms.txt:4: "llm" is merged into "language model" and also into "model" (line 3)',
    );
    expect(errorOf('label\treplace by\nagents\t\nagent\tLLM agents\n').message).toBe(
      'terms.txt:3: "agent" is both removed and merged into "LLM agents" (line 2)',
    );
  });

  it('reports the first problem by line when there are several', () => {
    expect(errorOf('label\treplace by\nb\ta\nx\ty\ny\tx\na\t\n').line).toBe(2);
  });

  it('refuses a binary file', () => {
    expect(errorOf('label\treplace by\n\u0000\u0001PNG').message).toBe('terms.txt: not a text file (it holds NUL bytes)');
  });
});

describe('writeThesaurus', () => {
  const curation: Curation = {
    stopwords: ['copyright', 'state of\tthe art'],
    synonyms: [
      { from: 'LLMs', to: 'large language models' },
      { from: 'LMs', to: 'LLMs' },
    ],
    clusterNames: [{ keyword: 'LLM', name: 'Language models' }],
  };

  it('writes the header, removals, then merges with chains resolved; cluster names left out', () => {
    expect(writeThesaurus(curation)).toBe(
      'label\treplace by\ncopyright\t\nstate of the art\t\nLLMs\tlarge language models\nLMs\tlarge language models\n',
    );
  });

  it('reads back as the same curation (without cluster names)', () => {
    const plain: Curation = {
      stopwords: ['copyright', 'KV cache'],
      synonyms: [
        { from: 'LLMs', to: 'LLM' },
        { from: 'RL', to: 'reinforcement learning' },
      ],
      clusterNames: [],
    };
    expect(parseThesaurus(writeThesaurus(plain), 'x.txt')).toEqual(plain);
    const back = parseThesaurus(writeThesaurus(curation), 'x.txt');
    expect(back.stopwords).toEqual(['copyright', 'state of the art']);
    expect(back.clusterNames).toEqual([]);
  });

  it('refuses an inconsistent curation', () => {
    expect(() =>
      writeThesaurus({
        stopwords: [],
        synonyms: [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
        clusterNames: [],
      }),
    ).toThrow(CurationError);
  });
});

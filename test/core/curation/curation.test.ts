import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyClusterNames } from '../../../src/core/curation/applyClusterNames';
import { applyCuration } from '../../../src/core/curation/applyCuration';
import { buildMap, serializeMap } from '../../../src/core/buildMap';
import { type CorpusFormat, type KeywordIndex, type MapCluster, type MapFile, corpusFromMap } from '../../../src/core/map';
import type { Curation } from '../../../src/core/curation/curation';
import { CurationError } from '../../../src/core/curation/CurationError';
import { editCuration } from '../../../src/core/curation/editCuration';
import { resolveCuration } from '../../../src/core/curation/resolveCuration';
import { termKey, titleKey } from '../../../src/core/keywords';
import { jsonLines, SMALL_PAPERS } from '../../helpers/smallCorpus';

const curation = (partial: Partial<Curation>): Curation => ({ stopwords: [], synonyms: [], clusterNames: [], ...partial });

/** A small index keyed as computeKeywords keys it: each term's key is termKey(term). */
function sampleIndex(): KeywordIndex {
  const terms = ['LLMs', 'large language models', 'reinforcement learning', 'KV cache', 'sparse attention'];
  const vocabulary = terms.map((term) => ({ key: termKey(term), term, df: 0 }));
  const docs = [
    [
      { term: 0, score: 5 },
      { term: 2, score: 4 },
      { term: 1, score: 3 },
    ],
    [
      { term: 3, score: 6 },
      { term: 4, score: 2 },
      { term: 0, score: 1 },
    ],
    [
      { term: 1, score: 7 },
      { term: 2, score: 1 },
    ],
  ];
  for (const doc of docs) for (const { term } of doc) vocabulary[term].df++;
  return { vocabulary, docs };
}

/** Each document's terms as [shown term, score], for readable expectations. */
const shown = (index: KeywordIndex): [string, number][][] =>
  index.docs.map((doc) => doc.map((s) => [index.vocabulary[s.term].term, s.score]));

describe('termKey', () => {
  it('keys a term as computeKeywords does: lowercased, stemmed, punctuation dropped', () => {
    expect(termKey('LLMs')).toBe(termKey('LLM'));
    expect(termKey('LLMs')).toBe('llm');
    expect(termKey('Large Language Models')).toBe('larg languag model');
    expect(termKey('mixture-of-experts')).toBe('mixtur-of-expert');
    expect(termKey('  KV   cache! ')).toBe('kv cach');
    expect(termKey('---')).toBe('');
  });

  it('keys an acronym as written, so Porter does not cut it into another word', () => {
    // Stemmed, "AIDS" was "aid" ("hearing aid"), "ACE" "ac", "SARS" "sar".
    expect(termKey('AIDS')).toBe('aids');
    expect(termKey('aids')).toBe('aid');
    expect(termKey('ACE inhibitors')).toBe('ace inhibitor');
    expect(termKey('SARS')).not.toBe(termKey('SAR'));
    expect(termKey('GPUs')).toBe(termKey('GPU'));
  });

  it('reads a title in capitals lowercased (titleKey), as computeKeywords does', () => {
    expect(titleKey('DEEP NEURAL NETWORKS FOR AIDS')).toBe(termKey('deep neural networks for aids'));
    expect(titleKey('Deep networks for AIDS')).toBe(termKey('Deep networks for AIDS'));
  });
});

describe('resolveCuration', () => {
  it('follows chains of merges to their end and keeps the last target as written', () => {
    const r = resolveCuration(
      curation({
        synonyms: [
          { from: 'LLMs', to: 'language model' },
          { from: 'language models', to: 'Large Language Models' },
        ],
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.merged.get('llm')).toEqual({ key: 'larg languag model', term: 'Large Language Models' });
    expect(r.merged.get('languag model')).toEqual({ key: 'larg languag model', term: 'Large Language Models' });
  });

  it('ignores a merge of a term into a variant of itself', () => {
    const r = resolveCuration(curation({ synonyms: [{ from: 'LLMs', to: 'LLM' }], stopwords: ['llm'] }));
    expect(r.problems).toEqual([]);
    expect(r.merged.size).toBe(0);
  });

  it('finds every kind of inconsistency and names the terms', () => {
    const messages = (c: Partial<Curation>) =>
      resolveCuration(curation(c)).problems.map((p) => [p.list, p.index, p.message, p.other]);
    expect(messages({ stopwords: ['x'], synonyms: [{ from: 'y', to: 'X' }] })).toEqual([
      ['synonyms', 0, '"X" is removed, but "y" is merged into it', { list: 'stopwords', index: 0 }],
    ]);
    expect(messages({ stopwords: ['cats'], synonyms: [{ from: 'cat', to: 'dog' }] })).toEqual([
      ['synonyms', 0, '"cat" is both removed and merged into "dog"', { list: 'stopwords', index: 0 }],
    ]);
    expect(
      messages({
        synonyms: [
          { from: 'a', to: 'b' },
          { from: 'c', to: 'd' },
          { from: 'b', to: 'a' },
        ],
      }),
    ).toEqual([['synonyms', 2, 'merges go round in a circle: "a" → "b" → "a"', { list: 'synonyms', index: 0 }]]);
    expect(
      messages({
        synonyms: [
          { from: 'a', to: 'b' },
          { from: 'A', to: 'c' },
          { from: 'a', to: 'B' },
        ],
      }),
    ).toEqual([['synonyms', 1, '"A" is merged into "c" and also into "b"', { list: 'synonyms', index: 0 }]]);
    expect(
      messages({
        stopwords: ['(!)'],
        clusterNames: [
          { keyword: 'a', name: ' ' },
          { keyword: 'b', name: 'B' },
          { keyword: 'B', name: 'C' },
        ],
      }),
    ).toEqual([
      ['stopwords', 0, '"(!)" has no words', undefined],
      ['clusterNames', 0, 'the cluster headed by "a" gets an empty name', undefined],
      ['clusterNames', 2, 'the cluster headed by "B" is named twice', { list: 'clusterNames', index: 1 }],
    ]);
  });

  it('reports a longer circle once, on its last-listed entry', () => {
    const r = resolveCuration(
      curation({
        synonyms: [
          { from: 'b', to: 'c' },
          { from: 'x', to: 'a' },
          { from: 'c', to: 'a' },
          { from: 'a', to: 'b' },
        ],
      }),
    );
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ index: 3, message: 'merges go round in a circle: "b" → "c" → "a" → "b"' });
    // "x" leads into the circle: it has no end, so it is not merged either.
    expect(r.merged.size).toBe(0);
  });
});

describe('applyCuration', () => {
  it('removes a stopword from every document and from the vocabulary', () => {
    const index = sampleIndex();
    applyCuration(index, curation({ stopwords: ['Reinforcement Learning'] }));
    expect(index.vocabulary.map((v) => v.term)).toEqual(['LLMs', 'large language models', 'KV cache', 'sparse attention']);
    expect(shown(index)).toEqual([
      [
        ['LLMs', 5],
        ['large language models', 3],
      ],
      [
        ['KV cache', 6],
        ['sparse attention', 2],
        ['LLMs', 1],
      ],
      [['large language models', 7]],
    ]);
  });

  it('merges synonyms: scores summed, documents re-ranked, df recounted, the target shown as in the corpus', () => {
    const index = sampleIndex();
    applyCuration(index, curation({ synonyms: [{ from: 'llm', to: 'Large language model' }] }));
    const merged = index.vocabulary.find((v) => v.key === 'larg languag model');
    // The corpus has the target, so it keeps the corpus's form, not the curation's spelling.
    expect(merged).toEqual({ key: 'larg languag model', term: 'large language models', df: 3 });
    expect(index.vocabulary.some((v) => v.key === 'llm')).toBe(false);
    expect(shown(index)).toEqual([
      [
        ['large language models', 8],
        ['reinforcement learning', 4],
      ],
      [
        ['KV cache', 6],
        ['sparse attention', 2],
        ['large language models', 1],
      ],
      [
        ['large language models', 7],
        ['reinforcement learning', 1],
      ],
    ]);
  });

  it('merges into a name the corpus does not have, shown as written', () => {
    const index = sampleIndex();
    applyCuration(
      index,
      curation({
        synonyms: [
          { from: 'KV cache', to: 'Key-Value Caching' },
          { from: 'sparse attention', to: 'key-value caching' },
        ],
      }),
    );
    const target = index.vocabulary.find((v) => v.key === termKey('Key-Value Caching'));
    // Two spellings of a new name: the one merged first (in vocabulary order) is shown.
    expect(target).toEqual({ key: 'kei-valu cach', term: 'Key-Value Caching', df: 1 });
    expect(shown(index)[1]).toEqual([
      ['Key-Value Caching', 8],
      ['LLMs', 1],
    ]);
  });

  it('breaks ties by key after a merge, as computeKeywords does', () => {
    const index = sampleIndex();
    // Doc 0: LLMs 5 + large language models 3 = 8 against reinforcement learning ... made 8 too.
    index.docs[0][1].score = 8;
    applyCuration(index, curation({ synonyms: [{ from: 'LLMs', to: 'large language models' }] }));
    expect(shown(index)[0]).toEqual([
      ['large language models', 8],
      ['reinforcement learning', 8],
    ]);
  });

  it("rewrites the documents' lists in place: no second copy of a large index alive at once", () => {
    const index = sampleIndex();
    const lists = [...index.docs];
    const entries = index.docs.map((doc) => [...doc]);
    applyCuration(index, curation({ synonyms: [{ from: 'llm', to: 'Large language model' }] }));
    index.docs.forEach((doc, d) => {
      expect(doc).toBe(lists[d]);
      for (const entry of doc) expect(entries[d]).toContain(entry);
    });
    expect(shown(index)[0]).toEqual([
      ['large language models', 8],
      ['reinforcement learning', 4],
    ]);
  });

  it('leaves the index untouched when nothing matches, and refuses an inconsistent curation', () => {
    const index = sampleIndex();
    const before = structuredClone(index);
    const vocabulary = index.vocabulary;
    applyCuration(
      index,
      curation({ stopwords: ['quantum gravity'], synonyms: [{ from: 'dark matter', to: 'LLMs' }], clusterNames: [] }),
    );
    expect(index.vocabulary).toBe(vocabulary);
    expect(index).toEqual(before);
    expect(() =>
      applyCuration(
        index,
        curation({
          synonyms: [
            { from: 'a', to: 'b' },
            { from: 'b', to: 'a' },
          ],
        }),
      ),
    ).toThrow(CurationError);
    expect(() =>
      applyCuration(
        index,
        curation({
          synonyms: [
            { from: 'a', to: 'b' },
            { from: 'b', to: 'a' },
          ],
        }),
      ),
    ).toThrow('curation: synonyms[1]: merges go round in a circle: "a" → "b" → "a"');
    expect(index).toEqual(before);
  });
});

describe('applyClusterNames', () => {
  const clusters = (): MapCluster[] => [
    { id: 0, label: 'LLM · quantization', size: 10, keywordCount: 5, topKeywords: ['LLM', 'quantization'] },
    { id: 1, label: 'diffusion', size: 8, keywordCount: 4, topKeywords: ['diffusion models', 'LLM'] },
    { id: 2, label: 'LLM agents', size: 3, keywordCount: 2, topKeywords: ['LLMs', 'agents'] },
  ];

  it('renames the cluster headed by the keyword, matched by key, the larger cluster first', () => {
    const c = clusters();
    applyClusterNames(c, [
      { keyword: 'llms', name: ' Language models ' },
      { keyword: 'Diffusion model', name: 'Image generation' },
    ]);
    expect(c.map((x) => x.label)).toEqual(['Language models', 'Image generation', 'LLM agents']);
  });

  it('leaves clusters alone when the keyword heads none', () => {
    const c = clusters();
    applyClusterNames(c, [{ keyword: 'quantization', name: 'Q' }]);
    expect(c.map((x) => x.label)).toEqual(clusters().map((x) => x.label));
  });
});

describe('editCuration', () => {
  const consistent = (c: Curation): void => expect(resolveCuration(c).problems).toEqual([]);

  it('removes a keyword with the terms merged into it, and restores it', () => {
    let c = editCuration(undefined, { type: 'merge', from: 'LLMs', to: 'large language models' });
    c = editCuration(c, { type: 'merge', from: 'LMs', to: 'LLM' });
    c = editCuration(c, { type: 'remove', term: 'large language models' });
    consistent(c);
    expect(c).toEqual({ stopwords: ['large language models', 'LLMs', 'LMs'], synonyms: [], clusterNames: [] });
    c = editCuration(c, { type: 'restore', term: 'Large Language Model' });
    expect(c.stopwords).toEqual(['LLMs', 'LMs']);
  });

  it('moves a merged term, revives a removed one, and never makes a circle', () => {
    let c = editCuration(undefined, { type: 'remove', term: 'agents' });
    c = editCuration(c, { type: 'merge', from: 'agent', to: 'LLM agents' });
    consistent(c);
    expect(c).toEqual({ stopwords: [], synonyms: [{ from: 'agent', to: 'LLM agents' }], clusterNames: [] });
    c = editCuration(c, { type: 'merge', from: 'agents', to: 'autonomous agents' });
    expect(c.synonyms).toEqual([{ from: 'agents', to: 'autonomous agents' }]);
    c = editCuration(c, { type: 'merge', from: 'autonomous agents', to: 'agents' });
    consistent(c);
    expect(c.synonyms).toEqual([{ from: 'autonomous agents', to: 'agents' }]);
    c = editCuration(c, { type: 'unmerge', from: 'Autonomous agent' });
    expect(c.synonyms).toEqual([]);
  });

  it('renames a cluster once; an empty name restores the automatic label', () => {
    let c = editCuration(undefined, { type: 'renameCluster', keyword: 'LLMs', name: 'Models' });
    c = editCuration(c, { type: 'renameCluster', keyword: 'LLM', name: 'Language models' });
    expect(c.clusterNames).toEqual([{ keyword: 'LLM', name: 'Language models' }]);
    expect(editCuration(c, { type: 'renameCluster', keyword: 'llm', name: '' }).clusterNames).toEqual([]);
  });

  it('does not change the curation it is given', () => {
    const c = curation({ stopwords: ['x'], synonyms: [{ from: 'a', to: 'b' }] });
    const copy = structuredClone(c);
    editCuration(c, { type: 'remove', term: 'b' });
    editCuration(c, { type: 'merge', from: 'x', to: 'y' });
    expect(c).toEqual(copy);
  });

  it('keeps any sequence of edits consistent', () => {
    const terms = ['a', 'b', 'c', 'd', 'e'];
    let seed = 7;
    const pick = (): string => terms[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % terms.length];
    let c: Curation | undefined;
    for (let step = 0; step < 500; step++) {
      const kind = (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 4;
      const edit =
        kind === 0
          ? { type: 'remove' as const, term: pick() }
          : kind === 1
            ? { type: 'restore' as const, term: pick() }
            : kind === 2
              ? { type: 'unmerge' as const, from: pick() }
              : { type: 'merge' as const, from: pick(), to: pick() };
      c = editCuration(c, edit);
      expect(resolveCuration(c).problems, `step ${step}: ${JSON.stringify(edit)} -> ${JSON.stringify(c)}`).toEqual([]);
    }
  });
});

describe('buildMap with a curation', () => {
  const corpus = jsonLines(SMALL_PAPERS);
  const build = (c?: Curation) => buildMap(corpus, { fileName: 'c.jsonl', toolVersion: 'topic-map test', curation: c }).map;

  it('drops removed terms from keyword nodes and from every paper, merges synonyms, saves the curation', () => {
    const plain = build();
    const allTerms = (m: typeof plain) =>
      new Set([...m.keywords.map((k) => k.term), ...m.papers.flatMap((p) => p.keywords.map((k) => k.term))]);
    expect(allTerms(plain)).toContain('sparse attention');
    expect(allTerms(plain)).toContain('LLMs');
    expect(plain).not.toHaveProperty('curation');

    const c = curation({ stopwords: ['Sparse Attention'], synonyms: [{ from: 'LLM', to: 'large language models' }] });
    const curated = build(c);
    expect(allTerms(curated)).not.toContain('sparse attention');
    expect(allTerms(curated)).not.toContain('LLMs');
    const llm = curated.keywords.find((k) => k.id === 'k:larg languag model');
    expect(llm?.term).toBe('large language models');
    // Papers 1, 2 and 5 mention one form or the other: all three link to the merged keyword.
    expect(llm?.papers).toBe(3);
    expect(curated.curation).toEqual(c);
    expect(curated.curation).not.toBe(c);
  });

  it('renames the cluster headed by the keyword and keeps the rename for later builds', () => {
    const plain = build();
    const top = plain.clusters[0].topKeywords[0];
    const renamed = build(
      curation({
        clusterNames: [
          { keyword: top.toUpperCase(), name: 'My cluster' },
          { keyword: 'no such keyword', name: 'Later' },
        ],
      }),
    );
    expect(renamed.clusters[0].label).toBe('My cluster');
    expect(renamed.clusters.slice(1).map((x) => x.label)).toEqual(plain.clusters.slice(1).map((x) => x.label));
    expect(renamed.curation?.clusterNames).toHaveLength(2);
  });

  it('tells which removals and merges name no term of the corpus, matched by key, before any automatic merge', () => {
    const c = curation({
      // "LLMs" is merged into "large language models" by the builder itself: still a term here.
      stopwords: ['Sparse Attention', 'quantum chromodynamics', 'sparse atention'],
      synonyms: [
        { from: 'LLMs', to: 'a new name' },
        { from: 'large langauge models', to: 'LLM' },
        { from: 'KV caches', to: 'key-value cache' },
      ],
      clusterNames: [{ keyword: 'no such keyword', name: 'Later' }],
    });
    const result = buildMap(corpus, { fileName: 'c.jsonl', toolVersion: 'topic-map test', curation: c });
    expect(result.unusedCuration).toEqual({ stopwords: [1, 2], synonyms: [1] });
    // Without a curation of its own (an update carries the previous map's), nothing is asked.
    const update = buildMap(corpus, { fileName: 'c.jsonl', toolVersion: 't', previous: result.map });
    expect(update.unusedCuration).toBeUndefined();
  });

  it('builds the same bytes with an empty curation as without one', () => {
    expect(JSON.stringify(build(curation({})))).toBe(JSON.stringify(build()));
  });

  it('rejects an inconsistent curation before parsing the corpus', () => {
    const bad = curation({ stopwords: ['x'], synonyms: [{ from: 'y', to: 'x' }] });
    expect(() => buildMap('not a corpus', { fileName: 'c.jsonl', toolVersion: 't', curation: bad })).toThrow(
      'curation: synonyms[0]: "x" is removed, but "y" is merged into it',
    );
  });
});

describe('corpusFromMap', () => {
  const rebuild = (file: string, format?: CorpusFormat) => {
    const text = readFileSync(file, 'utf8');
    const fileName = file.split('/').pop() as string;
    const original = buildMap(text, { fileName, format, toolVersion: 't', settings: { minDf: 1 } }).map;
    const corpus = corpusFromMap(original);
    const again = buildMap(corpus.text, {
      fileName: corpus.fileName,
      format: corpus.format,
      toolVersion: 't',
      settings: { minDf: 1 },
    }).map;
    return { original, again };
  };

  it('rebuilds the seed map from the map alone: equal but for the corpus hash', () => {
    const { original, again } = rebuild('data/trending-papers.txt');
    expect(again.meta.corpusHash).not.toBe(original.meta.corpusHash);
    expect(serializeMap({ ...again, meta: { ...again.meta, corpusHash: original.meta.corpusHash } })).toBe(
      serializeMap(original),
    );
  });

  it('keeps ids, authors, years and links of a Zotero export', () => {
    const { original, again } = rebuild('test/fixtures/corpus/zotero.csv', 'csv');
    expect(original.papers.some((p) => p.authors && p.year !== undefined && p.url)).toBe(true);
    expect(again.papers).toEqual(original.papers);
    expect(again.meta.source).toBe('zotero.csv');
  });
});

describe("a paper's own acronym (the builder reads it before merging the corpus's)", () => {
  // The medical set's "CD": Crohn's disease in most papers that define it, celiac disease in one.
  const text = [
    '{"id":"c1","title":"Surgery in Crohn\'s disease","abstract":"Crohn\'s disease (CD) of the ileum. CD recurs after surgery."}',
    '{"id":"c2","title":"Growth in children","abstract":"Crohn\'s disease (CD) in children; CD slows growth after surgery."}',
    '{"id":"c3","title":"Strictures","abstract":"CD with strictures of the ileum needs surgery."}',
    '{"id":"k1","title":"Celiac disease and dementia","abstract":"Celiac disease (CD) and brain atrophy: CD with dementia, CD in adults."}',
    '{"id":"k2","title":"Celiac disease in adults","abstract":"Celiac disease in adults, with brain atrophy and dementia."}',
  ].join('\n');
  const linksOf = (map: MapFile, id: string): string[] =>
    map.links.filter((l) => l.paper === id).map((l) => map.keywords.find((k) => k.id === l.keyword)!.term);

  it("links the paper that defines CD as celiac disease to celiac disease, not to Crohn's disease", () => {
    const { map } = buildMap(text, { fileName: 'cd.jsonl', toolVersion: 't', settings: { minDf: 2 } });
    expect(map.keywords.find((k) => k.term === "Crohn's disease")?.variants).toEqual(['CD']);
    expect(linksOf(map, 'k1')).toContain('celiac disease');
    expect(linksOf(map, 'k1')).not.toContain("Crohn's disease");
    for (const id of ['c1', 'c2', 'c3']) expect(linksOf(map, id)).toContain("Crohn's disease");
  });
});

describe('undoing an automatic merge (Curation.separate)', () => {
  const text = [
    '{"id":"a","title":"Serving large language models","abstract":"Large language models (LLMs) need memory. We serve large language models on one GPU."}',
    '{"id":"b","title":"LLMs at scale","abstract":"LLMs answer questions. Large language models (LLMs) are costly to serve."}',
    '{"id":"c","title":"Pruning LLMs","abstract":"We prune LLMs and large language models alike."}',
  ].join('\n');
  const build = (curation?: Curation) =>
    buildMap(text, { fileName: 'c.jsonl', toolVersion: 't', settings: { minDf: 2 }, curation }).map;

  it('keeps an acronym a keyword of its own when the user separated it, and saves that in the map', () => {
    const merged = build();
    expect(merged.keywords.find((k) => k.term === 'large language models')?.variants).toEqual(['LLMs']);
    expect(merged.keywords.map((k) => k.term)).not.toContain('LLMs');
    const apart = build(editCuration(undefined, { type: 'separate', term: 'LLMs' }));
    expect(apart.keywords.map((k) => k.term)).toContain('LLMs');
    expect(apart.keywords.find((k) => k.term === 'large language models')?.variants).toBeUndefined();
    expect(apart.curation?.separate).toEqual(['LLMs']);
  });

  it('rejoin undoes separate, and the list is left out when empty', () => {
    const apart = editCuration(undefined, { type: 'separate', term: 'LLMs' });
    expect(editCuration(apart, { type: 'separate', term: 'LLM' }).separate).toEqual(['LLM']);
    expect(editCuration(apart, { type: 'rejoin', term: 'LLM' })).toEqual({ stopwords: [], synonyms: [], clusterNames: [] });
    // Other edits carry it along.
    expect(editCuration(apart, { type: 'remove', term: 'memory' }).separate).toEqual(['LLMs']);
  });
});

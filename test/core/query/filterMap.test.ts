import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { filterMap } from '../../../src/core/query/filterMap';
import { indexMap } from '../../../src/core/query/indexMap';
import { markKeywords } from '../../../src/core/query/markKeywords';
import { relatedPapers } from '../../../src/core/query/relatedPapers';
import { validateMap } from '../../../src/core/map';

const map = validateMap(
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/small.map.json'), 'utf8')),
  'small.map.json',
);
const index = indexMap(map);

describe('filterMap', () => {
  test('reads no paper id while filtering: the passing ids are read when asked, in map order', () => {
    // Each read of a paper's id counted (a Set of the passing ids cost a hash and an insertion per
    // paper: 7-15 ms per filter at 100,000 papers).
    let reads = 0;
    const counted = {
      ...map,
      papers: map.papers.map((p) => {
        const copy = { ...p };
        Object.defineProperty(copy, 'id', {
          get: () => {
            reads++;
            return p.id;
          },
          enumerable: true,
        });
        return copy;
      }),
    };
    const countedIndex = indexMap(counted);
    void countedIndex.linkEnds;
    reads = 0;
    const r = filterMap(counted, countedIndex, { keywords: ['k:languag model', 'k:reason'], mode: 'any' });
    expect(reads).toBe(0);
    expect(r.papers.size).toBe(5);
    expect(r.papers.has('p-moe')).toBe(true);
    expect(r.papers.has('p-video')).toBe(false);
    expect(r.papers.has('no such paper')).toBe(false);
    expect([...r.papers]).toEqual(map.papers.map((p) => p.id).filter((id) => r.papers.has(id)));
  });

  test('no keyword: everything passes and the filter is inactive', () => {
    const r = filterMap(map, index, { keywords: [], mode: 'all' });
    expect(r.active).toBe(false);
    expect(r.papers.size).toBe(12);
    expect(r.keywords.size).toBe(15);
  });

  test('all: papers having every keyword; any: papers having one; keywords follow their papers', () => {
    const all = filterMap(map, index, { keywords: ['k:languag model', 'k:reason'], mode: 'all' });
    expect([...all.papers].sort()).toEqual(['p-moe', 'p-rl-reason']);
    expect([...all.keywords].sort()).toEqual(['k:languag model', 'k:mixtur expert', 'k:reason', 'k:reinforc learn'].sort());
    const any = filterMap(map, index, { keywords: ['k:languag model', 'k:reason'], mode: 'any' });
    expect([...any.papers].sort()).toEqual(['2502.16982', 'p-moe', 'p-rl-reason', 'p-t2i-lm', 'p-xss'].sort());
    expect(any.chosen).toEqual(['k:languag model', 'k:reason']);
  });

  test('all: a keyword chosen twice counts once; papers come in map order with their passes by place', () => {
    const once = filterMap(map, index, { keywords: ['k:languag model', 'k:reason'], mode: 'all' });
    const twice = filterMap(map, index, { keywords: ['k:languag model', 'k:reason', 'k:reason'], mode: 'all' });
    expect([...twice.papers]).toEqual([...once.papers]);
    const any = filterMap(map, index, { keywords: ['k:reason', 'k:languag model'], mode: 'any' });
    expect([...any.papers]).toEqual(map.papers.map((p) => p.id).filter((id) => any.papers.has(id)));
    expect([...any.paperPasses!]).toEqual(map.papers.map((p) => (any.papers.has(p.id) ? 1 : 0)));
    expect([...any.keywordPasses!]).toEqual(map.keywords.map((k) => (any.keywords.has(k.id) ? 1 : 0)));
    // The chosen keywords first, then the others in map order.
    expect([...any.keywords].slice(0, 2)).toEqual(['k:reason', 'k:languag model']);
  });

  test('keywords of the passing papers, whether few or most papers pass', () => {
    const expected = (papers: ReadonlySet<string>, chosen: string[]) =>
      new Set([...chosen, ...map.links.filter((l) => papers.has(l.paper)).map((l) => l.keyword)]);
    for (const [keywords, mode] of [
      [['k:video'], 'all'],
      [['k:languag model', 'k:reason'], 'any'],
      [['k:languag model', 'k:diffus model', 'k:graph neural network'], 'any'],
    ] as const) {
      const r = filterMap(map, index, { keywords: [...keywords], mode });
      expect(r.papers.size).toBeGreaterThan(0);
      expect([...r.keywords].sort()).toEqual([...expected(r.papers, [...keywords])].sort());
    }
    // The inactive filter is the same object each time: the map's sets are not rebuilt.
    expect(filterMap(map, index, { keywords: [], mode: 'all' })).toBe(filterMap(map, index, { keywords: [], mode: 'all' }));
  });

  test('unknown keyword ids are ignored rather than emptying the map', () => {
    const r = filterMap(map, index, { keywords: ['k:nope'], mode: 'all' });
    expect(r.active).toBe(false);
    expect(r.papers.size).toBe(12);
    const mixed = filterMap(map, index, { keywords: ['k:nope', 'k:video'], mode: 'all' });
    expect([...mixed.papers].sort()).toEqual(['p-3d', 'p-video']);
  });
});

describe('relatedPapers', () => {
  test('ranks by shared keywords, the rarer weighing more, and names them', () => {
    const related = relatedPapers(index, 'p-protein');
    expect(related[0]).toMatchObject({ paperId: 'p-gnn-mol' });
    expect([...related[0].shared].sort()).toEqual(['k:graph neural network', 'k:messag pass', 'k:molecul']);
    expect(related.every((r, i) => i === 0 || r.strength <= related[i - 1].strength)).toBe(true);
    expect(related.some((r) => r.paperId === 'p-protein')).toBe(false);
  });

  test('counted through the links by place, it gives what counting the id lists gives, call after call', () => {
    // The reference: every other paper with the keywords it shares, by the links' ids.
    const reference = (paperId: string, limit: number) => {
      const own = index.keywordsOfPaper.get(paperId)!;
      return map.papers
        .filter((p) => p.id !== paperId)
        .map((p) => {
          const theirs = new Map(index.keywordsOfPaper.get(p.id)!.map((l) => [l.keywordId, l.weight]));
          const shared = own.filter((l) => theirs.has(l.keywordId));
          return {
            paperId: p.id,
            shared: shared.map((l) => l.keywordId),
            strength: shared.reduce(
              (sum, l) =>
                sum + (l.weight + theirs.get(l.keywordId)!) / Math.log(1 + index.papersOfKeyword.get(l.keywordId)!.length),
              0,
            ),
          };
        })
        .filter((r) => r.shared.length > 0)
        .sort((a, b) => b.strength - a.strength || b.shared.length - a.shared.length || (a.paperId < b.paperId ? -1 : 1))
        .slice(0, limit);
    };
    // Twice over every paper: what one call counts is cleared for the next.
    for (let round = 0; round < 2; round++) {
      for (const paper of map.papers) {
        const got = relatedPapers(index, paper.id, 4);
        const want = reference(paper.id, 4);
        expect(got.map((r) => [r.paperId, r.shared])).toEqual(want.map((r) => [r.paperId, r.shared]));
        got.forEach((r, i) => expect(r.strength).toBeCloseTo(want[i].strength, 12));
      }
    }
  });
});

describe('relatedPapers on a hand-made map', () => {
  test('a paper sharing a rare keyword ranks above one sharing only a common one (Adamic–Adar)', () => {
    // "algorithm" is on 5 papers, "sort" on 2: p0 has both; p1 shares "algorithm" with it, p2 "sort".
    const papers = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
    const links = [
      ...papers.filter((paper) => paper !== 'p2').map((paper) => ({ paper, keyword: 'k:algorithm', weight: 1 })),
      { paper: 'p0', keyword: 'k:sort', weight: 1 },
      { paper: 'p2', keyword: 'k:sort', weight: 1 },
    ];
    const hand = {
      ...map,
      papers: papers.map((id) => ({ ...map.papers[0], id, keywords: [] })),
      keywords: [
        { ...map.keywords[0], id: 'k:algorithm', term: 'algorithm', papers: 5 },
        { ...map.keywords[0], id: 'k:sort', term: 'sort', papers: 2 },
      ],
      links,
      cooccurrences: [],
    };
    const related = relatedPapers(indexMap(hand), 'p0');
    // Counted alike, p1 (id first) led: one shared keyword each.
    expect(related[0]).toMatchObject({ paperId: 'p2', shared: ['k:sort'] });
    expect(related[1]).toMatchObject({ paperId: 'p1', shared: ['k:algorithm'] });
  });
});

describe('markKeywords', () => {
  test('marks names written with symbols as written: "C++", "C#"', () => {
    const parts = markKeywords('Written in C++, and C# too; the C++ language. A+B is no C.', ['C++', 'C#', 'C++ language']);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['C++', 'C#', 'C++ language']);
  });

  test('marks a name written with "*" as written: "A*-PO"', () => {
    const parts = markKeywords('We propose A*-PO, unlike PO.', ['A*-PO']);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['A*-PO']);
  });

  test('marks terms case-insensitively, longest first, with plural endings and hyphens', () => {
    const parts = markKeywords('Language models and a language model; Text to image, mixture-of-experts.', [
      'language model',
      'text-to-image',
      'mixture of experts',
      'model',
    ]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual([
      'Language models',
      'language model',
      'Text to image',
      'mixture-of-experts',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('Language models and a language model; Text to image, mixture-of-experts.');
  });

  test('does not match inside words, but does in scripts without spaces', () => {
    expect(markKeywords('remodel the model', ['model']).filter((p) => p.mark)).toHaveLength(1);
    expect(
      markKeywords('基于知识图谱的问答', ['知识图谱'])
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual(['知识图谱']);
  });

  test('keeps markup as plain text and survives regex characters in terms', () => {
    const parts = markKeywords('<b>C++</b> and (a)', ['c++', '(a)']);
    expect(parts.map((p) => p.text).join('')).toBe('<b>C++</b> and (a)');
  });
});

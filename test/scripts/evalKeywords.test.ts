import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { protocolKey, readGold, scoreKeywords, topKeywords } from '../../scripts/evalKeywords';

const INSPEC_DEV = fileURLToPath(new URL('../../../shared/eval/inspec-dev.jsonl', import.meta.url));

describe('protocolKey', () => {
  it('lowercases, keeps [a-z0-9]+ tokens and Porter-stems each', () => {
    expect(protocolKey('Multi-Step Matrix Games')).toBe('multi step matrix game');
    expect(protocolKey("the ship's H/sub 2/")).toBe('the ship s h sub 2');
    expect(protocolKey('Neural networks')).toBe(protocolKey('neural network'));
  });
});

describe('scoreKeywords', () => {
  // Worked by hand:
  // paper A: predictions dedupe to [neural network, decision tree, svm]; gold {neural network, random forest}.
  //   @2: 1 hit of 2 predictions, 2 gold: P 1/2, R 1/2, F1 1/2.   @5: P 1/3, R 1/2, F1 0.4.
  // paper B: gold dedupes to 3 ("optimal control" twice); "multi step" is not "multistep".
  //   @2: 1 hit: P 1/2, R 1/3, F1 0.4.
  // paper C: no prediction, 1 gold: P 0, R 0, F1 0.
  const predicted = [['neural networks', 'Neural network', 'decision trees', 'SVM'], ['multi-step game', 'optimal control'], []];
  const gold = [
    ['neural network', 'random forests'],
    ['multistep game', 'optimal control', 'ship control', 'Optimal Control'],
    ['x'],
  ];

  it('computes macro scores as means of per-paper scores', () => {
    const at2 = scoreKeywords(predicted, gold, 2);
    expect(at2.k).toBe(2);
    expect(at2.macro.precision).toBeCloseTo(1 / 3);
    expect(at2.macro.recall).toBeCloseTo((1 / 2 + 1 / 3) / 3);
    expect(at2.macro.f1).toBeCloseTo((0.5 + 0.4) / 3);
  });

  it('computes micro scores from pooled hits, predictions and gold', () => {
    const at2 = scoreKeywords(predicted, gold, 2);
    expect(at2.micro.precision).toBeCloseTo(2 / 4);
    expect(at2.micro.recall).toBeCloseTo(2 / 6);
    expect(at2.micro.f1).toBeCloseTo(0.4);
  });

  it('dedupes predictions before taking the first k', () => {
    const at5 = scoreKeywords(predicted, gold, 5);
    // Paper A: 3 distinct predictions, 1 hit; B: 2 predictions, 1 hit; C: none.
    expect(at5.micro.precision).toBeCloseTo(2 / 5);
    expect(at5.macro.f1).toBeCloseTo((0.4 + 0.4 + 0) / 3);
  });

  it('scores a perfect ranking 1 and refuses mismatched lists', () => {
    const perfect = scoreKeywords([['a b', 'c']], [['A B', 'c']], 10);
    expect(perfect.macro).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(perfect.micro).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(() => scoreKeywords([[]], [], 5)).toThrow(/scoreKeywords/);
  });
});

describe('keyword quality on Inspec (regression guard)', () => {
  const present = existsSync(INSPEC_DEV);
  it.skipIf(!present)(
    `macro F1@10 on the first 100 papers of inspec-dev stays above 0.33 (measured 0.356)${present ? '' : ` — SKIPPED: ${INSPEC_DEV} not found`}`,
    async () => {
      const papers = (await readGold(INSPEC_DEV)).slice(0, 100);
      const scores = scoreKeywords(
        topKeywords(papers, 15),
        papers.map((p) => p.keyphrases),
        10,
      );
      expect(scores.macro.f1).toBeGreaterThan(0.33);
    },
  );
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateMap } from '../../../src/core/map';
import { indexMap } from '../../../src/core/query';
import { computeTimeIndex, countYears } from '../../../src/core/time';

const map = validateMap(
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/small.map.json'), 'utf8')),
  'small.map.json',
);

describe('countYears', () => {
  test("a keyword's series from its own papers is the time index's series of that keyword", () => {
    const time = computeTimeIndex(map)!;
    const index = indexMap(map);
    let dated = 0;
    for (const keyword of map.keywords) {
      const years = (index.papersOfKeyword.get(keyword.id) ?? []).map((l) => index.paperById.get(l.paperId)?.year);
      const counts = countYears(time, years);
      expect(counts).toEqual(time.keywords.get(keyword.id) ?? new Int32Array(time.papers.length));
      dated += counts.reduce((a, b) => a + b, 0);
    }
    expect(dated).toBeGreaterThan(0);
  });

  test('undated papers and years outside the index are not counted', () => {
    expect([...countYears({ firstYear: 2020, lastYear: 2022 }, [2020, undefined, 2022, 2022, 2019, 2023])]).toEqual([1, 0, 2]);
  });
});

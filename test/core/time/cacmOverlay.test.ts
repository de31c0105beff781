import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../../src/core/buildMap';
import type { MapFile } from '../../../src/core/map';
import { computeTimeIndex, yearStats } from '../../../src/core/time';

// Issue 11, item 7: the real dated corpus (1,586 CACM abstracts, 1958–1979), kept out of the
// repository beside it. FORTRAN and ALGOL are terms of the 1960s, "data base" (CACM's spelling)
// of the 1970s; the overlay and the bursts must show it.
const CACM = fileURLToPath(new URL('../../../../shared/eval/cacm-dated.jsonl', import.meta.url));
const present = existsSync(CACM);

describe('the CACM corpus on the year overlay', () => {
  it.skipIf(!present)(
    `FORTRAN and ALGOL are 1960s terms with 1960s bursts; "data base" is a 1970s term${present ? '' : ` — SKIPPED: ${CACM} not found`}`,
    () => {
      const { map } = buildMap(readFileSync(CACM, 'utf8'), { fileName: 'cacm-dated.jsonl', toolVersion: 'topic-map test' });
      const time = computeTimeIndex(map)!;
      expect([time.firstYear, time.lastYear]).toEqual([1958, 1979]);
      const term = (name: string): { mean: number; t: number; bursts: NonNullable<MapFile['bursts']> } => {
        const keyword = map.keywords.find((k) => k.term.toLowerCase() === name);
        expect(keyword, `keyword "${name}" on the map`).toBeDefined();
        const stats = yearStats(time.keywords.get(keyword!.id)!, time.firstYear)!;
        return {
          mean: stats.mean,
          // Where the keyword's colour sits on the overlay's scale (0 = 1958, 1 = 1979).
          t: (stats.mean - time.firstYear) / (time.lastYear - time.firstYear),
          bursts: (map.bursts ?? []).filter((b) => b.keyword === keyword!.id),
        };
      };
      const algol = term('algol');
      const fortran = term('fortran');
      const database = term('data base');
      for (const early of [algol, fortran]) {
        expect(early.mean).toBeLessThan(1970);
        expect(early.t).toBeLessThan(0.5);
        expect(early.bursts.length).toBeGreaterThan(0);
        for (const b of early.bursts) expect([b.start >= 1960, b.end <= 1969]).toEqual([true, true]);
      }
      // A 1970s term (mean 1972.3; 1971.9 since author keywords count as evidence, issue 13).
      expect(database.mean).toBeGreaterThanOrEqual(1970);
      expect(database.t).toBeGreaterThan(0.65);
      expect(database.bursts.map((b) => b.start >= 1973)).toEqual([true]);
      // At a glance: the colours are far apart on the scale.
      expect(database.t - Math.max(algol.t, fortran.t)).toBeGreaterThan(0.15);
    },
    120_000,
  );
});

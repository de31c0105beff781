import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMap } from '../../../src/core/buildMap';
import { termKey } from '../../../src/core/keywords';
import { type MapFile, validateMap } from '../../../src/core/map';

// Issue 12's stability figures: CACM abstracts up to 1977 (1,418 papers), then the same plus
// 1978–79 (167 more, 10.5% of the new map).
const CUT = 1977;
const lines = readFileSync('../shared/eval/cacm-dated.jsonl', 'utf8').trim().split('\n');
const oldText = `${lines.filter((line) => JSON.parse(line).year <= CUT).join('\n')}\n`;
const newText = `${lines.join('\n')}\n`;
const build = (text: string, previous?: MapFile): MapFile =>
  buildMap(text, { fileName: 'cacm.jsonl', toolVersion: 'test', previous }).map;

let old: MapFile;
let updated: MapFile;
let fresh: MapFile;
beforeAll(() => {
  old = build(oldText);
  updated = build(newText, old);
  fresh = build(newText);
}, 120_000);

/** Median distance surviving papers moved, as a share of the old map's width. */
function medianDisplacement(map: MapFile): number {
  const xs = [...old.papers, ...old.keywords].map((node) => node.x);
  const width = Math.max(...xs) - Math.min(...xs);
  const before = new Map(old.papers.map((p) => [p.id, p]));
  const moved = map.papers
    .filter((p) => before.has(p.id))
    .map((p) => {
      const o = before.get(p.id) as MapFile['papers'][number];
      return Math.hypot(p.x - o.x, p.y - o.y);
    })
    .sort((a, b) => a - b);
  return moved[moved.length >> 1] / width;
}

describe('updating the CACM map (≤1977) with 1978–79', () => {
  it('is a valid map that records exactly the newer papers as new', () => {
    expect(() => validateMap(JSON.parse(JSON.stringify(updated)), 'updated')).not.toThrow();
    const newer = updated.papers.filter((p) => (p.year as number) > CUT).map((p) => p.id);
    expect(newer.length / updated.papers.length).toBeGreaterThan(0.08);
    expect(newer.length / updated.papers.length).toBeLessThanOrEqual(0.2);
    expect(updated.changes?.newPapers).toEqual(newer);
    expect(updated.changes?.removedPapers).toEqual([]);
    expect(updated.changes?.previous).toEqual({ source: 'cacm.jsonl', corpusHash: old.meta.corpusHash });
  });

  it('moves surviving papers a median of at most 5% of the map width (a fresh build moves them far more)', () => {
    // Measured: 1.0% against 21.5% for a fresh build of the same corpus.
    expect(medianDisplacement(updated)).toBeLessThanOrEqual(0.05);
    expect(medianDisplacement(fresh)).toBeGreaterThan(3 * medianDisplacement(updated));
  });

  it('keeps at least 80% of the cluster ids, with their names while their terms are still theirs', () => {
    // Measured: all 10 of 10 survive (8 of 10 when clustering started from singletons); 9 keep
    // their names, and "random number generator · random variables · topological ordering" is
    // named afresh ("… · packet switching"): "topological ordering" is no keyword of it now.
    const byId = new Map(updated.clusters.map((c) => [c.id, c]));
    const kept = old.clusters.filter((c) => byId.has(c.id));
    expect(kept.length / old.clusters.length).toBeGreaterThanOrEqual(0.8);
    const sameName = kept.filter((c) => byId.get(c.id)?.label === c.label);
    expect(sameName.length / old.clusters.length).toBeGreaterThanOrEqual(0.8);
    // A kept cluster renamed had a term of its old (automatic) name leave it.
    for (const c of kept.filter((c) => !sameName.includes(c))) {
      const keys = new Set(updated.keywords.filter((k) => k.cluster === c.id).map((k) => termKey(k.term)));
      expect(c.label.split(' · ').some((term) => !keys.has(termKey(term)))).toBe(true);
    }
    // And most surviving papers stay in the cluster they were in, because clustering starts from
    // the old clusters (clustersFromMap). Measured: 141 of 1,418 (10%) move; from singletons, 579.
    expect(updated.changes?.movedPapers.length ?? 0).toBeLessThan(0.15 * old.papers.length);
  });

  it('accounts for every old and new cluster in the change record', () => {
    const events = updated.changes?.clusters ?? [];
    expect(new Set(events.flatMap((e) => e.from))).toEqual(new Set(old.clusters.map((c) => c.id)));
    expect(new Set(events.flatMap((e) => e.to))).toEqual(new Set(updated.clusters.map((c) => c.id)));
    const size = new Map(updated.clusters.map((c) => [c.id, c.size]));
    for (const e of events) expect(e.sizeAfter).toBe(e.to.reduce((s, id) => s + (size.get(id) ?? 0), 0));
  });
});

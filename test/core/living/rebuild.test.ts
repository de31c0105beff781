import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap, serializeMap } from '../../../src/core/buildMap';
import type { Curation } from '../../../src/core/curation';
import type { MapFile } from '../../../src/core/map';

// The first 300 CACM abstracts, then 330: small enough to build several times in a test.
const lines = readFileSync('../shared/eval/cacm-dated.jsonl', 'utf8').trim().split('\n');
const first = `${lines.slice(0, 300).join('\n')}\n`;
const more = `${lines.slice(0, 330).join('\n')}\n`;
const build = (text: string, options: { previous?: MapFile; curation?: Curation } = {}): MapFile =>
  buildMap(text, { fileName: 'cacm.jsonl', toolVersion: 'test', ...options }).map;

describe('building against a previous map', () => {
  it('gives the same map, byte for byte, for the same corpus against its own map', () => {
    const map = build(first);
    const again = build(first, { previous: map });
    expect(again.changes).toBeUndefined();
    expect(serializeMap(again)).toBe(serializeMap(map));
  });

  it('warns when the previous map shares no paper with the corpus, and only then', () => {
    const other = `${lines.slice(400, 450).join('\n')}\n`;
    const previous = build(first);
    const noShare = buildMap(other, { fileName: 'other.jsonl', toolVersion: 'test', previous }).warnings;
    expect(noShare).toContainEqual({
      file: 'other.jsonl',
      message:
        'the previous map (of cacm.jsonl) shares no paper with this corpus, so the map records every paper as new; ' +
        'give the map of an earlier version of this corpus',
    });
    const update = buildMap(more, { fileName: 'cacm.jsonl', toolVersion: 'test', previous }).warnings;
    expect(update.some((w) => w.message.includes('shares no paper'))).toBe(false);
    const fresh = buildMap(other, { fileName: 'other.jsonl', toolVersion: 'test' }).warnings;
    expect(fresh.some((w) => w.message.includes('shares no paper'))).toBe(false);
  });

  it('carries the curation over when none is given: removed keywords stay removed, renamed clusters keep their names', () => {
    const removed = build(first).keywords[0].term;
    // Renames are keyed by a cluster's top keyword: take it from the map with the keyword removed.
    const top = build(first, { curation: { stopwords: [removed], synonyms: [], clusterNames: [] } }).clusters[1].topKeywords[0];
    const curation: Curation = { stopwords: [removed], synonyms: [], clusterNames: [{ keyword: top, name: 'My topic' }] };
    const old = build(first, { curation });
    const named = old.clusters.find((c) => c.label === 'My topic');
    expect(named).toBeDefined();

    const updated = build(more, { previous: old });
    expect(updated.curation).toEqual(old.curation);
    expect(updated.keywords.some((k) => k.term.toLowerCase() === removed.toLowerCase())).toBe(false);
    // The renamed cluster keeps its id and its name, whatever its top keyword is now.
    expect(updated.clusters.find((c) => c.id === named?.id)?.label).toBe('My topic');
    expect(updated.clusters.filter((c) => c.label === 'My topic')).toHaveLength(1);
    // And the same corpus against the curated map is that map again.
    expect(serializeMap(build(first, { previous: old }))).toBe(serializeMap(old));
  });

  it('uses the curation the caller gives over the previous one', () => {
    const old = build(first, { curation: { stopwords: ['computer'], synonyms: [], clusterNames: [] } });
    const updated = build(more, { previous: old, curation: { stopwords: ['program'], synonyms: [], clusterNames: [] } });
    expect(updated.curation?.stopwords).toEqual(['program']);
    expect(updated.keywords.some((k) => k.id === 'k:program')).toBe(false);
  });

  it('keeps the ids and places of surviving papers and keywords, and holds most of them near their old places', () => {
    const old = build(first);
    const updated = build(more, { previous: old });
    const before = new Map([...old.papers, ...old.keywords].map((node) => [node.id, node]));
    const after = [...updated.papers, ...updated.keywords].filter((node) => before.has(node.id));
    expect(after.length).toBeGreaterThan(0.8 * before.size);
    const xs = [...old.papers, ...old.keywords].map((node) => node.x);
    const width = Math.max(...xs) - Math.min(...xs);
    const moved = after.map((node) => {
      const o = before.get(node.id) as { x: number; y: number };
      return Math.hypot(node.x - o.x, node.y - o.y) / width;
    });
    moved.sort((a, b) => a - b);
    expect(moved[moved.length >> 1]).toBeLessThanOrEqual(0.05);
    expect(updated.changes?.newPapers).toHaveLength(30);
  });

  it('is deterministic', () => {
    const old = build(first);
    expect(serializeMap(build(more, { previous: old }))).toBe(serializeMap(build(more, { previous: old })));
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ClusterDetails } from '../../src/components/ClusterDetails';
import { DEFAULT_SETTINGS, type MapFile } from '../../src/core/map';
import { resetMapStore, useMapStore } from '../../src/store/useMapStore';

/**
 * Two clusters of four papers. In cluster 0: "LLMs" is on all 8 papers of the map (4 here),
 * "retrieval" on 3 papers, all here, "RAG" on 2 here and 1 elsewhere, "chunking" on 1, here.
 */
function handMadeMap(): MapFile {
  const keywordsOf: Record<string, string[]> = {
    a1: ['k:llm', 'k:retriev', 'k:rag'],
    a2: ['k:llm', 'k:retriev', 'k:rag'],
    a3: ['k:llm', 'k:retriev'],
    a4: ['k:llm', 'k:chunk'],
    b1: ['k:llm', 'k:rag'],
    b2: ['k:llm'],
    b3: ['k:llm'],
    b4: ['k:llm'],
  };
  const terms: Record<string, [string, number]> = {
    'k:llm': ['LLMs', 1],
    'k:retriev': ['retrieval', 0],
    'k:rag': ['RAG', 0],
    'k:chunk': ['chunking', 0],
  };
  const ids = Object.keys(keywordsOf);
  const links = ids.flatMap((paper) => keywordsOf[paper].map((keyword) => ({ paper, keyword, weight: 1 })));
  return {
    format: 'topic-map',
    version: 1,
    meta: {
      tool: 'test',
      source: 'hand-made',
      corpusHash: 'fnv1a64:0',
      settings: DEFAULT_SETTINGS,
      counts: { papers: 8, keywords: 4, links: links.length, cooccurrences: 0, clusters: 2 },
    },
    papers: ids.map((id, i) => ({
      id,
      title: `Paper ${id}`,
      abstract: '',
      keywords: keywordsOf[id].map((k) => ({ term: terms[k][0], score: 1 })),
      cluster: id.startsWith('a') ? 0 : 1,
      x: i * 20,
      y: 0,
    })),
    keywords: Object.entries(terms).map(([id, [term, cluster]], i) => ({
      id,
      term,
      papers: links.filter((l) => l.keyword === id).length,
      cluster,
      x: i * 20,
      y: 40,
    })),
    links,
    cooccurrences: [],
    clusters: [
      { id: 0, label: 'retrieval · RAG', size: 4, keywordCount: 3, topKeywords: ['LLMs'] },
      { id: 1, label: 'LLMs', size: 4, keywordCount: 1, topKeywords: ['LLMs'] },
    ],
  };
}

beforeEach(() => {
  resetMapStore();
  useMapStore.getState().setMap(handMadeMap(), 'hand-made.map.json');
});
afterEach(() => {
  cleanup();
  resetMapStore();
});

function chips(): string[] {
  const list = screen.getByRole('heading', { name: 'Top keywords' }).nextElementSibling as HTMLElement;
  return within(list)
    .getAllByRole('button')
    .map((b) => b.textContent ?? '');
}

describe('ClusterDetails: top keywords', () => {
  test('ranks by how specific a keyword is to the cluster, says so, and switches to frequency', () => {
    const map = useMapStore.getState().map!;
    render(<ClusterDetails cluster={map.clusters[0]} />);
    // Share of the keyword's papers here: 3/3, then 2/3 before 1/1 (more papers, and the one
    // extra paper counted outside keeps a single paper from winning), then LLMs at 4/8.
    expect(chips()).toEqual(['retrieval3/3', 'RAG2/3', 'chunking1/1', 'LLMs4/8']);
    expect(screen.getByRole('radio', { name: 'Specific' })).toHaveProperty('checked', true);
    const list = screen.getByRole('heading', { name: 'Top keywords' }).nextElementSibling as HTMLElement;
    const note = document.getElementById(list.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toMatch(/how specific/);

    fireEvent.click(screen.getByRole('radio', { name: 'Frequent' }));
    expect(chips()).toEqual(['LLMs4', 'retrieval3', 'RAG2', 'chunking1']);
    expect(document.getElementById(list.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/frequency/);
  });
});

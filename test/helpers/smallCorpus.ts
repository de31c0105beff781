/**
 * Five short abstracts in three topics (sparse attention and the KV cache, optimal transport,
 * serving LLMs), with an acronym and its expansion: the hand-made corpus of the builder's
 * curation, thesaurus and worker tests.
 */
export const SMALL_PAPERS: readonly { title: string; abstract: string }[] = [
  {
    title: 'Sparse attention for long documents',
    abstract: 'Sparse attention reduces the cost of long context transformers. Sparse attention keeps accuracy of LLMs.',
  },
  {
    title: 'KV cache compression',
    abstract: 'KV cache compression lowers memory of long context inference in large language models with sparse attention.',
  },
  {
    title: 'Optimal transport for domain adaptation',
    abstract: 'Optimal transport aligns source and target distributions for domain adaptation.',
  },
  {
    title: 'Entropic optimal transport',
    abstract: 'Entropic regularisation makes optimal transport fast; domain adaptation benefits.',
  },
  {
    title: 'Serving LLMs cheaply',
    abstract: 'Serving large language models needs a KV cache; LLMs with sparse attention serve faster.',
  },
];

/** Papers as a JSON Lines corpus, one object a line. */
export function jsonLines(papers: readonly object[]): string {
  return papers.map((p) => JSON.stringify(p)).join('\n');
}

/**
 * A seeded benchmark corpus of any size, made from real abstracts: every generated abstract keeps
 * the sentence count of a real one and recombines sentences of real abstracts on the same topic,
 * so lengths, vocabulary and topical structure stay close to a real corpus while the papers are
 * all different. Topics: the medical set's five gold labels, and for Inspec each paper's most
 * common controlled index term (topics with fewer than MIN_TOPIC_PAPERS papers are pooled).
 */
import { readFileSync } from 'node:fs';
import { compareKeys, seededRandom } from '../../src/core/util';

export interface BenchPaper {
  id: string;
  title: string;
  abstract: string;
  year: number;
}

interface SourcePaper {
  title: string;
  sentences: string[];
}

/** The real corpora read from ../shared/eval (never copied into the project). */
const EVAL_DIR = new URL('../../../shared/eval/', import.meta.url);
const SOURCES = ['medical-abstracts.jsonl', 'inspec-train.jsonl', 'inspec-dev.jsonl'];
const MIN_TOPIC_PAPERS = 8;
/** Chance that a sentence slot keeps the base abstract's own sentence. */
const KEEP_BASE = 0.55;

/** Sentence ends: a full stop (not after a one-letter initial or inside a number) before a capital. */
const SENTENCE_SPLIT = /(?<=[^\s.]{2}[.!?])\s+(?=[A-Z(\d])/;

function loadTopics(): SourcePaper[][] {
  const topics = new Map<string, SourcePaper[]>();
  const inspec: { paper: SourcePaper; terms: string[] }[] = [];
  for (const file of SOURCES) {
    const text = readFileSync(new URL(file, EVAL_DIR), 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { title?: string; abstract?: string; label?: string; keyphrases_controlled?: string[] };
      const title = (row.title ?? '').trim().replace(/\.$/, '');
      const abstract = (row.abstract ?? '').trim();
      if (!title || !abstract) continue;
      const paper = { title, sentences: abstract.split(SENTENCE_SPLIT).filter((s) => s.trim()) };
      if (row.label !== undefined) {
        const key = `medical:${row.label}`;
        topics.set(key, [...(topics.get(key) ?? []), paper]);
      } else {
        inspec.push({ paper, terms: row.keyphrases_controlled ?? [] });
      }
    }
  }
  const termCount = new Map<string, number>();
  for (const { terms } of inspec) for (const t of terms) termCount.set(t, (termCount.get(t) ?? 0) + 1);
  const byTerm = new Map<string, SourcePaper[]>();
  for (const { paper, terms } of inspec) {
    let best = '';
    for (const t of terms) {
      const c = termCount.get(t) ?? 0;
      const b = termCount.get(best) ?? 0;
      if (c > b || (c === b && t < best)) best = t;
    }
    byTerm.set(best, [...(byTerm.get(best) ?? []), paper]);
  }
  const pooled: SourcePaper[] = [];
  for (const [term, papers] of [...byTerm].sort(([a], [b]) => compareKeys(a, b))) {
    if (term && papers.length >= MIN_TOPIC_PAPERS) topics.set(`inspec:${term}`, papers);
    else pooled.push(...papers);
  }
  if (pooled.length > 0) topics.set('inspec:other', pooled);
  return [...topics.keys()].sort().map((k) => topics.get(k)!);
}

let cachedTopics: SourcePaper[][] | null = null;

/**
 * `size` papers, the same for the same seed: a topic is drawn in proportion to its number of real
 * papers, then a base abstract of it, whose sentence slots keep its own sentence or take one from
 * another abstract of the topic. Titles are real titles of the topic, made unique by joining a
 * second title's opening words when the first is taken.
 */
export function generateCorpus(size: number, seed = 1): BenchPaper[] {
  return [...generatePapers(size, seed)];
}

/** generateCorpus one paper at a time, for corpora too big to hold (a million papers is 1.2 GB of JSON Lines). */
export function* generatePapers(size: number, seed = 1): Generator<BenchPaper> {
  cachedTopics ??= loadTopics();
  const topics = cachedTopics;
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const all = topics.flat().length;
  const cumulative: number[] = [];
  let sum = 0;
  for (const t of topics) cumulative.push((sum += t.length / all));
  const titles = new Set<string>();
  for (let i = 0; i < size; i++) {
    const r = random();
    const topic =
      topics[
        Math.min(
          topics.length - 1,
          cumulative.findIndex((c) => r < c),
        )
      ];
    const base = pick(topic);
    const sentences = base.sentences.map((own) => (random() < KEEP_BASE ? own : pick(pick(topic).sentences)));
    let title = base.title;
    for (let tries = 0; titles.has(title); tries++) {
      const other = pick(topic)
        .title.split(/\s+/)
        .slice(0, 3 + Math.floor(random() * 3))
        .join(' ');
      title = tries < 8 ? `${base.title}: ${other.toLowerCase()}` : `${base.title} (${i + 1})`;
    }
    titles.add(title);
    yield { id: `bench-${i + 1}`, title, abstract: sentences.join(' '), year: 1995 + Math.floor(random() * 30) };
  }
}

import { readFileSync } from 'node:fs';
import { computeKeywords } from '../src/core/keywords';
const rows = readFileSync('../shared/eval/inspec-train.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const idx = computeKeywords(rows.map((r) => ({ title: r.title, abstract: r.abstract })));
idx.vocabulary.forEach((v, i) => { if (/[+#]/.test(v.term)) console.log(i, v); });
rows.forEach((r, d) => { if (/C\+\+/.test(r.abstract + r.title)) console.log(d, r.keyphrases.filter((k: string) => /\+/.test(k)), idx.docs[d].slice(0, 10).map((s) => idx.vocabulary[s.term].term).join(' | ')); });

import type { CorpusWarning } from '../map';
import { STOPWORDS } from './stopwords';

/** What the keyword stage supports, for messages. */
export const SUPPORTED_LANGUAGES = 'English (Latin script)';

/** Scripts named in the warning; letters of other scripts count as "other". */
const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
];
const LETTER = /\p{L}/u;
const LATIN_WORD = /\p{Script=Latin}+(?:['\u2019]\p{Script=Latin}+)?/gu;

/** Papers sampled (evenly spread), and characters read from each: enough to tell a language. */
const SAMPLE_PAPERS = 500;
const SAMPLE_CHARS = 2000;
/** Warn when more than this share of the letters is not Latin. */
const MAX_OTHER_SCRIPT = 0.3;
/**
 * English abstracts have 35–50% stopwords (natural's list plus academic boilerplate, STOPWORDS);
 * French or German text has a few percent; a corpus of stopwords has almost only them.
 */
const MIN_STOPWORD_SHARE = 0.12;
const MAX_STOPWORD_SHARE = 0.85;

/**
 * Warnings for a corpus the keyword stage cannot serve well: mostly another script than Latin
 * (its text has no spaces or different ones: whole clauses or long phrases become keywords), Latin
 * text with few English stopwords (another language), or text of stopwords only. Reads a sample,
 * so it costs the same for any corpus size.
 */
export function languageWarnings(papers: ReadonlyArray<{ title: string; abstract: string }>, file: string): CorpusWarning[] {
  const counts = new Map<string, number>();
  let letters = 0;
  let words = 0;
  let stopwords = 0;
  const step = Math.max(1, papers.length / SAMPLE_PAPERS);
  for (let i = 0; i < papers.length; i += step) {
    const paper = papers[Math.floor(i)];
    const text = `${paper.title} ${paper.abstract}`.slice(0, SAMPLE_CHARS);
    for (const c of text) {
      if (!LETTER.test(c)) continue;
      letters++;
      const script = SCRIPTS.find(([, pattern]) => pattern.test(c))?.[0] ?? 'other';
      counts.set(script, (counts.get(script) ?? 0) + 1);
    }
    for (const word of text.match(LATIN_WORD) ?? []) {
      words++;
      if (STOPWORDS.has(word.toLowerCase())) stopwords++;
    }
  }
  if (letters === 0) return [];
  const warnings: CorpusWarning[] = [];
  const latin = counts.get('Latin') ?? 0;
  if (letters - latin > MAX_OTHER_SCRIPT * letters) {
    const others = [...counts]
      .filter(([script]) => script !== 'Latin')
      .sort((a, b) => b[1] - a[1])
      .map(([script, n]) => `${script === 'other' ? 'other scripts' : script} ${Math.round((100 * n) / letters)}%`);
    warnings.push({
      file,
      message:
        `most of the text is not in Latin script (${others.join(', ')}): keywords are found in ${SUPPORTED_LANGUAGES} ` +
        'only, so expect whole clauses or long phrases as keywords',
    });
  } else if (words > 0 && stopwords < MIN_STOPWORD_SHARE * words) {
    warnings.push({
      file,
      message:
        `only ${Math.round((100 * stopwords) / words)}% of the words are common English words: the corpus does not look like ` +
        `English, and keywords are found in ${SUPPORTED_LANGUAGES} only`,
    });
  } else if (words > 0 && stopwords > MAX_STOPWORD_SHARE * words) {
    warnings.push({
      file,
      message: `${Math.round((100 * stopwords) / words)}% of the words are stopwords ("the", "we propose", ...): few words are left to be keywords`,
    });
  }
  return warnings;
}

import brill from 'natural/lib/natural/brill_pos_tagger/index.js';

const { Lexicon, RuleSet, Sentence } = brill;

/** Tags that suffix rules ("ends with -ly" → RB, ...) may give; wrong for words the lexicon knows. */
const SUFFIX_RULE_TAGS = new Set(['RB', 'JJ', 'NNS', 'VBG', 'VBN']);
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const HAS_LETTER = /\p{L}/u;

interface Tagger {
  lexicon: Record<string, string[] | undefined>;
  /** The tagger's 18 transformation rules, in order. */
  rules: ReturnType<InstanceType<typeof RuleSet>['getRules']>;
  /** Token → its lexicon tags without "|" alternatives, null if unknown: lookups are hot. */
  cache: Map<string, string[] | null>;
}

/** Past this many distinct tokens the cache starts over, so a long-lived worker stays small. */
const CACHE_LIMIT = 200_000;

let shared: Tagger | undefined;

/** Built once, on first use; the lexicon object is shared by every Lexicon instance anyway. */
function getTagger(): Tagger {
  if (!shared) {
    // 'NNP' for capitalised unknown words, 'NN' for other unknown words (else they get undefined).
    const lexicon = new Lexicon('EN', 'NN', 'NNP');
    shared = {
      lexicon: lexicon.lexicon,
      rules: new RuleSet('EN').getRules(),
      cache: new Map(),
    };
  }
  return shared;
}

/** Own-property lookup: the lexicon is a plain object, so "__proto__" or "constructor" would hit
 * Object.prototype. */
function lexiconTags(lexicon: Tagger['lexicon'], token: string): string[] | undefined {
  if (Object.prototype.hasOwnProperty.call(lexicon, token)) {
    const tags = lexicon[token];
    if (Array.isArray(tags) && tags.length > 0) return tags;
  }
  const lower = token.toLowerCase();
  if (lower !== token && Object.prototype.hasOwnProperty.call(lexicon, lower)) {
    const tags = lexicon[lower];
    if (Array.isArray(tags) && tags.length > 0) return tags;
  }
  return undefined;
}

/** Unknown lowercase words with these endings are adjectives ("infeasible", "permutation-free"
 * is handled by its last part). */
const ADJECTIVE_SUFFIX = /\p{Ll}(?:ible|able|ous|ive|ful|less|ic|ical)$/u;

/**
 * The first tag of a word the lexicon does not know. A hyphenated word takes the tag of its last
 * part ("nearly-linear", "memory-efficient" are adjectives, "mixture-of-experts" a plural noun);
 * a word with an adjective ending is an adjective; else a noun, proper if capitalised (what
 * natural's Lexicon('EN', 'NN', 'NNP') would give).
 */
function guessTag(lexicon: Tagger['lexicon'], token: string): string {
  const hyphen = token.lastIndexOf('-');
  if (hyphen > 0 && hyphen < token.length - 1) {
    const last = lexiconTags(lexicon, token.slice(hyphen + 1));
    if (last) return baseTag(last[0]);
  }
  if (ADJECTIVE_SUFFIX.test(token) && !/\p{Lu}/u.test(token)) return 'JJ';
  return /^\p{Lu}/u.test(token) ? 'NNP' : 'NN';
}

/** "NN|NNS" entries in the lexicon mean either; the first is enough for phrase finding. */
function baseTag(tag: string): string {
  const bar = tag.indexOf('|');
  return bar < 0 ? tag : tag.slice(0, bar);
}

const VERB_TAGS = new Set(['VB', 'VBP', 'VBZ', 'VBD']);
/** Tags after which a word is a verb if it can be: "we call", "can lead", "to support". */
const BEFORE_VERB = new Set(['PRP', 'MD', 'TO']);
/** After these a gerund that can be a noun is one: "data mining", "deep learning", "the
 * scheduling problem". After a preposition it stays a verb: "by using", "for training models". */
const NOUN_CONTEXT = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'DT', 'PRP$']);
/** Tags that can open a noun phrase. */
const PHRASE_START = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'JJ', 'DT', 'PRP$']);
/** After these an unknown "-s" word that follows a noun is a verb: a plural noun rarely
 * modifies another plural noun or an adjective ("AutoMixQ leverages lightweight models"). */
const AFTER_UNKNOWN_VBZ = new Set(['NNS', 'NNPS', 'JJ', 'DT', 'PRP$']);

/**
 * Penn Treebank part-of-speech tags for `tokens` (from tokenize), one per token, by natural's
 * Brill tagger (its English lexicon and transformation rules), with corrections that matter for key phrases. The tagger gives each word its
 * first lexicon tag and applies 18 rules, which leaves these errors:
 * - lexicon lookups could reach Object.prototype ("__proto__"); here they cannot;
 * - suffix rules also retag words the lexicon knows: "-ly → RB" would make "anomaly" and
 *   "assembly" adverbs, "-al → JJ" would make "signal" an adjective; known words keep a tag
 *   from their lexicon entry;
 * - a number with letters ("3D", "5.7T") is a noun, not a cardinal;
 * - a gerund after a noun, adjective or determiner is a noun if the lexicon lists it as one or
 *   does not know it ("data mining", "the scheduling problem", "LLM pretraining"), not if it is
 *   only a verb ("engineers navigating");
 * - a VB/VBP the lexicon also lists as a noun is a noun after a determiner or adjective
 *   ("a call", "direct support"); after a noun it stays a verb ("games employ");
 * - a noun the lexicon also lists as a verb is a verb after a personal pronoun, a modal or "to"
 *   ("we design", "to support");
 * - a plural noun the lexicon also lists as VBZ is a verb between a noun phrase and the start of
 *   another ("quantization cuts memory"); so is an unknown "-s" word (plural by the suffix rule)
 *   followed by a plural noun, an adjective or a determiner ("dataset showcases improvements").
 */
export function tagTokens(tokens: string[]): string[] {
  const { lexicon, rules, cache } = getTagger();
  const known: (string[] | null)[] = new Array(tokens.length);
  const sentence = new Sentence();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    let tags = cache.get(token);
    if (tags === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      tags = lexiconTags(lexicon, token)?.map(baseTag) ?? null;
      cache.set(token, tags);
    }
    known[i] = tags;
    const tag = tags ? tags[0] : guessTag(lexicon, token);
    sentence.addTaggedWord(token, tag);
  }
  // BrillPOSTagger.applyRules, with the rule list fetched once: it rebuilds it (Object.keys, map)
  // at every token, which cost a quarter of tagging time, and tagging is most of the keyword stage.
  for (let i = 0; i < tokens.length; i++) {
    for (const rule of rules) rule.apply(sentence, i);
  }
  const out: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let tag = sentence.taggedWords[i].tag;
    const tags = known[i];
    const prev = i > 0 ? out[i - 1] : '';
    if (tags && SUFFIX_RULE_TAGS.has(tag) && !tags.includes(tag)) tag = tags[0];
    if (tag === 'CD' && HAS_LETTER.test(tokens[i])) tag = 'NN';
    if (tag === 'VBG' && NOUN_CONTEXT.has(prev) && (!tags || tags.some((t) => NOUN_TAGS.has(t)))) {
      tag = 'NN';
    }
    if (tags && (tag === 'VB' || tag === 'VBP') && (prev === 'DT' || prev === 'JJ')) {
      tag = tags.find((t) => NOUN_TAGS.has(t)) ?? tag;
    } else if (tags && NOUN_TAGS.has(tag) && BEFORE_VERB.has(prev)) {
      tag = tags.find((t) => VERB_TAGS.has(t)) ?? tag;
    }
    out[i] = tag;
    if (i >= 2 && prev === 'NNS' && (NOUN_TAGS.has(out[i - 2]) || out[i - 2] === 'JJ')) {
      const prevTags = known[i - 1];
      if (prevTags ? PHRASE_START.has(tag) && prevTags.includes('VBZ') : AFTER_UNKNOWN_VBZ.has(tag)) {
        out[i - 1] = 'VBZ';
      }
    }
  }
  return out;
}

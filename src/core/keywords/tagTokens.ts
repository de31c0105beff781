import brill from 'natural/lib/natural/brill_pos_tagger/index.js';

const { Lexicon, RuleSet, Sentence } = brill;

/** Tags that suffix rules ("ends with -ly" → RB, ...) may give; wrong for words the lexicon knows. */
const SUFFIX_RULE_TAGS = new Set(['RB', 'JJ', 'NNS', 'VBG', 'VBN']);
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const HAS_LETTER = /\p{L}/u;

type Rule = ReturnType<InstanceType<typeof RuleSet>['getRules']>[number];

/**
 * The predicates of natural's English rules, all of which look only at the current word and at
 * the word and tag before it: a rule's outcome at a position then depends only on the token, its
 * starting tag and which of the rules' previous tags and previous words precede it, so the tag
 * after all rules can be cached per token and context (tagging is most of the keyword stage).
 */
const LOCAL_PREDICATES = new Set([
  'PREV-TAG',
  'PREV-WORD-IS',
  'CURRENT-WORD-IS-NUMBER',
  'CURRENT-WORD-IS-URL',
  'CURRENT-WORD-ENDS-WITH',
]);

interface Tagger {
  lexicon: Record<string, string[] | undefined>;
  /** The tagger's 18 transformation rules, in order. */
  rules: Rule[];
  /** Whether every rule has one of LOCAL_PREDICATES (so rule outcomes may be cached). */
  local: boolean;
  /** Tags that PREV-TAG rules test for, and (lowercase) words that PREV-WORD-IS rules test for. */
  prevTags: string[];
  prevWords: string[];
  /** Token → what tagging needs to know about it: lookups are hot. */
  cache: Map<string, TokenEntry>;
}

/** What tagging needs to know about one token string; see tokenTagEntry. */
export interface TokenEntry {
  /** Its lexicon tags without "|" alternatives, null if unknown. */
  known: string[] | null;
  /** Its tag before the rules: the first lexicon tag, or a guess. */
  first: string;
  /** Its tag after the rules after most words (context 0): kept apart, one look-up fewer. */
  plain: string;
  /** Its tag after the rules, by context (see contextOf), filled on first need ('' until then). */
  ruled: string[];
  /** `plain` and `ruled` after the fixes that depend on nothing but the token (see fixTag). */
  plainFixed: string;
  fixed: string[];
  /** Its part of the context of the token after it (see contextOf). */
  wordContext: number;
  lower: string;
}

/** Past this many distinct tokens the cache starts over, so a long-lived worker stays small. */
const CACHE_LIMIT = 200_000;

let shared: Tagger | undefined;

/** Built once, on first use; the lexicon object is shared by every Lexicon instance anyway. */
function getTagger(): Tagger {
  if (!shared) {
    // 'NNP' for capitalised unknown words, 'NN' for other unknown words (else they get undefined).
    const lexicon = new Lexicon('EN', 'NN', 'NNP');
    const rules = new RuleSet('EN').getRules();
    const parameters = (name: string): string[] => [
      ...new Set(rules.filter((rule) => rule.predicate.name === name).map((rule) => String(rule.predicate.parameter1))),
    ];
    shared = {
      lexicon: lexicon.lexicon,
      rules,
      local: rules.every((rule) => LOCAL_PREDICATES.has(rule.predicate.name)),
      prevTags: parameters('PREV-TAG'),
      prevWords: parameters('PREV-WORD-IS').map((w) => w.toLowerCase()),
      cache: new Map(),
    };
  }
  return shared;
}

/** Own-property lookup: the lexicon is a plain object, so "__proto__" or "constructor" would hit
 * Object.prototype. */
function lexiconTags(lexicon: Tagger['lexicon'], token: string): string[] | undefined {
  if (Object.hasOwn(lexicon, token)) {
    const tags = lexicon[token];
    if (Array.isArray(tags) && tags.length > 0) return tags;
  }
  const lower = token.toLowerCase();
  if (lower !== token && Object.hasOwn(lexicon, lower)) {
    const tags = lexicon[lower];
    if (Array.isArray(tags) && tags.length > 0) return tags;
  }
  return undefined;
}

/** Endings of adjectives the lexicon may not know. */
const ADJECTIVE_ENDING = '(?:ible|able|ous|ive|ful|less|ic|ical)$';
/** Unknown lowercase words with these endings are adjectives ("infeasible", "permutation-free"
 * is handled by its last part). */
const ADJECTIVE_SUFFIX = new RegExp(`\\p{Ll}${ADJECTIVE_ENDING}`, 'u');
/**
 * The same word with a capital first letter, as a sentence or a title case title starts it:
 * "Adaptive optimizers such as Adam ..." was tagged NNP VBZ (a name and its verb), and the paper
 * lost its phrase. A short stem ("Hive", "Olive") may be a name, and stays one.
 */
const CAPITALISED_ADJECTIVE = new RegExp(`^\\p{Lu}\\p{Ll}{2,}${ADJECTIVE_ENDING}`, 'u');

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
  if (CAPITALISED_ADJECTIVE.test(token)) return 'JJ';
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
 *
 * `entries` (tokenTagEntry of each token, or objects made from it; only the first tokens.length
 * are read) lets a caller that keeps its own per-token table skip the look-up here.
 */
export function tagTokens(tokens: string[], entries?: TokenEntry[]): string[] {
  const tagger = getTagger();
  if (entries === undefined) {
    const { cache } = tagger;
    entries = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      let entry = cache.get(token);
      if (entry === undefined) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        entry = tokenTagEntry(token);
        cache.set(token, entry);
      }
      entries[i] = entry;
    }
  }
  const { rules } = tagger;
  const ruledTags: string[] = new Array(tokens.length);
  const fixedTags: string[] = new Array(tokens.length);
  if (tagger.local) {
    for (let i = 0; i < tokens.length; i++) {
      const context = i === 0 ? 0 : contextOf(tagger, ruledTags[i - 1], entries[i - 1].wordContext);
      const entry = entries[i];
      if (context === 0) {
        ruledTags[i] = entry.plain;
        fixedTags[i] = entry.plainFixed;
        continue;
      }
      let tag = entry.ruled[context];
      if (tag === '') {
        tag = ruleTag(tagger, tokens[i], entry.first, context);
        entry.ruled[context] = tag;
        entry.fixed[context] = fixTag(entry.known, tokens[i], tag);
      }
      ruledTags[i] = tag;
      fixedTags[i] = entry.fixed[context];
    }
  } else {
    // BrillPOSTagger.applyRules, with the rule list fetched once (it rebuilds it at every token).
    const sentence = new Sentence();
    for (let i = 0; i < tokens.length; i++) sentence.addTaggedWord(tokens[i], entries[i].first);
    for (let i = 0; i < tokens.length; i++) {
      for (const rule of rules) rule.apply(sentence, i);
      ruledTags[i] = sentence.taggedWords[i].tag;
      fixedTags[i] = fixTag(entries[i].known, tokens[i], ruledTags[i]);
    }
  }
  const out: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let tag = fixedTags[i];
    const tags = entries[i].known;
    const prev = i > 0 ? out[i - 1] : '';
    if (tag === 'VBG' && NOUN_CONTEXT.has(prev) && (!tags || tags.some((t) => NOUN_TAGS.has(t)))) {
      tag = 'NN';
    }
    if (tags && (tag === 'VB' || tag === 'VBP') && (prev === 'DT' || prev === 'JJ')) {
      tag = tags.find((t) => NOUN_TAGS.has(t)) ?? tag;
    } else if (tags && NOUN_TAGS.has(tag) && BEFORE_VERB.has(prev)) {
      tag = tags.find((t) => VERB_TAGS.has(t)) ?? tag;
    }
    out[i] = tag;
    if (i >= 2 && prev === 'NNS' && (NOUN_TAGS.has(out[i - 2]) || out[i - 2] === 'JJ') && !suchAs(entries, i, tokens.length)) {
      const prevTags = entries[i - 1].known;
      if (prevTags ? PHRASE_START.has(tag) && prevTags.includes('VBZ') : AFTER_UNKNOWN_VBZ.has(tag)) {
        out[i - 1] = 'VBZ';
      }
    }
  }
  return out;
}

/**
 * Whether "such as" starts at token i: it follows a noun phrase ("adaptive optimizers such as
 * Adam"), never a verb, where "such" before a noun may follow one ("the model uses such methods").
 */
function suchAs(entries: TokenEntry[], i: number, count: number): boolean {
  return i + 1 < count && entries[i].lower === 'such' && entries[i + 1].lower === 'as';
}

/**
 * A token's entry for tagTokens: a caller that keeps its own per-token table (computeKeywords)
 * passes entries in and saves tagTokens' own look-up. Entries are reusable across calls.
 */
export function tokenTagEntry(token: string): TokenEntry {
  const tagger = getTagger();
  const known = lexiconTags(tagger.lexicon, token)?.map(baseTag) ?? null;
  const first = known ? known[0] : guessTag(tagger.lexicon, token);
  const contexts = (tagger.prevTags.length + 1) * (tagger.prevWords.length + 1);
  const lower = token.toLowerCase();
  const plain = tagger.local ? ruleTag(tagger, token, first, 0) : '';
  return {
    known,
    first,
    plain,
    ruled: new Array<string>(contexts).fill(''),
    plainFixed: tagger.local ? fixTag(known, token, plain) : '',
    fixed: new Array<string>(contexts).fill(''),
    wordContext: tagger.prevWords.indexOf(lower) + 1,
    lower,
  };
}

/**
 * The fixes to a ruled tag that depend on nothing but the token (see tagTokens), worked out
 * once per token and context: a word the lexicon knows keeps a tag from its entry against the
 * suffix rules, and a number with letters is a noun.
 */
function fixTag(known: string[] | null, token: string, ruled: string): string {
  let tag = ruled;
  if (known && SUFFIX_RULE_TAGS.has(tag) && !known.includes(tag)) tag = known[0];
  if (tag === 'CD' && HAS_LETTER.test(token)) tag = 'NN';
  return tag;
}

/**
 * Which of the rules' previous tags and previous words (Tagger.prevTags, prevWords) precede a
 * token, as one small integer: (tag index + 1) × (words + 1) + (word index + 1), 0 for neither.
 * The previous token's word index + 1 is its entry's wordContext.
 */
function contextOf(tagger: Tagger, prevTag: string, prevWordContext: number): number {
  return (tagger.prevTags.indexOf(prevTag) + 1) * (tagger.prevWords.length + 1) + prevWordContext;
}

/**
 * The tag natural's rules give a token in a context: the rules applied, in order, to the token
 * after a stand-in previous word with exactly the context's tag and word (the rules look no
 * further back, see LOCAL_PREDICATES).
 */
function ruleTag(tagger: Tagger, token: string, first: string, context: number): string {
  const words = tagger.prevWords.length + 1;
  const tagIndex = Math.floor(context / words);
  const wordIndex = context % words;
  // A tag and a word that no rule tests for stand in for "none of them".
  const sentence = new Sentence();
  sentence.addTaggedWord(
    wordIndex === 0 ? '\u0000' : tagger.prevWords[wordIndex - 1],
    tagIndex === 0 ? '\u0000' : tagger.prevTags[tagIndex - 1],
  );
  sentence.addTaggedWord(token, first);
  for (const rule of tagger.rules) rule.apply(sentence, 1);
  return sentence.taggedWords[1].tag;
}

import brill from 'natural/lib/natural/brill_pos_tagger/index.js';

const { BrillPOSTagger, Lexicon, RuleSet, Sentence } = brill;

/** Tags that suffix rules ("ends with -ly" → RB, ...) may give; wrong for words the lexicon knows. */
const SUFFIX_RULE_TAGS = new Set(['RB', 'JJ', 'NNS', 'VBG', 'VBN']);
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const HAS_LETTER = /\p{L}/u;

interface Tagger {
  lexicon: Record<string, string[] | undefined>;
  tagger: InstanceType<typeof BrillPOSTagger>;
}

let shared: Tagger | undefined;

/** Built on first use: loading the 4 MB lexicon costs ~100 ms, and pure importers may not need it. */
function getTagger(): Tagger {
  if (!shared) {
    // 'NNP' for capitalised unknown words, 'NN' for other unknown words (else they get undefined).
    const lexicon = new Lexicon('EN', 'NN', 'NNP');
    shared = { lexicon: lexicon.lexicon, tagger: new BrillPOSTagger(lexicon, new RuleSet('EN')) };
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

/** "NN|NNS" entries in the lexicon mean either; the first is enough for phrase finding. */
function baseTag(tag: string): string {
  const bar = tag.indexOf('|');
  return bar < 0 ? tag : tag.slice(0, bar);
}

/**
 * Penn Treebank part-of-speech tags for `tokens` (from tokenize), one per token, by natural's
 * Brill tagger, with corrections that matter for key phrases:
 * - lexicon lookups cannot reach Object.prototype ("__proto__" gets the default tag);
 * - suffix rules only retag words the lexicon does not know: the "-ly → RB" rule would make
 *   "anomaly" and "assembly" adverbs, "-al → JJ" would make "signal" an adjective;
 * - a number with letters ("3D", "5.7T") is a noun, not a cardinal;
 * - a VB/VBP the lexicon also lists as a noun is a noun when a noun, adjective or determiner
 *   comes right before it ("data transport", "the design"): the tagger's first lexicon tag wins
 *   otherwise, and "call", "lead", "support" come out as verbs.
 */
export function tagTokens(tokens: string[]): string[] {
  const { lexicon, tagger } = getTagger();
  const known: (string[] | undefined)[] = new Array(tokens.length);
  const sentence = new Sentence();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const tags = lexiconTags(lexicon, token);
    known[i] = tags;
    const tag = tags ? baseTag(tags[0]) : /^\p{Lu}/u.test(token) ? 'NNP' : 'NN';
    sentence.addTaggedWord(token, tag);
  }
  tagger.applyRules(sentence);
  const out: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let tag = sentence.taggedWords[i].tag;
    const tags = known[i];
    if (tags && SUFFIX_RULE_TAGS.has(tag) && !tags.some((t) => baseTag(t) === tag)) {
      tag = baseTag(tags[0]);
    }
    if (tag === 'CD' && HAS_LETTER.test(tokens[i])) tag = 'NN';
    if ((tag === 'VB' || tag === 'VBP') && tags && i > 0) {
      const prev = out[i - 1];
      const nounTag = tags.map(baseTag).find((t) => NOUN_TAGS.has(t));
      if (nounTag && (NOUN_TAGS.has(prev) || prev === 'JJ' || prev === 'DT')) tag = nounTag;
    }
    out[i] = tag;
  }
  return out;
}

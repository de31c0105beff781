import naturalStopwords from 'natural/lib/natural/util/stopwords.js';

/** The words of a list written as running text, several to a line: the lists are data, not code. */
function words(text: string): string[] {
  return text.trim().split(/\s+/);
}

/**
 * Words that can never be part of a key phrase: they break candidate runs, so a phrase never
 * starts or ends with one. natural's 170 English stopwords are too few for abstracts: they miss
 * function words ("however", "via", "not"), number words (the tagger calls "two" and "novel"
 * nouns) and the boilerplate every paper repeats ("we propose a novel approach", "experimental
 * results show"), which would otherwise top the keyword lists because it is frequent in every
 * document. Entries are lowercase surface forms, inflections listed explicitly: matching stems
 * instead would also remove content words ("working memory" stems like "works"). "making" is left
 * to the tagger, which reads it as a noun in "decision making" and a verb in "making it" (as a
 * stopword it cut "sequential decision making problems" to "sequential decision"). Nor is
 * "least": it cut "least squares" (9 of Inspec's gold phrases), and "at least" stops at "at".
 * "method", "approach", "technique" and "performance" (singular and plural) are no stopwords
 * either: they head phrases ("fast multipole method", "surgical approach", "Seldinger technique",
 * "high performance liquid chromatography"), 300 of Inspec's gold phrases hold one, and
 * GENERIC_TERMS keeps each from being a keyword alone.
 */
const FUNCTION_WORDS = words(`
  across against along already although always among amongst around away became become becomes
  becoming besides beyond can't despite done down due either else enough etc even ever every fewer
  former hence however i ie eg indeed instead just latter less lot lots made makes may
  meanwhile moreover mostly namely neither nevertheless no nor not nothing often once onto per
  perhaps quite rather really regarding seem seemed seems shall thereby therefore thus together
  toward towards upon us via whether whereas whose within without yet will an whilst unless
  otherwise wherein whereby thereof therein herein hereby also almost anything something everything
  someone anyone everyone us let lets goes went gets getting take takes taken taking took give gives
  given giving gave put puts thing things yes whatever whichever wherever whenever about above below
  up off oh ok okay cf al et vs versus eg ii iii iv e.g i.e non able unable since throughout beside
  next last ago far hereafter thereafter afterwards alone anyway anyhow somehow somewhat sometimes
  usually whole i.e. none nobody nowhere somewhere everywhere
`);

/** Cardinal and ordinal number words: the tagger tags unknown ones as nouns. */
const NUMBER_WORDS = words(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
  hundreds thousand thousands million millions billion billions trillion trillions dozen dozens
  first second third fourth fifth sixth seventh eighth ninth tenth firstly secondly thirdly finally
  half twice thrice once triple several various numerous couple
`);

/** Adjectives that praise, compare or quantify rather than say what a thing is. */
const VAGUE_ADJECTIVES = words(`
  useful distinct numerous diverse wide broad overall entire specific unique notable desirable
  typical nascent lowest highest greater larger smaller higher lower similar whole appropriate
  suitable relevant considerable efficient little excellent reasonable satisfactory acceptable
  outstanding encouraging great
`);

/**
 * Markup left in abstracts: Inspec's ("H/sub infinity/"), and LaTeX relations whose backslash was
 * lost ("$\geq$ 2-bit" written "geq 2-bit" on the trending-papers page).
 */
const MARKUP = ['sub', 'sup', 'geq', 'leq', 'neq', 'approx'];

/** The vocabulary of abstracts about the paper itself rather than its topic. */
const ACADEMIC_BOILERPLATE = [
  ...words(`
    paper papers article articles result results resulting propose proposes
    proposed proposing proposal methodology methodologies performances
    experiment experiments experimental experimentally work works novel new state-of-the-art sota
    study studies studied present presents presented presenting show shows shown showed showing
    demonstrate demonstrates demonstrated demonstrating based use uses used using
    contribution contributions finding findings existing previous previously prior recent recently
    currently different significant significantly substantial substantially effective effectively
    improve improves improved improving improvement improvements outperform outperforms outperformed
    outperforming achieve achieves achieved achieving obtain obtains obtained provide provides
    provided providing introduce introduces introduced introducing describe describes described
    describing discuss discusses discussed investigate investigates investigated consider considers
    considered considering address addresses addressed allow allows allowed enable enables enabled
    include includes included including respectively furthermore additionally specifically particular
    particularly important main mainly well-known widely extensive extensively comprehensive superior
    better best good simple simply easy easily certain possible propose proposes aim aims aimed
    paper's authors author conclusion conclusions conclude concludes experience example examples cases
    case fact way ways part parts kind kinds terms basis overview introduction discussion literature
    evaluate evaluates evaluated evaluating effectiveness efficacy superiority feasibility usefulness
    validity promising challenging challenge key valuable insights insight thanks challenges crucial
    remarkable remarkably strong stronger strongest competitive impressive art this here open-source
    available publicly github baseline baselines better novelty we our ours respect regard addition
    additional need needs needed require requires required requiring lead leads leading led yield
    yields yielded yielding help helps
  `),
  // Naming and doing verbs whose participles the tagger takes for modifiers ("dubbed X").
  ...words(`
    dubbed called termed named coined so-called developed designed rendered utilize utilizes utilized
    utilizing employ employs employed employing leverage leverages leveraged leveraging
  `),
];

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...naturalStopwords.words,
  ...FUNCTION_WORDS,
  ...NUMBER_WORDS,
  ...ACADEMIC_BOILERPLATE,
  ...VAGUE_ADJECTIVES,
  ...MARKUP,
]);

import type { ClaimValue } from '../types';
import { firstAtOrAfter } from '../util/search';
import { ownPieceDate, writerActDates } from './writerOwnDates';

/**
 * The words that change what the clause after them asserts, read one word (or mark) at a time
 * over a sentence; a word is classed by a table lookup, and the few that need the word after
 * them look at it with a sticky pattern (one regular expression with a branch per word, run at
 * every position of every claim, cost a sixth of the whole analysis). The classes: (1) a break
 * of clause: punctuation (a full stop too, where a sentence runs on after one: "wasn't either.
 * the report said"), a table's cell border, "but", "while", "although"… (a comma between
 * digits, "3,000", is none); (2) a negation: "not", "never", "didn't", "it is false that", "no
 * evidence", a noun negated by "no" before its relative clause ("no document that gives 98%", "nothing
 * that shows") (not "not only", "not more than", "not until": those assert a figure or a bound);
 * (3) a condition or a supposition: "if", "unless", "whether", "suppose"; (4) a modal of
 * possibility or duty: "could", "should", "might", "must", "may"; (5) "would"; (6) the future:
 * "will", "shall", "'ll", "going to"; (7) a forecast: "expected to", "projected to", "likely
 * to", and a verb of expecting in the present, "expect", "anticipates", "predict"; (8) a verb of saying or pledging in the past, which makes a later "would" the pledge it
 * reports, and so does a noun of what was announced or decided before a colon ("made the formal announcement on 7
 * April 2026: the model would go to …", "The decision was final: …"); (9) what sets the standard of a comparison, "next to", "compared with", "beside", which ends
 * a negation: what a judgement is measured against is given, not denied; (10) a verb by which
 * another document or person states a figure ("dates", "puts", "gives", "says", "reported"), which makes the figures after it that document's, not the
 * writer's, when the writer marks them as wrong ("wrongly dates", or a next sentence that opens
 * "The correct date is", "In fact", "That is not what the record shows") or the reporter is
 * hearsay ("some reports put", "one newspaper dated"); and "according to" before either; (11) an
 * adverb of error, "wrongly", "incorrectly", "mistakenly". A modal of politeness before a verb of
 * saying ("I would remind the committee that", "I must stress that") is none: what is said after
 * it is asserted. A verb that takes its complement as given ("mention", "acknowledge", "dispute",
 * "know", "the fact that") lifts a negation before it: "The paper does not mention that the talks
 * were on a $250 million contract" asserts the $250 million, and so does "nor that" after it.
 */
const tokenRe = /[;:()|—–]|,(?!\d)|\.(?=\s|\[)|\s-\s|[\p{L}'’]+/gu;

type WordClass = 'break' | 'not' | 'negation' | 'no' | 'false' | 'condition' | 'modal' | 'would' | 'future' | 'going' | 'forecast' | 'expect' | 'saying' | 'told' | 'standard' | 'stating' | 'according' | 'error';

const wordClasses = new Map<string, WordClass>();
const classify = (cls: WordClass, words: string) => {
  for (const w of words.split(' ')) wordClasses.set(w, cls);
};
classify('break', 'but yet while whereas although though because');
classify('not', 'not');
classify('negation', 'never neither nor cannot');
classify('no', 'no none nothing');
classify('false', 'false untrue incorrect');
classify('condition', 'if unless whether suppose supposing imagine');
classify('modal', 'could should might must ought may can');
classify('would', 'would');
classify('future', 'will shall');
classify('going', 'going');
classify('forecast', 'expected projected forecast predicted likely unlikely poised');
// A verb of expecting in the present: what follows in its clause is a forecast, with or without
// "to" ("Some analysts expect broader access to be announced in Q3 2026", "predict it will score 95%").
classify('expect', 'expect expects expecting anticipate anticipates anticipating predict predicts predicting foresee foresees foreseeing');
classify('saying', 'said announced pledged promised stated confirmed told wrote explained added noted reported disclosed revealed vowed agreed decided committed');
// A noun of what was announced or decided: before a colon, what follows the colon is what it said ("Anthropic made
// the formal announcement on 7 April 2026: Claude Mythos Preview would go to …", "The decision was final: …").
classify('told', 'announcement decision statement pledge promise');
// What sets the standard a negated judgement is measured by: "next to", "compared with", "beside".
classify('standard', 'next compared relative beside alongside');
// A verb by which a document or person gives a figure as theirs ("the paper dates the announcement
// to 9 April"); the past forms that are verbs of saying too ("said", "stated", "reported", "wrote")
// are in `statingToo`.
classify('stating', 'dates dated puts put gives gave states says claims claimed lists listed cites cited estimates estimated places placed writes asserts asserted suggests suggested describes described quotes quoted counts counted reports');
classify('according', 'according');
classify('error', 'wrongly incorrectly mistakenly erroneously falsely inaccurately misleadingly');

/** Verbs of saying that also state another's figure (see the 'stating' class). */
const statingToo = new Set(['said', 'stated', 'reported', 'wrote']);

/**
 * Verbs and nouns that take what follows "that" as given, so a negation before them does not deny
 * it ("does not mention that", "did not know that", "is not aware that", "ignores the fact that").
 * Looked up only after a negation.
 */
const factive = new Set(
  'mention mentions mentioned note notes noted acknowledge acknowledges acknowledged admit admits admitted recognise recognises recognised recognize recognizes recognized disclose discloses disclosed reveal reveals revealed dispute disputes disputed contest contests contested explain explains explained know knows knew known realise realises realised realize realizes realized notice notices noticed remember remembers remembered regret regrets regretted aware fact'.split(' '),
);

/** After "not": a word that makes it assert a figure or a bound ("not only $40 million", "not more than 12"). */
const notAsserting = /\s+(?:only|just|merely|simply|least|until|till|before|after|later|earlier|more|less|fewer|over|under|above|below|quite|far|much|long|since)(?![\p{L}\p{N}_])/uy;
/** After "no": what makes it a denial ("no longer", "no evidence"). */
const noDenying = /\s+(?:longer|evidence|record|proof|sign)(?![\p{L}\p{N}_])/uy;
/**
 * After "no", "none of", "nothing": a noun (at most four words, no figure among them) and a
 * relative pronoun, whose clause describes what is said not to exist: "We found no Anthropic
 * document that gives a CyberGym score of 98%" denies the 98%, as "nothing that shows" does.
 */
const noRelative = /(?:\s+[\p{L}'’-]{1,24}){0,4}?\s+(?:that|which|who|whose|where)(?![\p{L}\p{N}_])/uy;
/**
 * Nouns whose "that" clause is given, not denied ("There is no doubt that Anthropic committed $100
 * million", "It is no secret that …"), and the words that make "no" a bound ("no more than 12").
 */
const noAsserting = new Set('doubt doubts question secret surprise coincidence wonder accident mistake exaggeration denying dispute disputing more less fewer later earlier sooner other'.split(' '));
/** After "false", "going", "expected"…: the word that completes the phrase. */
const thatAfter = /\s+that(?![\p{L}\p{N}_])/uy;
const toAfter = /\s+to(?![\p{L}\p{N}_])/uy;
/** After a modal: a verb of saying, perhaps after "like to", that makes it a modal of politeness. */
const politeAfter = /\s+(?:(?:like|want|wish)\s+to\s+)?(?:remind|note|add|point\s+out|say|stress|emphasi[sz]e|recall|repeat|observe|mention|underline|underscore|highlight)(?![\p{L}\p{N}_])/uy;
/**
 * A reporter that is hearsay, at the start of its clause or after "according to": a word of
 * indefiniteness, perhaps one more word, then a noun of reporting ("some reports", "one
 * newspaper", "some early accounts", "a few outlets", "press reports").
 */
const hearsayOpeners = new Set('one some several few other certain many various earlier early initial unconfirmed press media news'.split(' '));
const reporterNouns = new Set(
  'report reports account accounts outlet outlets newspaper newspapers paper papers article articles story stories commentator commentators observer observers source sources coverage estimate estimates rumour rumours rumor rumors post posts blog blogs headline headlines press media analyst analysts critic critics'.split(' '),
);
/** A word (read after `skipLead`). */
const wordAt = /[\p{L}-]{1,24}/uy;
/** A reporter that is the writer or the writer's own document: "we", "this paper", "our analysis". */
const ownVoice = /(?:^|[^\p{L}\p{N}_])(?:we|i|our|my|this|these|the\s+present)(?![\p{L}\p{N}_])/iu;

/**
 * What opens a sentence that corrects the one before: "The correct date is", "That is not what
 * the public record shows", "This is wrong", "The paper is mistaken".
 */
const firmCorrection =
  /(?:(?:the|its)\s+(?:correct|actual|true|right|accurate|real)\s|(?:this|that)\s+(?:is|was)\s+(?:not\s+(?:what|the\s+case|correct|right|accurate|true|so)|wrong|incorrect|inaccurate|mistaken|false|untrue|an?\s+(?:error|mistake|misreading)|in\s+error)\b|(?:it|the\s+[\p{L}-]{1,24}(?:\s+[\p{L}-]{1,24})?)\s+(?:is|was)\s+(?:wrong|mistaken|incorrect|in\s+error)\b)/iuy;
/** What opens a sentence that corrects the one before, or only insists on it: "In fact", "Actually", "In reality", "Rather". */
const weakCorrection = /(?:in\s+(?:fact|reality|truth)|actually|rather)\b/iuy;

/**
 * Whether the text at `offset` opens a sentence that corrects the one before it: 'firm' ("The
 * correct date is 7 April 2026", "That is not what the record shows"), 'weak' ("In fact, …",
 * "Actually, …", which may also insist: they correct when they give a figure of their own), or
 * undefined. The sentence before then reports a figure to correct it, when a verb gives it as
 * another document's ("The consultation paper dates the announcement to 9 April 2026.").
 */
export function correctionAt(text: string, offset: number): 'firm' | 'weak' | undefined {
  const at = skipLead(text, offset);
  firmCorrection.lastIndex = at;
  if (firmCorrection.test(text)) return 'firm';
  weakCorrection.lastIndex = at;
  return weakCorrection.test(text) ? 'weak' : undefined;
}

/**
 * What opens a sentence that restates the thing of the sentence before with a figure of its own:
 * a pronoun and a verb ("It is 244 pages", "They were 27 years old"), or "the" and a noun of one
 * or two words (`restatedNoun`) before a verb or a preposition ("The filing was made on March 17").
 */
const restatingPronoun = /(?:it|they|this|that)(?:'s|’s|\s+(?:is|was|are|were|has|had|runs|ran|came|comes|stands|stood|totals|totalled|totaled|numbers|numbered))(?![\p{L}\p{N}_])/iuy;
const restatedNoun = /the\s+([\p{L}-]{3,24})(?:\s+([\p{L}-]{3,24}))?\s+(?:is|was|are|were|has|had|came|took|ran|runs|stood|stands|totals|totalled|totaled|numbers|numbered|in|on|of)(?![\p{L}\p{N}_])/iuy;

/**
 * Whether the sentence at `offset` restates the thing of `before` (the sentence before it) with
 * its own figure: by a pronoun ("It is 244 pages."), or by a noun of `before` ("The filing was made
 * on March 17, 2026." after "… dated the Defense Department's court filing to March 7."). The
 * writer's own earlier version is corrected so (see `unassertedFigures`).
 * Example: restatesAt('X. It is 244 pages.', 3, 'X.') → true.
 */
export function restatesAt(text: string, offset: number, before: string): boolean {
  const at = skipLead(text, offset);
  restatingPronoun.lastIndex = at;
  if (restatingPronoun.test(text)) return true;
  restatedNoun.lastIndex = at;
  const m = restatedNoun.exec(text);
  if (!m) return false;
  const words = wordsOf(before);
  return words.has(m[1].toLowerCase()) || (m[2] !== undefined && words.has(m[2].toLowerCase()));
}

/** The word right after a figure: "244 pages" → "pages". */
const wordAfterFigure = /[ \t]?([\p{L}-]{1,24})/uy;

/**
 * Whether the figure ending at `end` restates a figure of `before` as the same thing: no word
 * follows it ("It has 12."), or the word that does is one of `before` ("It is 244 pages." after
 * "… was 144 pages long"; not "It has 40 other organisations" after "… has 15 founding partners").
 */
export function sameThingAfter(text: string, end: number, before: string): boolean {
  wordAfterFigure.lastIndex = end;
  const m = wordAfterFigure.exec(text);
  return m === null || wordsOf(before).has(m[1].toLowerCase());
}

/** The words of a sentence, in lower case. */
function wordsOf(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/[\p{L}-]+/gu) ?? []);
}

/** After "next", "compared", "relative": the word that makes it set a standard of comparison ("next to", "compared with"). */
const standardAfter = /\s+(?:to|with)(?![\p{L}\p{N}_])/uy;
/** The first character of a word token (the others are marks). */
const wordStart = /^[\p{L}'’]/u;

/**
 * What makes a sentence's "will" a prediction rather than the writer's way of stating a
 * commitment on record: a deadline year ("by 2027", "by the end of 2030"), "next" (not "next
 * to"), "in the coming years", "in the future", "eventually".
 */
const predictionCue = /\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:19|20)\d\d\b|\bnext\b(?!\s+to\b)|\bin\s+(?:the\s+)?(?:coming|future)\b|\beventually\b|\bsomeday\b/iu;

/** What the sentence read so far does to a figure in it. */
interface Reading {
  readonly mood: ClauseMood;
  /** Whether a verb of saying stands before, since the last condition (it makes a later "would" the pledge it reports). */
  saying: boolean;
  /** Whether a noun of what was announced or decided stands before (a colon after it makes what follows its content, as a verb of saying does). */
  told: boolean;
  /** Whether the figures that follow are another's, reported to be corrected or as hearsay (until a break other than a comma). */
  quoting: boolean;
  /** Where the current clause starts, in the sentence. */
  clauseStart: number;
  /** Whether the word before was a verb of stating, or an adverb of error: they mark each other ("wrongly dates", "states incorrectly"). */
  before: 'stating' | 'error' | undefined;
  /** Whether a negation was lifted by a verb that takes its complement as given: "nor that" then goes on with it. */
  factive: boolean;
  /** Whether the next sentence corrects this one (asked at the first verb of stating); `ownVoice`: the writer's own earlier version, which a restatement corrects too. */
  readonly corrected: ((ownVoice?: boolean) => boolean) | undefined;
  /** Whether a later clause of the sentence corrects what the verb of stating ending at the offset gives (see `correctedLater`). */
  readonly correctedLater: (from: number) => boolean;
}

/** What opens a later clause of a sentence: "but", "whereas", "while" after a comma or not, a semicolon. */
const laterClauseRe = /;|(?<![\p{L}\p{N}])(?:but|whereas|while)(?![\p{L}\p{N}])/gu;
/** How far into a later clause its reporter and verb are read, before its figure. */
const laterClauseReach = 200;

/**
 * Whether a later clause of the sentence, after "but", "whereas", "while" or a semicolon, corrects
 * the figures a verb of stating gives before it (see `laterCorrections`): "Graham said Mythos found a
 * 26-year-old bug in OpenBSD, but the announcement gives the age as 27 years". Then the first
 * figures are the speaker's, reported to be corrected, as with a correction in the next sentence.
 */
function correctedLater(corrections: () => number, from: number, valueAts: readonly number[]): boolean {
  const last = corrections();
  if (last <= from) return false;
  const i = firstAtOrAfter(valueAts, from, (v) => v);
  return i < valueAts.length && valueAts[i] < last;
}

/**
 * Where the last correcting later clause of the sentence opens (its "but" or semicolon), or -1:
 * one that gives a figure of its own (`valueAts`, in order), on a correction's opening ("…, but
 * in fact it was 27 years old") or from another reporter, by a verb of stating ("…, but the
 * announcement gives the age as 27 years"). Read once per sentence, a bounded window per clause.
 */
function laterCorrections(text: string, valueAts: readonly number[]): number {
  let last = -1;
  let vi = 0;
  laterClauseRe.lastIndex = 0;
  for (let m; (m = laterClauseRe.exec(text)); ) {
    let clause = m.index + m[0].length;
    while (clause < text.length && (text[clause] === ' ' || text[clause] === '\t' || text[clause] === '\n')) clause++;
    while (vi < valueAts.length && valueAts[vi] < clause) vi++;
    if (vi === valueAts.length) break;
    const figure = valueAts[vi];
    if (figure - clause > laterClauseReach) continue;
    let corrects = correctionAt(text, clause) !== undefined;
    for (const w of corrects ? [] : (text.slice(clause, figure).toLowerCase().match(/[\p{L}'’]+/gu) ?? [])) {
      const cls = wordClasses.get(w);
      if (cls === 'stating' || (cls === 'saying' && statingToo.has(w))) corrects = true;
    }
    if (corrects) last = m.index;
  }
  return last;
}

/** What the clause so far does to a figure in it. */
interface ClauseMood {
  negated: boolean;
  conditional: boolean;
  /** "other": could, should, might…; "would": a "would" no verb of saying before it reports; "will": the future, or a reported "would". */
  modal: 'none' | 'other' | 'would' | 'will';
  forecast: boolean;
}

/**
 * The figures of a sentence that its clause does not assert, by index into `values`: a figure
 * after a negation in its clause ("Anthropic did not pledge $40 million", "it was not 27 years
 * old but 16": the 27), in a condition ("If Anthropic had committed $1 billion"), after a modal
 * ("should double the donations to $8 million", "the next model would clear 95%", "could
 * raise the credits to $250 million") or a forecast ("is expected to reach 90%"), or after "will"
 * in a sentence that dates a prediction ("By 2027, models will score above 90%"). Such a figure
 * is neither confirmed nor contradicted. Still asserted: a clause after "but" or a comma, a
 * "would" reporting a pledge ("Anthropic said it would commit $100 million"), a plain "will"
 * ("Anthropic will provide up to $100 million"): the writer's phrasing of a fact on record; and
 * the standard a denied judgement is measured against ("Neither sum is large next to the $250
 * million Pentagon contract").
 * Also not asserted: a figure another document or person is said to give, when the writer marks
 * it as wrong ("The paper wrongly dates the announcement to 9 April"; `corrected`: the next
 * sentence corrects it, "The correct date is 7 April") or gives it as hearsay ("Some reports put
 * the leak on March 28"), unless the reporter is the writer's own voice ("we", "this paper"),
 * whose own earlier version is reported only when corrected or restated ("we wrote that the card
 * was 144 pages long. It is 244 pages."); and the date of the writer's own act or piece ("We asked
 * Anthropic for comment on April 10", "Our 9 April check"; see `writerOwnDates`).
 * "The system card reports a CyberGym score of 81.3%" and "Fortune reported the leak on March 28"
 * assert their figures: they quote the record.
 * Example: unassertedFigures('Anthropic did not pledge $40 million.', 0, values) → Set {0}.
 */
export function unassertedFigures(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'span' | 'kind'>[], corrected?: (ownVoice?: boolean) => boolean): Set<number> {
  let prediction: boolean | undefined;
  const kept = figuresWhere(sentenceText, start, values, corrected, ({ negated, conditional, modal, forecast }, reading) => {
    if (negated || conditional || forecast || reading.quoting || modal === 'other' || modal === 'would') return true;
    return modal === 'will' && (prediction ??= predictionCue.test(sentenceText));
  });
  // The dates of the writer's own acts and pieces (see `writerOwnDates`).
  for (const vi of writerActDates(sentenceText, start, values)) kept.add(vi);
  values.forEach((v, vi) => {
    if (v.kind === 'date' && ownPieceDate(sentenceText, v.span.start - start, v.span.end - start)) kept.add(vi);
  });
  return kept;
}

/**
 * The figures of a sentence that only suppose: read in a condition ("If Anthropic had committed $1
 * billion") or after a "would" no verb of saying reports ("the company would have saved $40
 * million"), and not denied there ("If Anthropic had not pledged $100 million" takes the pledge
 * as given). By index into `values`; see `counterfactualFigures` for the sentences whose such
 * figures assert nothing at all. `opensOnCondition`: the sentence's first clause is a condition
 * with no "if" ("Had it scored 95%, …").
 */
export function supposedFigures(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'span'>[], opensOnCondition = false): Set<number> {
  return figuresWhere(sentenceText, start, values, undefined, ({ negated, conditional, modal }, reading) => !negated && !reading.quoting && (conditional || modal === 'would'), opensOnCondition);
}

/** The figures of a sentence whose reading, when the words before them are read, `keep` accepts, by index into `values`. */
function figuresWhere(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'span'>[], corrected: ((ownVoice?: boolean) => boolean) | undefined, keep: (mood: Readonly<ClauseMood>, reading: Reading) => boolean, conditional = false): Set<number> {
  const kept = new Set<number>();
  if (!values.length) return kept;
  const mood: ClauseMood = { negated: false, conditional, modal: 'none', forecast: false };
  const valueAts = values.map((v) => v.span.start - start);
  let corrections: number | undefined;
  const lastCorrection = () => (corrections ??= laterCorrections(sentenceText, valueAts));
  const reading: Reading = { mood, saying: false, told: false, quoting: false, clauseStart: 0, before: undefined, factive: false, corrected, correctedLater: (from) => correctedLater(lastCorrection, from, valueAts) };
  tokenRe.lastIndex = 0;
  let m = tokenRe.exec(sentenceText);
  for (let vi = 0; vi < values.length; vi++) {
    const at = values[vi].span.start - start;
    for (; m && m.index + m[0].length <= at; m = tokenRe.exec(sentenceText)) apply(sentenceText, m, reading);
    if (keep(mood, reading)) kept.add(vi);
  }
  return kept;
}

/**
 * Whether the "no" (or "none", "nothing") at `m` opens a noun whose relative clause follows (see
 * `noRelative`): "no Anthropic document that gives 98%" → true; "no doubt that", "no more than
 * 12 partners that" → false.
 */
function deniedRelative(text: string, m: RegExpExecArray): boolean {
  if (!followedBy(noRelative, text, m)) return false;
  const next = nextWord(text, m.index + m[0].length);
  return next === undefined || !noAsserting.has(next);
}

/** Whether `re` (sticky) matches in `text` right after the word `m`. */
function followedBy(re: RegExp, text: string, m: RegExpExecArray): boolean {
  re.lastIndex = m.index + m[0].length;
  return re.test(text);
}

/** Update the reading with one word or mark. */
function apply(text: string, m: RegExpExecArray, reading: Reading): void {
  const token = m[0];
  const mood = reading.mood;
  // A mark (";", ",", "—", " - "…) breaks the clause; a word starts with a letter or an apostrophe.
  if (!wordStart.test(token)) {
    resetMood(mood);
    reading.clauseStart = m.index + token.length;
    reading.before = undefined;
    // What another is said to give runs on past a comma ("dated it to 9 April, two days after the leak").
    if (token !== ',') reading.quoting = false;
    if (token === ':' && reading.told) reading.saying = true;
    return;
  }
  const word = withoutOuterApostrophes(token);
  const lower = word.toLowerCase();
  const before = reading.before;
  reading.before = undefined;
  // "does not mention that …", "is not aware that …", "ignores the fact that …": what follows is given, not denied.
  if (mood.negated && factive.has(lower) && followedBy(thatAfter, text, m)) {
    mood.negated = false;
    reading.factive = true;
  }
  const cls = wordClasses.get(lower);
  if (cls === undefined) {
    // "didn't", "isn’t"; "we'll", "it’ll".
    if (endsInNot(lower)) mood.negated = true;
    else if (endsInWill(lower) && mood.modal === 'none') mood.modal = 'will';
    return;
  }
  switch (cls) {
    case 'break':
      resetMood(mood);
      reading.quoting = false;
      reading.clauseStart = m.index + token.length;
      return;
    case 'not':
      if (!followedBy(notAsserting, text, m)) mood.negated = true;
      return;
    case 'negation':
      // "does not mention that X, nor that Y": Y is given as X is.
      if (!(reading.factive && lower === 'nor' && followedBy(thatAfter, text, m))) mood.negated = true;
      return;
    case 'no':
      if (followedBy(noDenying, text, m) || deniedRelative(text, m)) mood.negated = true;
      return;
    case 'false':
      if (followedBy(thatAfter, text, m)) mood.negated = true;
      return;
    case 'condition':
      mood.conditional = true;
      reading.saying = reading.told = false;
      return;
    case 'modal':
    case 'would':
      // A modal of politeness before a verb of saying; "May" with a capital is the month ("in May 2025").
      if (followedBy(politeAfter, text, m)) return;
      if (cls === 'would') mood.modal = reading.saying ? 'will' : 'would';
      else if (lower !== 'can' && word !== 'May' && word !== 'MAY') mood.modal = 'other';
      return;
    case 'future':
      if (mood.modal === 'none') mood.modal = 'will';
      return;
    case 'going':
      if (mood.modal === 'none' && followedBy(toAfter, text, m)) mood.modal = 'will';
      return;
    case 'forecast':
      if (followedBy(toAfter, text, m)) mood.forecast = true;
      return;
    case 'expect':
      mood.forecast = true;
      return;
    case 'told':
      reading.told = true;
      return;
    case 'saying':
      reading.saying = true;
      if (statingToo.has(lower)) stating(text, m, reading, before);
      return;
    case 'standard':
      // "Neither sum is large next to the $250 million Pentagon contract": the negation denies the
      // judgement, not the figure of what it is measured against, which the sentence takes as given.
      if (lower === 'beside' || lower === 'alongside' || followedBy(standardAfter, text, m)) mood.negated = false;
      return;
    case 'stating':
      stating(text, m, reading, before);
      return;
    case 'according':
      // "According to some reports, …"; "According to the paper, …" when the next sentence corrects it.
      if (!reading.quoting && followedBy(toAfter, text, m) && (startsHearsay(text, toAfter.lastIndex) || reading.corrected?.())) reading.quoting = true;
      return;
    case 'error':
      // "dates it, incorrectly, to …" is rare; "states incorrectly that …" is read here.
      if (before === 'stating' && !reading.quoting && !ownVoice.test(text.slice(reading.clauseStart, m.index))) reading.quoting = true;
      reading.before = 'error';
      return;
  }
}

/**
 * A verb by which the clause's subject gives a figure ("The consultation paper dates the
 * announcement to 9 April 2026"): what follows is the subject's, not the writer's, when the writer
 * marks it as wrong (an adverb of error next to the verb, or a next sentence that corrects it) or
 * the subject is hearsay ("Some reports put …"), and the subject is not the writer's own voice.
 */
function stating(text: string, m: RegExpExecArray, reading: Reading, before: Reading['before']): void {
  reading.before = 'stating';
  if (reading.quoting) return;
  const subject = text.slice(reading.clauseStart, m.index);
  // The writer's own earlier version ("In issue 16 we wrote that the card was 144 pages long. It is
  // 244 pages.", "Our 10 April explainer dated the filing to March 7"): reported when it is corrected.
  if (ownVoice.test(subject)) {
    if (before === 'error' || reading.corrected?.(true) || reading.correctedLater(m.index + m[0].length)) reading.quoting = true;
    return;
  }
  if (before === 'error' || startsHearsay(text, reading.clauseStart) || reading.corrected?.() || reading.correctedLater(m.index + m[0].length)) reading.quoting = true;
}

/** Whether a hearsay reporter ("some reports", "one newspaper") starts at `at`, past white space and opening marks (see `hearsayOpeners`). */
function startsHearsay(text: string, at: number): boolean {
  let word = nextWord(text, at);
  // "a few outlets"
  if (word === 'a') word = nextWord(text, wordAt.lastIndex);
  if (word === undefined || !hearsayOpeners.has(word)) return false;
  // The noun of reporting, perhaps after one more word ("some early reports").
  for (let k = 0; k < 2; k++) {
    word = nextWord(text, wordAt.lastIndex);
    if (word === undefined) return false;
    if (reporterNouns.has(word)) return true;
  }
  return false;
}

/** The word at `at` in lower case, past white space and opening marks (`wordAt.lastIndex` then stands after it). */
function nextWord(text: string, at: number): string | undefined {
  wordAt.lastIndex = skipLead(text, at);
  const m = wordAt.exec(text);
  return m ? m[0].toLowerCase() : undefined;
}

/** White space, emphasis marks and opening marks: what may stand before a clause's first word. */
const leadMarks = new Set([...' \t\r\n\u00a0*_"“‘\'('].map((c) => c.charCodeAt(0)));

/** Where the text from `at` goes on past white space, emphasis marks and opening quotation marks or brackets. */
function skipLead(text: string, at: number): number {
  let i = at;
  while (i < text.length && leadMarks.has(text.charCodeAt(i))) i++;
  return i;
}


function resetMood(mood: ClauseMood): void {
  mood.negated = mood.conditional = mood.forecast = false;
  mood.modal = 'none';
}

function endsInNot(lower: string): boolean {
  return lower.length > 3 && (lower.endsWith("n't") || lower.endsWith('n’t'));
}

function endsInWill(lower: string): boolean {
  return lower.length > 3 && (lower.endsWith("'ll") || lower.endsWith('’ll'));
}

/** The word without the apostrophes around it ("'not'", "companies'"), keeping the ones inside it ("didn't", "we'll"). */
function withoutOuterApostrophes(token: string): string {
  let a = 0;
  let b = token.length;
  while (a < b && isApostrophe(token.charCodeAt(a))) a++;
  while (b > a && isApostrophe(token.charCodeAt(b - 1))) b--;
  return a === 0 && b === token.length ? token : token.slice(a, b);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

import type { ClaimValue } from '../types';

/**
 * The words that change what the clause after them asserts, read one word (or mark) at a time
 * over a sentence; a word is classed by a table lookup, and the few that need the word after
 * them look at it with a sticky pattern (one regular expression with a branch per word, run at
 * every position of every claim, cost a sixth of the whole analysis). The classes: (1) a break
 * of clause: punctuation (a full stop too, where a sentence runs on after one: "wasn't either.
 * the report said"), a table's cell border, "but", "while", "although"… (a comma between
 * digits, "3,000", is none); (2) a negation: "not", "never", "didn't", "it is false that", "no
 * evidence" (not "not only", "not more than", "not until": those assert a figure or a bound);
 * (3) a condition or a supposition: "if", "unless", "whether", "suppose"; (4) a modal of
 * possibility or duty: "could", "should", "might", "must", "may"; (5) "would"; (6) the future:
 * "will", "shall", "'ll", "going to"; (7) a forecast: "expected to", "projected to", "likely
 * to", and a verb of expecting in the present, "expect", "anticipates", "predict"; (8) a verb of saying or pledging in the past, which makes a later "would" the pledge it
 * reports; (9) what sets the standard of a comparison, "next to", "compared with", "beside", which ends
 * a negation: what a judgement is measured against is given, not denied. A modal of politeness before a verb of saying ("I would remind the committee that",
 * "I must stress that") is none: what is said after it is asserted.
 */
const tokenRe = /[;:()|—–]|,(?!\d)|\.(?=\s|\[)|\s-\s|[\p{L}'’]+/gu;

type WordClass = 'break' | 'not' | 'negation' | 'no' | 'false' | 'condition' | 'modal' | 'would' | 'future' | 'going' | 'forecast' | 'expect' | 'saying' | 'standard';

const wordClasses = new Map<string, WordClass>();
const classify = (cls: WordClass, words: string) => {
  for (const w of words.split(' ')) wordClasses.set(w, cls);
};
classify('break', 'but yet while whereas although though because');
classify('not', 'not');
classify('negation', 'never neither nor cannot');
classify('no', 'no');
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
// What sets the standard a negated judgement is measured by: "next to", "compared with", "beside".
classify('standard', 'next compared relative beside alongside');

/** After "not": a word that makes it assert a figure or a bound ("not only $40 million", "not more than 12"). */
const notAsserting = /\s+(?:only|just|merely|simply|least|until|till|before|after|later|earlier|more|less|fewer|over|under|above|below|quite|far|much|long|since)(?![\p{L}\p{N}_])/uy;
/** After "no": what makes it a denial ("no longer", "no evidence"). */
const noDenying = /\s+(?:longer|evidence|record|proof|sign)(?![\p{L}\p{N}_])/uy;
/** After "false", "going", "expected"…: the word that completes the phrase. */
const thatAfter = /\s+that(?![\p{L}\p{N}_])/uy;
const toAfter = /\s+to(?![\p{L}\p{N}_])/uy;
/** After a modal: a verb of saying, perhaps after "like to", that makes it a modal of politeness. */
const politeAfter = /\s+(?:(?:like|want|wish)\s+to\s+)?(?:remind|note|add|point\s+out|say|stress|emphasi[sz]e|recall|repeat|observe|mention|underline|underscore|highlight)(?![\p{L}\p{N}_])/uy;
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
 * Example: unassertedFigures('Anthropic did not pledge $40 million.', 0, values) → Set {0}.
 */
export function unassertedFigures(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'span'>[]): Set<number> {
  const unasserted = new Set<number>();
  if (!values.length) return unasserted;
  let prediction: boolean | undefined;
  const mood: ClauseMood = { negated: false, conditional: false, modal: 'none', forecast: false };
  let reported = false;
  tokenRe.lastIndex = 0;
  let m = tokenRe.exec(sentenceText);
  for (let vi = 0; vi < values.length; vi++) {
    const at = values[vi].span.start - start;
    for (; m && m.index + m[0].length <= at; m = tokenRe.exec(sentenceText)) reported = apply(sentenceText, m, mood, reported);
    const { negated, conditional, modal, forecast } = mood;
    if (negated || conditional || forecast || modal === 'other' || modal === 'would') unasserted.add(vi);
    else if (modal === 'will' && (prediction ??= predictionCue.test(sentenceText))) unasserted.add(vi);
  }
  return unasserted;
}

/** Whether `re` (sticky) matches in `text` right after the word `m`. */
function followedBy(re: RegExp, text: string, m: RegExpExecArray): boolean {
  re.lastIndex = m.index + m[0].length;
  return re.test(text);
}

/** Update the clause's mood with one word or mark; returns whether a verb of saying stands before, since the last condition. */
function apply(text: string, m: RegExpExecArray, mood: ClauseMood, reported: boolean): boolean {
  const token = m[0];
  // A mark (";", ",", "—", " - "…) breaks the clause; a word starts with a letter or an apostrophe.
  if (!wordStart.test(token)) {
    resetMood(mood);
    return reported;
  }
  const word = withoutOuterApostrophes(token);
  const lower = word.toLowerCase();
  const cls = wordClasses.get(lower);
  if (cls === undefined) {
    // "didn't", "isn’t"; "we'll", "it’ll".
    if (endsInNot(lower)) mood.negated = true;
    else if (endsInWill(lower) && mood.modal === 'none') mood.modal = 'will';
    return reported;
  }
  switch (cls) {
    case 'break':
      resetMood(mood);
      return reported;
    case 'not':
      if (!followedBy(notAsserting, text, m)) mood.negated = true;
      return reported;
    case 'negation':
      mood.negated = true;
      return reported;
    case 'no':
      if (followedBy(noDenying, text, m)) mood.negated = true;
      return reported;
    case 'false':
      if (followedBy(thatAfter, text, m)) mood.negated = true;
      return reported;
    case 'condition':
      mood.conditional = true;
      return false;
    case 'modal':
    case 'would':
      // A modal of politeness before a verb of saying; "May" with a capital is the month ("in May 2025").
      if (followedBy(politeAfter, text, m)) return reported;
      if (cls === 'would') mood.modal = reported ? 'will' : 'would';
      else if (lower !== 'can' && word !== 'May' && word !== 'MAY') mood.modal = 'other';
      return reported;
    case 'future':
      if (mood.modal === 'none') mood.modal = 'will';
      return reported;
    case 'going':
      if (mood.modal === 'none' && followedBy(toAfter, text, m)) mood.modal = 'will';
      return reported;
    case 'forecast':
      if (followedBy(toAfter, text, m)) mood.forecast = true;
      return reported;
    case 'expect':
      mood.forecast = true;
      return reported;
    case 'saying':
      return true;
    case 'standard':
      // "Neither sum is large next to the $250 million Pentagon contract": the negation denies the
      // judgement, not the figure of what it is measured against, which the sentence takes as given.
      if (lower === 'beside' || lower === 'alongside' || followedBy(standardAfter, text, m)) mood.negated = false;
      return reported;
  }
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

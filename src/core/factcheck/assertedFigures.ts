import type { ClaimValue } from '../types';

/**
 * The words that change what the clause after them asserts, in one pass over a sentence. The
 * groups: (1) a break of clause: punctuation (a full stop too, where a sentence runs on after one: "wasn't either. the report said"), a table's cell border, "but", "while", "although"…
 * (a comma between digits, "3,000", is none); (2) a negation: "not", "never", "didn't", "it is
 * false that", "no evidence" (not "not only", "not more than", "not until": those assert a figure
 * or a bound); (3) a condition or a supposition: "if", "unless", "whether", "suppose"; (4) a modal of
 * possibility or duty: "could", "should", "might", "must", "may"; (5) "would"; (6) the future:
 * "will", "shall", "'ll", "going to"; (7) a forecast: "expected to", "projected to", "likely to";
 * (8) a verb of saying or pledging in the past, which makes a later "would" the pledge it reports.
 * A modal of politeness before a verb of saying ("I would remind the committee that", "I must
 * stress that") is no group: what is said after it is asserted.
 */
const moodWords =
  /([;:()|—–]|,(?!\d)|\.(?=\s|\[)|\s-\s|\b(?:but|yet|while|whereas|although|though|because)\b)|(\bnot\b(?!\s+(?:only|just|merely|simply|least|until|till|before|after|later|earlier|more|less|fewer|over|under|above|below|quite|far|much|long|since)\b)|\b(?:never|neither|nor|cannot)\b|\bno\s+(?:longer|evidence|record|proof|sign)\b|n['’]t\b|\b(?:false|untrue|incorrect)\s+that\b)|(\b(?:if|unless|whether|suppose|supposing|imagine)\b)|\b(?:would|should|must|may|might|could|can)\s+(?:(?:like|want|wish)\s+to\s+)?(?:remind|note|add|point\s+out|say|stress|emphasi[sz]e|recall|repeat|observe|mention|underline|underscore|highlight)\b|(\b(?:could|should|might|must|ought|may)\b)|(\bwould\b)|(\b(?:will|shall)\b|['’]ll\b|\bgoing\s+to\b)|(\b(?:expected|projected|forecast|predicted|likely|unlikely|poised)\s+to\b)|(\b(?:said|announced|pledged|promised|stated|confirmed|told|wrote|explained|added|noted|reported|disclosed|revealed|vowed|agreed|decided|committed)\b)/giu;

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
 * "would" reporting a pledge ("Anthropic said it would commit $100 million") and a plain "will"
 * ("Anthropic will provide up to $100 million"): the writer's phrasing of a fact on record.
 * Example: unassertedFigures('Anthropic did not pledge $40 million.', 0, values) → Set {0}.
 */
export function unassertedFigures(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'span'>[]): Set<number> {
  const unasserted = new Set<number>();
  if (!values.length) return unasserted;
  const prediction = predictionCue.test(sentenceText);
  const mood: ClauseMood = { negated: false, conditional: false, modal: 'none', forecast: false };
  let reported = false;
  moodWords.lastIndex = 0;
  let m = moodWords.exec(sentenceText);
  for (let vi = 0; vi < values.length; vi++) {
    const at = values[vi].span.start - start;
    for (; m && m.index + m[0].length <= at; m = moodWords.exec(sentenceText)) reported = apply(m, mood, reported);
    const { negated, conditional, modal, forecast } = mood;
    if (negated || conditional || forecast || modal === 'other' || modal === 'would' || (modal === 'will' && prediction)) unasserted.add(vi);
  }
  return unasserted;
}

/** Update the clause's mood with one match of `moodWords`; returns whether a verb of saying stands before, since the last condition. */
function apply(m: RegExpExecArray, mood: ClauseMood, reported: boolean): boolean {
  if (m[1] !== undefined) {
    mood.negated = mood.conditional = mood.forecast = false;
    mood.modal = 'none';
  } else if (m[2] !== undefined) mood.negated = true;
  else if (m[3] !== undefined) {
    mood.conditional = true;
    return false;
  } else if (m[4] !== undefined) {
    // "May" with a capital is the month ("in May 2025").
    if (m[4] !== 'May' && m[4] !== 'MAY') mood.modal = 'other';
  } else if (m[5] !== undefined) mood.modal = reported ? 'will' : 'would';
  else if (m[6] !== undefined) {
    if (mood.modal === 'none') mood.modal = 'will';
  } else if (m[7] !== undefined) mood.forecast = true;
  else if (m[8] !== undefined) return true;
  return reported;
}

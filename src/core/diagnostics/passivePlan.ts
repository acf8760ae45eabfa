import type { ClaimValue } from '../types';
import { mayNameSomeone } from './thingWords';

/**
 * A plan of the writer's told in the passive, with no "we" to say whose it is: "5.0.0 final is
 * planned for June 2, 2026, if rc2 holds up.", "Our next release is scheduled for 3 June.", "Your
 * policy brief is due on 4 December.", "The 5.0 release is due out on June 2.", "v5.1 is slated for
 * the week of 8 June.", "Marks and feedback for Assessment 1 will be released on 13 November.",
 * "Feedback on Assessment 2 will be returned within 15 working days, by 8 January 2027.". The
 * figures right after the plan's verb, a date or a span of days "within", and the dates joined to
 * them ("…, by 8 January 2027"), want no citation (PL007) when the thing planned, the words the
 * sentence opens on, is the writer's own:
 * - they open on "our", "my" or "your" (the writer's, or a task the writer sets the reader), or
 * - they hold a version number with no name before it ("5.0.0", "v5.1", "the 4.2.x branch"): a
 *   release the writer cuts, as a maintainer writes it, while another's product goes by its name
 *   ("Python 3.14 is scheduled for October 7, 2025"), or
 * - they hold a course's assessment by its number ("Assessment 1", "Assignment 2", "Coursework
 *   B"): a part of the course the writer teaches, which names no one;
 * and they name no one: no party of the fact base ("Mythos Preview is scheduled for general release
 * in June 2026" is Anthropic's plan, which a source may tell), no capitalised word but a first word
 * in sentence case ("The", "Our", "Version"…, any first word before an assessment's number), no
 * acronym, no possessive. "The hearing is scheduled for April 29", "The next release is planned for
 * June 2" and "The model will be released on 13 November" keep their hint: nothing in them says
 * whose hearing, release or model it is, and a policy draft tells others' schedules in just these words.
 */

/**
 * The thing planned (the first group: up to six words), its verb of a plan in the passive and the
 * phrase of time before the date: "5.0.0 final is planned for ", "Our release is due out on ",
 * "v5.1 is tentatively slated for the week of ". Matched against the sentence up to a date.
 */
const plannedBeforeRe =
  /^[^\p{L}\p{N}]{0,12}([\p{L}\p{N}][\p{L}\p{N}.'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}.'’-]*){0,5})[ \t]+(?:(?:is|are)[ \t]+(?:(?:now|currently|tentatively|provisionally|still)[ \t]+)?(?:planned|scheduled|targeted|slated|set|pencil{1,2}ed[ \t]+in|due(?:[ \t]+out)?)|will[ \t]+be[ \t]+(?:(?:normally|usually|provisionally|tentatively)[ \t]+)?(?:released|returned|published|posted|issued|circulated|sent|marked|made[ \t]+available|available|held))(?:[ \t]+(?:for|on|by|in|around|within))?(?:[ \t]+(?:the[ \t]+)?(?:week|end|start|middle|beginning)[ \t]+of)?(?:[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?[ \t]+$/iu;
/** The cheap test before the reading: a verb of a plan in the passive near the sentence's start. */
const mayPlanRe = /\b(?:planned|scheduled|targeted|slated|set|pencil{1,2}ed|due|will[ \t]+be)\b/i;
/** "within" right before a span of days the plan sets: "… returned within 15 working days". */
const withinBeforeRe = /within[ \t]+$/i;
/** The unit of days after a count the plan sets "within": " working days", " weeks". */
const dayUnitAfterRe = /^[ \t]+(?:(?:working|business|calendar|school|teaching)[ \t]+)?(?:days?|weeks?|months?|hours?)(?![\p{L}])/iu;
/** Between the plan's first figure and a date joined to it: ", by ", " and no later than ", ", that is, by ". */
const joinedDateBeforeRe = /^[ \t]*(?:,[ \t]*)?(?:(?:and|or|that[ \t]+is,?|i\.e\.,?)[ \t]+)?(?:by|on|before|no[ \t]+later[ \t]+than)[ \t]+(?:the[ \t]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?$/iu;
/** How far into the sentence the date may stand. */
const maxBefore = 120;

/** First words in sentence case that name no one: determiners, the writer's and the reader's possessives, a release's nouns. */
const sentenceCaseOpenings: ReadonlySet<string> = new Set('the a an this our my your next version release build final'.split(' '));
const sentenceCaseOpening = (word: string) => sentenceCaseOpenings.has(word.toLowerCase());
/** The writer's (or the reader's) possessive that opens the thing: "our", "my", "your". */
const ownPossessives: ReadonlySet<string> = new Set(['our', 'my', 'your']);
/** A version number: "5.0.0", "4.2", "v5.1", "4.2.x", "5.0.0-rc2". */
const versionRe = /^v?\d+(?:\.(?:\d+|x))+(?:-?[a-z]+\d*)?$|^v\d+$/iu;
const spaceRunRe = /[ \t]+/;

/**
 * The indexes in `values` of the figures a plan of the writer's told in the passive sets (see the
 * module's comment): its first figure, a date or a span "within" (a duration, or a count before a
 * unit of days), and each date joined to it. `sentenceText` is the sentence's text from `start`;
 * `namesEntity` tells whether [from, to) of the document names a party of the fact base.
 * Example: plannedFiguresOfOwnThing('Feedback on Assessment 2 will be returned within 15 working days, by 8 January 2027.', 0, values, …) → Set {0, 1}.
 */
export function plannedFiguresOfOwnThing(
  sentenceText: string,
  start: number,
  values: readonly Pick<ClaimValue, 'kind' | 'span'>[],
  namesEntity: (from: number, to: number) => boolean,
): ReadonlySet<number> {
  // The sentence's first figure is the plan's: one in the thing makes it a figure of the world ("The $3.5 million grant is due …").
  const first = values[0];
  const at = first ? first.span.start - start : -1;
  if (!first || at > maxBefore || !mayPlanRe.test(sentenceText.slice(0, at))) return none;
  const m = plannedBeforeRe.exec(sentenceText.slice(0, at));
  if (!m || !setsFirst(first, m[0], sentenceText.slice(first.span.end - start, first.span.end - start + 24))) return none;
  const thingAt = start + m[0].indexOf(m[1]);
  if (!isOwnThing(m[1]) || namesEntity(thingAt, thingAt + m[1].length)) return none;
  const planned = new Set([0]);
  for (let k = 1; k < values.length; k++) {
    let between = sentenceText.slice(values[k - 1].span.end - start, values[k].span.start - start);
    // A count's unit of days stands between it and the date joined to it.
    if (values[k - 1].kind === 'count') between = between.replace(dayUnitAfterRe, '');
    if (values[k].kind !== 'date' || !joinedDateBeforeRe.test(between)) break;
    planned.add(k);
  }
  return planned;
}

const none: ReadonlySet<number> = new Set();

/** Whether `first`, the figure right after `before` (the plan's words) and before `after`, is one the plan sets: a date, or a span of days after "within". */
function setsFirst(first: Pick<ClaimValue, 'kind'>, before: string, after: string): boolean {
  if (withinBeforeRe.test(before)) return first.kind === 'duration' || (first.kind === 'count' && dayUnitAfterRe.test(after));
  return first.kind === 'date';
}

/** A course's assessment by its number: "Assessment 1", "Assignment 2", "Coursework B", "Essay 1a". */
const assessmentNounRe = /^(?:assessment|assignment|coursework|essay|exam|examination|quiz|test|task|homework|worksheet|lab|practical|portfolio|presentation)$/iu;
const assessmentNumberRe = /^(?:\d{1,2}[a-z]?|[A-D])$/u;

/** Whether `thing`, the words a passive plan opens on, is the writer's own and names no one (see the module's comment). */
function isOwnThing(thing: string): boolean {
  const words = thing.split(spaceRunRe);
  let own = ownPossessives.has(words[0].toLowerCase());
  // The capitalised noun of an assessment's number names no one; before one, any first word may take sentence case.
  const assessment = new Set<number>();
  for (let k = 0; k + 1 < words.length; k++) if (assessmentNounRe.test(words[k]) && assessmentNumberRe.test(words[k + 1])) assessment.add(k).add(k + 1);
  const firstCapitalOk = assessment.size ? () => true : sentenceCaseOpening;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (assessment.has(k)) continue;
    if (mayNameSomeone(w, k, firstCapitalOk)) return false;
    if (versionRe.test(w)) own = true;
  }
  return own || assessment.size > 0;
}

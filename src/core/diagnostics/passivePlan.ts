import type { ClaimValue } from '../types';
import { mayNameSomeone } from './thingWords';

/**
 * A plan of the writer's told in the passive, with no "we" to say whose it is: "5.0.0 final is
 * planned for June 2, 2026, if rc2 holds up.", "Our next release is scheduled for 3 June.", "Your
 * policy brief is due on 4 December.", "The 5.0 release is due out on June 2.", "v5.1 is slated for
 * the week of 8 June.". The date right after the plan's verb wants no citation (PL007) when the
 * thing planned, the words the sentence opens on, is the writer's own:
 * - they open on "our", "my" or "your" (the writer's, or a task the writer sets the reader), or
 * - they hold a version number with no name before it ("5.0.0", "v5.1", "the 4.2.x branch"): a
 *   release the writer cuts, as a maintainer writes it, while another's product goes by its name
 *   ("Python 3.14 is scheduled for October 7, 2025");
 * and they name no one: no party of the fact base ("Mythos Preview is scheduled for general release
 * in June 2026" is Anthropic's plan, which a source may tell), no capitalised word but a first word
 * in sentence case ("The", "Our", "Version"…), no acronym, no possessive. "The hearing is scheduled
 * for April 29" and "The next release is planned for June 2" keep their hint: nothing in them says
 * whose hearing or release it is, and a policy draft tells others' schedules in just these words.
 */

/**
 * The thing planned (the first group: up to six words), its verb of a plan in the passive and the
 * phrase of time before the date: "5.0.0 final is planned for ", "Our release is due out on ",
 * "v5.1 is tentatively slated for the week of ". Matched against the sentence up to a date.
 */
const plannedBeforeRe =
  /^[^\p{L}\p{N}]{0,12}([\p{L}\p{N}][\p{L}\p{N}.'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}.'’-]*){0,5})[ \t]+(?:is|are)[ \t]+(?:(?:now|currently|tentatively|provisionally|still)[ \t]+)?(?:planned|scheduled|targeted|slated|set|pencil{1,2}ed[ \t]+in|due(?:[ \t]+out)?)(?:[ \t]+(?:for|on|by|in|around))?(?:[ \t]+(?:the[ \t]+)?(?:week|end|start|middle|beginning)[ \t]+of)?(?:[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?[ \t]+$/iu;
/** The cheap test before the reading: a verb of a plan in the passive near the sentence's start. */
const mayPlanRe = /\b(?:planned|scheduled|targeted|slated|set|pencil{1,2}ed|due)\b/i;
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
 * The index in `values` of the date a plan of the writer's told in the passive sets (see the
 * module's comment), or -1: the sentence's first figure, when it is a date. `sentenceText` is the sentence's text from `start`; `namesEntity` tells
 * whether [from, to) of the document names a party of the fact base.
 * Example: plannedDateOfOwnThing('5.0.0 final is planned for June 2, 2026.', 0, values, …) → 0.
 */
export function plannedDateOfOwnThing(
  sentenceText: string,
  start: number,
  values: readonly Pick<ClaimValue, 'kind' | 'span'>[],
  namesEntity: (from: number, to: number) => boolean,
): number {
  // The sentence's first figure is the date: one in the thing makes it a figure of the world ("The $3.5 million grant is due …").
  const date = values[0];
  const at = date ? date.span.start - start : -1;
  if (!date || date.kind !== 'date' || at > maxBefore || !mayPlanRe.test(sentenceText.slice(0, at))) return -1;
  const m = plannedBeforeRe.exec(sentenceText.slice(0, at));
  if (!m) return -1;
  const thingAt = start + m[0].indexOf(m[1]);
  return isOwnThing(m[1]) && !namesEntity(thingAt, thingAt + m[1].length) ? 0 : -1;
}

/** Whether `thing`, the words a passive plan opens on, is the writer's own and names no one (see the module's comment). */
function isOwnThing(thing: string): boolean {
  const words = thing.split(spaceRunRe);
  let own = ownPossessives.has(words[0].toLowerCase());
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (mayNameSomeone(w, k, sentenceCaseOpening)) return false;
    if (versionRe.test(w)) own = true;
  }
  return own;
}

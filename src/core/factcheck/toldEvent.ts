import type { FactRule, FactRules } from './factMatcher';
import { rulesWithCue } from './factMatcher';

/**
 * A gap counted from an event the sentence tells rather than names: "Tuesday's announcement came
 * 11 days after a misconfigured content management system left nearly 3,000 unpublished company
 * files open" counts from the leak, as "11 days after the leak" would. The phrase after the gap's
 * cue ("days after", "days since"), up to the end of its clause, holds two cue words or more of the
 * other facts of one of the gap's events ("unpublished", "files" of the leaked files' count), and
 * none of another of its events. As with a definite description (see `definiteDescription`), the
 * caller asks that the draft name that event's world around the sentence.
 */

/** A cue that ends on the word that counts from what follows: "days after", "weeks since". */
const countsFromRe = /\b(?:after|since)$/i;

/** What ends the phrase of the event: the clause's end (not the comma of "3,000"). */
const phraseEndRe = /,(?!\d{3})|[;:()[\]—–]|\s-\s/;

/** How far after the cue the phrase is read. */
const phraseReach = 160;

/** How many different cue words of the event's facts tell it. */
const cueWordsNeeded = 2;

/**
 * The key entity of `rule` (a gap: its value is a duration) that the phrase after one of its cues
 * tells by the cues of that entity's other facts (see above). `cueSpans` are the rule's cue spans
 * in the sentence (flat start, end pairs, document offsets); `sentenceText` starts at `start`.
 * Undefined when none does, or more than one.
 */
export function eventToldAfter(rule: FactRule, sentenceText: string, start: number, cueSpans: readonly number[], rules: FactRules): string | undefined {
  if (rule.fact.value?.type !== 'duration' || rule.keyEntities.size < 2) return undefined;
  for (let k = 0; k < cueSpans.length; k += 2) {
    const a = cueSpans[k] - start;
    const b = cueSpans[k + 1] - start;
    if (!countsFromRe.test(sentenceText.slice(a, b))) continue;
    const rest = sentenceText.slice(b, b + phraseReach);
    const end = rest.search(phraseEndRe);
    const phrase = end < 0 ? rest : rest.slice(0, end);
    const told = toldIn(rule, phrase, rules);
    if (told) return told;
  }
  return undefined;
}

/** The one key entity of the gap whose other facts' cue words the phrase holds, two of them or more. */
function toldIn(rule: FactRule, phrase: string, rules: FactRules): string | undefined {
  const words = new Map<string, Set<string>>();
  for (const other of rulesWithCue(rules, phrase)) {
    if (other === rule || !other.cues.length) continue;
    const keys = [...other.keyEntities].filter((e) => rule.keyEntities.has(e));
    if (keys.length !== 1) continue;
    let found = words.get(keys[0]);
    for (const re of other.cueMatchers) {
      re.lastIndex = 0;
      for (let m; (m = re.exec(phrase)); ) (found ??= new Set()).add(m[0].toLowerCase());
    }
    if (found) words.set(keys[0], found);
  }
  if (words.size !== 1) return undefined;
  const [[id, found]] = words;
  return found.size >= cueWordsNeeded ? id : undefined;
}

/**
 * A figure that a noun of change is said to be: "Mythos Preview's relative gain on CyberGym is
 * about 25%", "- Gain on CyberGym over Opus 4.6: 16.5%", "The lead on SWE-bench Pro was 24.4
 * points". The figure is the value of the gain, lead or gap, a difference, however the noun's
 * phrase names the score it is measured on. Only the noun phrase's own shape is read: the noun
 * of change (perhaps after a possessive or an adjective, "relative gain"), then nothing or
 * prepositional phrases ("on CyberGym over Opus 4.6"), then "is", "was", "stands at", or a
 * label's colon or dash, right before the figure. A phrase that holds a verb or a clause word
 * ("The gain on CyberGym means its score is 83.1%") makes the figure another subject's.
 */

/** Right before the figure (its qualifier already left out, white space after it trimmed): a copula. */
const copulaEndRe = /\b(?:is|was|are|were|stands[ \t]+at|stood[ \t]+at|comes[ \t]+to|came[ \t]+to|amounts[ \t]+to|amounted[ \t]+to)$/i;
/** The longest copula `copulaEndRe` reads, with room for the spaces inside it. */
const copulaReach = 24;
const letterRe = /\p{L}/u;

/**
 * Where the predicate right before the figure starts: a copula, or a label's colon, dash or
 * equals sign, then white space; undefined when there is none. Reads the last few characters
 * only (an end-anchored expression would be tried from every position of the text).
 */
function predicateStart(before: string): number | undefined {
  let e = before.length;
  while (e > 0 && (before[e - 1] === ' ' || before[e - 1] === '\t')) e--;
  if (e === 0) return undefined;
  const last = before[e - 1];
  if (last === ':' || last === '=' || last === '—' || last === '–') return e - 1;
  if (!letterRe.test(last)) return undefined;
  const from = Math.max(0, e - copulaReach);
  const m = copulaEndRe.exec(before.slice(from, e));
  // A word cut by the window is no copula ("…this" is no "is").
  if (!m || (m.index === 0 && from > 0 && letterRe.test(before[from - 1]))) return undefined;
  return from + m.index;
}

/** Nouns of change (as `changeNounBeforeRe` in `relativeFigure`): what the figure measures. */
const changeNouns = new Set(
  'gain increase decrease drop rise fall decline jump lead margin gap difference improvement boost growth reduction cut advantage edge deficit shortfall uplift bump premium spread delta'
    .split(' ')
    .flatMap((w) => [w, `${w}s`]),
);

/** Words that open the prepositional phrases a noun of change takes: "gain on CyberGym", "lead over Opus 4.6", "gap between". */
const prepositions = new Set('on in over for from against versus vs vs. across at between relative compared of under above below to'.split(' '));

/**
 * Words that make a noun after them (a few words on) their object: "Score on CyberGym after the
 * gain: 85.1%" is the score's figure, not the gain's. Not "relative" or "compared" (a "relative
 * gain" is one), which are prepositions only before "to" or "with".
 */
const governing = new Set([...[...prepositions].filter((w) => w !== 'relative' && w !== 'compared'), ...'after before with without despite following given since through by like than into'.split(' ')]);

/** How many words before the noun a preposition governing it is looked for: "with the biggest gain". */
const governedReach = 3;

/** Words that end a noun phrase: a verb or a clause word after the noun makes the figure the clause's, not the noun's. */
const clauseWords = new Set(
  'that which where when who whose while whereas so because since but is was are were be been means meant puts put makes made leaves left gives gave brings brought takes took shows showed'.split(' '),
);

/** Punctuation that ends the clause the noun phrase stands in. */
const clauseBreakRe = /[,;:()[\]!?]/;

/** How many words the noun phrase may hold after its noun: "gain on SWE-bench Pro over Opus 4.6". */
const maxAfterNoun = 8;

/**
 * Whether the figure right after `before` (the text before it, its qualifier left out) is what a
 * noun of change is said to be: "relative gain on CyberGym is ", "Gain on CyberGym over Opus
 * 4.6: ". Reads the words back from the copula to the clause's start, at most a few.
 */
export function predicatesChangeNoun(before: string): boolean {
  const predicate = predicateStart(before);
  if (predicate === undefined) return false;
  let from = predicate;
  const floor = Math.max(0, from - 80);
  while (from > floor && !clauseBreakRe.test(before[from - 1])) from--;
  const words = before.slice(from, predicate).trim().split(/\s+/);
  for (let i = words.length - 1, after = 0; i >= 0 && after <= maxAfterNoun; i--, after++) {
    const word = words[i].toLowerCase();
    if (clauseWords.has(word)) return false;
    if (!changeNouns.has(word)) continue;
    // The noun heads the phrase: nothing follows it, or a preposition does ("gain on …", not "gap year"),
    // and no preposition before makes it another noun's complement ("after the gain").
    return (i === words.length - 1 || prepositions.has(words[i + 1].toLowerCase())) && !governed(words, i);
  }
  return false;
}

/** Whether a preposition stands a few words before the noun at `i`, within its phrase (a possessive opens it: "Mythos Preview's relative gain"). */
function governed(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= governedReach; j--) {
    const word = words[j].toLowerCase();
    if (governing.has(word)) return true;
    if (/['’]s$/.test(word)) return false;
  }
  return false;
}

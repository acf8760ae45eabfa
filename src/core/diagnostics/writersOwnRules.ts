import type { ClaimValue } from '../types';
import { meetingNoun } from './thingWords';

/**
 * Figures of the writer's own rules, measurements and tasks, which no source could support and
 * which want no citation (PL007), in a sentence that names no party of the fact base (the caller
 * tests that: "Anthropic will spend $100 million" keeps its hint):
 * - in a clause the writer speaks in the first person, "we" or "I" its subject or "our", "my" or
 *   "us" in it ("which is about 3% of the archives on our public test corpus", "three of us do about
 *   70% of the reviews", "Our policy is to release a fix within 90 days", "We will spend $6,000 of the
 *   budget"); not after a verb of knowing or saying in it ("We now know the model found 181 exploits"),
 *   nor in a phrase of the writer's stance ("In our view the programme has 12 founding partners", "by
 *   our count"), nor "one of 40 organisations", nor a figure of a thing it takes as given ("our
 *   findings on the $250 million contract"), nor in a clause of its own after "that", "which"… ("We read that 40 organisations
 *   have access"); not in a clause in the past, which tells what happened ("We shipped 12 releases last
 *   year"); not its dates (the plans and careers of writersOwnFigures.ts read them), not under a
 *   law ("Under the rule, we must notify our regulator within 36 hours"), nor in a transcript's turn;
 * - in a sentence that opens on an instruction to the reader, "You should", "You must", "You may"…
 *   ("You should draw on at least 12 sources, of which at least 4 should be peer-reviewed"), or on a
 *   task set as an imperative ("Allow about 90 minutes.", "For the seminar, list three things the draft
 *   tells you …"), up to a clause of its own;
 * - in a rule of an assessment's regulations, a sentence with its words ("The pass mark for MSc modules
 *   is 50%.", "Work submitted more than 5 working days late receives a mark of 0.", "Extensions of up to
 *   10 working days may be requested …", "markers stop reading at 3,300 words", "similarity scores above
 *   25% are reviewed by the module leader"). "The model found 181 exploits" and "40 organisations have
 *   access" have none of these marks and keep their hints.
 * A few bounded regex tests per clause of the sentence; nothing past it is read.
 */

/**
 * Where a clause of its own opens: a comma, a semicolon, a colon, a dash, a bracket or a word that opens one; not the "than" of
 * a bound on a figure, nor the comma of a number's thousands ("any claim with more than 100,000 views within 24 hours" is one clause).
 */
const clauseBreakRe = /,(?![0-9])|[;:—–()]|(?<![\p{L}])(?:that|which|who|whom|whose|because|but|although|though|while|whereas|if|unless|when|until|whether|(?<!(?:more|less|fewer|no|other)[ \t]+)than)(?![\p{L}])/giu;
/** The writer in the first person: "we", "our", "ours", "my" in any case; "us" and "I" as written ("US" is a country, "Phase I" a label). */
const firstPersonRe = /(?<![\p{L}])(?:[Ww][Ee]|[Oo]ur|[Oo]urs|[Mm]y|us)(?![\p{L}'’-])|(?<![\p{L}])I(?=['’]|[ \t]+\p{Ll})/u;
/**
 * A phrase of the writer's stance, which owns no figure: what follows is the world as the writer sees it ("In our view
 * the programme has 12 founding partners.", "to our knowledge", "by our count"). Its first person does not count.
 */
const stanceRe = /(?<![\p{L}])(?:in[ \t]+(?:our|my)[ \t]+(?:view|opinion|judge?ment|estimation|reading|understanding)|to[ \t]+(?:our|my)[ \t]+knowledge|by[ \t]+(?:our|my)[ \t]+(?:count|reckoning|estimate|calculation)s?)(?![\p{L}])/giu;
/** A verb of knowing, reading or saying: what follows it is what the writer learnt of the world ("we now know", "as we reported"). */
const knowingRe = /(?<![\p{L}])(?:know|knew|known|learn\p{L}*|read|hear|heard|see|saw|seen|notes?|noted|expect\p{L}*|believe\p{L}*|think|thought|understand|understood|recall\p{L}*|remember\p{L}*|told|tell|say|says|said|report\p{L}*|assume\p{L}*|suspect\p{L}*|argue\p{L}*|cite\p{L}*|quote\p{L}*|according|wrote|write|writes)(?![\p{L}])/iu;
/** A count the writer is one among, a thing of the world: "one of 40 organisations", "among the 40". */
const oneAmongBeforeRe = /(?:^|[^\p{L}])(?:one|among|amongst)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?$/iu;
/**
 * A verb in the past: a clause with one tells what happened, which a source may tell as well ("We shipped 12 releases last
 * year", "We found three flaws in the card"); the writer's rules, measures and plans are told in the present or the future.
 * Example: pastVerbRe.test('Attackers found 181 exploits') → true.
 */
export const pastVerbRe = /(?<![\p{L}])(?:was|were|had|did|found|said|made|took|gave|got|went|came|saw|told|paid|spent|lost|won|\p{L}+ed)(?![\p{L}])/iu;
/** A determiner before a figure: it is of a thing the sentence takes as given ("our findings on the $250 million contract"). */
const givenBeforeRe = /(?:^|[^\p{L}])(?:the|its|their|this|that|these|those|his|her)[ \t]+$/iu;
/** A law or a rule behind what the writer does: "Under the incident notification rule, we must notify our regulator within 36 hours". */
const lawRe = /(?<![\p{L}])(?:[Uu]nder|[Pp]ursuant|[Rr]equired[ \t]+by|[Ll]aws?|[Ss]tatut\p{L}*|[Rr]egulations?|Act)(?![\p{L}])/u;
/** An opening quotation mark: a figure after one, in its clause, is another's word. */
const quoteMarkRe = /["“”«»„]/gu;

/**
 * A first-person estimate in the conditional, the speaker's own opinion of a figure: "I'd put the odds … at", "we would
 * peg it at", "I'd have put it at". Its figure after "at" is the estimate (see `estimateValueBeforeRe`).
 */
const estimateRe = /(?<![\p{L}])(?:I|[Ww]e)(?:['’]d|[ \t]+would)(?:[ \t]+have)?[ \t]+(?:put|peg|pegged|place|placed|set|estimate|estimated)(?![\p{L}])/u;
/** Right before an estimate's figure: "at" ("… at about one in three"). */
const estimateValueBeforeRe = /(?<![\p{L}])at[ \t]+$/iu;
/** The reader told what to do: "You should", "you must", "You may", "You are expected to", "You will need to". */
const readerRuleRe = /^[^\p{L}]{0,6}you[ \t]+(?:should|must|may|can|need[ \t]+to|have[ \t]+to|will|are[ \t]+(?:expected|required|asked|allowed|encouraged)[ \t]+to)(?![\p{L}])/iu;
/**
 * A task set as an imperative, after an opening phrase of time or place if any: "Allow about 90 minutes.",
 * "For the seminar, list three things …", "Write an essay of no more than 3,000 words …", "Give TWO reasons a 90-day
 * deadline may fail …", and a case the reader is asked to suppose, "Suppose a harness runs 4,000 executions per second …".
 */
const readerTaskRe =
  /^[^\p{L}]{0,6}(?:(?:for|in|before|after|during|by|at)[ \t]+[^,.;:]{1,40},[ \t]*)?(?:list|give|suppose|imagine|name|identify|write|read|bring|allow|prepare|choose|pick|select|answer|submit|compare|summari[sz]e|discuss|spend|plan|jot[ \t]+down|note[ \t]+down)(?![\p{L}])/iu;
/** Where an instruction's scope ends: a clause of its own ("that", "because"…), a semicolon, a colon or a quotation mark. */
const instructionEndRe = /[;:"“«]|(?<![\p{L}])(?:that|because|but|although|though|whereas|whether|if)(?![\p{L}])/iu;
/** The knowing verbs right after the reader's modal: what follows is a thing to know ("You should know 40 organisations have access"). */
const readerKnowsRe = /^[^\p{L}]{0,6}you[ \t]+\p{L}+(?:[ \t]+to)?[ \t]+(?:not[ \t]+|also[ \t]+)?(?:know|remember|recall|note|notice|understand|realise|realize|expect|assume|accept|believe|be[ \t]+aware)(?![\p{L}])/iu;

/**
 * The words of an assessment's regulations: "pass mark", "a mark of", "is marked", "markers stop" (not
 * "markers" alone, as a citation's are: "every fix adds numeric markers"),
 * "word limit", "submitted … late", "late submission", "Extensions … may be requested", "module
 * leader", "similarity score", "cannot be compensated", "resubmission".
 */
const assessmentRuleRe =
  /(?<![\p{L}])(?:pass[ \t]+marks?|a[ \t]+mark[ \t]+of|(?:is|are|be)[ \t]+marked|markers[ \t]+(?:stop|will|may|must|should|do|read|mark|assess)(?![\p{L}])|word[ \t]+limits?|late[ \t]+submissions?|submitted[ \t]+(?:[^.;\r\n]{0,40}?[ \t])?late|module[ \t]+leaders?|similarity[ \t]+scores?|(?:cannot|can['’]t|can[ \t]+not)[ \t]+be[ \t]+compensated|resubmissions?)(?![\p{L}])|(?<![\p{L}])extensions?(?![\p{L}])[^.;\r\n]{0,60}?(?<![\p{L}])(?:may|can|must)[ \t]+be[ \t]+(?:requested|granted|applied[ \t]+for)(?![\p{L}])/iu;

/** At most this much of a sentence is read. */
const maxSentence = 600;

/** Right before a date, "our" or "my": the date of the writer's own thing ("on our March 2026 scan"). */
const ownMeasureBeforeRe = /(?<![\p{L}])(?:our|my)[ \t]+$/iu;
/**
 * Right after such a date, a noun of the writer's own measurement, perhaps past one word: "scan", "portfolio review", "survey".
 * Example: ownMeasureAfterRe.test(' scan, about 37% of our insureds') → true; ownMeasureAfterRe.test(' announcement') → false.
 */
const ownMeasureAfterRe =
  /^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:scan|scans|survey|surveys|review|audit|count|census|snapshot|sample|analysis|assessment|data|figures|results|MI|close|renewals?|bordereaux?)(?![\p{L}])/u;
/**
 * Before a duration, a forecast of the writer's and its horizon to come: "we expect the first within the next ", "we anticipate it over the coming ".
 * Example: forecastHorizonBeforeRe.test(' we expect the first within the next ') → true; forecastHorizonBeforeRe.test(' we know it took ') → false.
 */
const forecastHorizonBeforeRe = /(?<![\p{L}])(?:expect|anticipate|forecast|predict|project)(?:s|ed|ing)?(?![\p{L}])[^.;:]{0,60}?(?<![\p{L}])(?:within|in|over|during)[ \t]+(?:the[ \t]+)?(?:next|coming)[ \t]+$/iu;

/**
 * Right before a date, the writer's own meeting, "our" or "my" and up to two words before its noun, and "on":
 * "goes to our investment committee on ", "comes before our board on the ".
 * Example: ownMeetingBeforeRe.test('goes to our investment committee on ') → true; ownMeetingBeforeRe.test('the Senate committee on ') → false.
 */
const ownMeetingBeforeRe = new RegExp(String.raw`(?<![\p{L}])(?:our|my)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}${meetingNoun}(?![\p{L}])[ \t]+(?:on|at)[ \t]+(?:the[ \t]+)?$`, 'iu');

/** The clause of `sentenceText` (see `clauseBreaks`, `breaks`) that holds offset `at`. */
function clauseOf(sentenceText: string, breaks: readonly number[], at: number): string {
  let b = 0;
  while (b < breaks.length && breaks[b] <= at) b++;
  return sentenceText.slice(b ? breaks[b - 1] : 0, b < breaks.length ? breaks[b] : sentenceText.length);
}

/**
 * Before a duration, the horizon of the writer's own working assumption, set out after "that" and nothing but
 * its clause before "within", a range's first end too: "Our working assumption is that comparable capability will reach less careful actors within ", "… within 12–".
 * Example: ownAssumptionHorizonBeforeRe.test('Our working assumption is that it will spread within ') → true;
 * ownAssumptionHorizonBeforeRe.test('We assume Anthropic will release it within ') → false (a party of the fact base is read by the caller; no "is that" here).
 */
const ownAssumptionHorizonBeforeRe =
  /^[^\p{L}]{0,6}(?:our|my)[ \t]+(?:(?:working|planning|central|base-?case|base)[ \t]+)?(?:assumption|expectation|estimate|forecast|projection)[ \t]+is[ \t]+that[ \t]+[^.;:"“]{0,120}?(?<![\p{L}])(?:within|in|over)[ \t]+(?:the[ \t]+(?:next|coming)[ \t]+)?(?:about[ \t]+|roughly[ \t]+|around[ \t]+)?(?:\d[\d.,]{0,8}[ \t]*(?:[–-]|to[ \t])[ \t]*)?$/iu;

/**
 * The figures of a sentence that are the writer's own rules, measurements or tasks (see the
 * module's comment), by index into `values`; `start` is the sentence's offset.
 * Example: writersOwnRuleFigures('Our policy is to release a fix within 90 days of a report.', 0, values) → Set {0}.
 */
export function writersOwnRuleFigures(
  sentenceText: string,
  start: number,
  values: readonly Pick<ClaimValue, 'kind' | 'span' | 'qualified'>[],
  where: { readonly speakerTurn?: boolean } = {},
): ReadonlySet<number> {
  if (!values.length || sentenceText.length > maxSentence) return none;
  const own = new Set<number>();
  const at = (v: Pick<ClaimValue, 'span' | 'qualified'>) => (v.qualified?.span ?? v.span).start - start;
  if (assessmentRuleRe.test(sentenceText)) {
    values.forEach((_, vi) => own.add(vi));
    return own;
  }
  // An instruction to the reader: its figures up to a clause of its own.
  if ((readerRuleRe.test(sentenceText) && !readerKnowsRe.test(sentenceText)) || readerTaskRe.test(sentenceText)) {
    const end = sentenceText.search(instructionEndRe);
    values.forEach((v, vi) => {
      if (end < 0 || at(v) < end) own.add(vi);
    });
  }
  // The writer in the first person, in the figure's clause, not under a law; its dates are left to the plans and careers of
  // writersOwnFigures.ts. In a transcript's turn "I" and "we" are the speaker's: their own present figures and estimates are theirs
  // as the writer's are, when the first person comes before the figure in its clause ("JONAS FELD: Our whole annual budget is about
  // $180,000"; not "So a slice of four million would change our year", a figure of the story the speaker's words take up).
  if (!firstPersonRe.test(sentenceText) || lawRe.test(sentenceText)) return own;
  // A first-person estimate: its figure after "at", also past a clause of what it estimates ("I'd put the odds that something leaks
  // within a year at about one in three").
  const estimate = estimateRe.exec(sentenceText);
  if (estimate && (sentenceText.slice(estimate.index).match(quoteMarkRe)?.length ?? 0) === 0) {
    const after = estimate.index + estimate[0].length;
    values.forEach((v, vi) => {
      if (v.kind !== 'date' && at(v) > after && estimateValueBeforeRe.test(sentenceText.slice(Math.max(after, at(v) - 8), at(v)))) own.add(vi);
    });
  }
  const breaks = clauseBreaks(sentenceText);
  values.forEach((v, vi) => {
    if (own.has(vi)) return;
    const from = at(v);
    // The date of the writer's own measurement, between "our" and its noun: "on our March 2026 scan".
    if (v.kind === 'date') {
      if (ownMeasureBeforeRe.test(sentenceText.slice(Math.max(0, from - 8), from)) && ownMeasureAfterRe.test(sentenceText.slice(v.span.end - start, v.span.end - start + 40))) own.add(vi);
      // The day of the writer's own meeting, told in the present or the future: "goes to our investment committee on 27 May".
      else if (ownMeetingBeforeRe.test(sentenceText.slice(Math.max(0, from - 60), from)) && !pastVerbRe.test(clauseOf(sentenceText, breaks, from))) own.add(vi);
      return;
    }
    // The horizon of the writer's own working assumption: "Our working assumption is that … will reach less careful actors within 12–18 months".
    if (ownAssumptionHorizonBeforeRe.test(sentenceText.slice(0, from))) {
      own.add(vi);
      return;
    }
    let b = 0;
    while (b < breaks.length && breaks[b] <= from) b++;
    const clause = sentenceText.slice(b ? breaks[b - 1] : 0, b < breaks.length ? breaks[b] : sentenceText.length);
    const before = sentenceText.slice(b ? breaks[b - 1] : 0, from);
    // A forecast's horizon is the writer's own, though "expect" is a verb of knowing: "we expect the first within the next two quarters".
    const knowing = knowingRe.test(before) && !forecastHorizonBeforeRe.test(before);
    if (!firstPersonRe.test((where.speakerTurn ? before : clause).replace(stanceRe, '')) || pastVerbRe.test(clause) || knowing || oneAmongBeforeRe.test(before) || givenBeforeRe.test(before)) return;
    if ((before.match(quoteMarkRe)?.length ?? 0) % 2 === 1) return;
    own.add(vi);
  });
  return own;
}

/**
 * A bracket that gives the value a figure had before, right after it: "(from $465)", "(previously
 * 22%)", "(was $17)". It belongs to that figure's clause, and opens none of its own.
 * Example: previousValueRe.test('(from $465)') → true; previousValueRe.test('(which Anthropic set)') → false.
 */
const previousValueRe = /\((?:from|previously|prev\.|prior|was|were)[ \t]+[^()\s][^()\r\n]{0,29}\)/y;

/**
 * Where the clauses of a sentence open, past the mark or word that opens each (see `clauseBreakRe`), in order;
 * a bracket of a previous value ("We raise our PT to $480 (from $465) and cut S to $15") opens none.
 */
function clauseBreaks(text: string): number[] {
  const breaks: number[] = [];
  clauseBreakRe.lastIndex = 0;
  for (let m; (m = clauseBreakRe.exec(text)); ) {
    if (m[0] === '(') {
      previousValueRe.lastIndex = m.index;
      if (previousValueRe.test(text)) {
        clauseBreakRe.lastIndex = previousValueRe.lastIndex;
        continue;
      }
    }
    breaks.push(m.index + m[0].length);
  }
  return breaks;
}

const none: ReadonlySet<number> = new Set();

import type { Claim, ClaimStatus, EntityMention, FactCheck, Span } from '../types';
import { hasCue, rulesWithCue, type FactRule, type FactRules } from './factMatcher';
import { withoutMultiplierCues } from './multiplierCue';
import { blankPhrases, insidePhrase, isCalendarMark, referencePhrases } from './referencePoint';
import { compareValue, isComparable } from './compareValues';
import { describeValue, rewriteQualified } from './formatValue';
import { firstAtOrAfter } from '../util/search';
import { indexSpans, nearestSpanGap, type SpanIndex } from './nearestSpan';
import type { Surroundings } from './claimSurroundings';
import { actorKinds, nameBesideCue, namesOtherThing, opensOnUnknownName, sharesClause } from './ownSubject';
import { countsOtherThing } from './countedNoun';
import { modifiesOtherThing } from './attributiveFigure';
import { countsForOtherThing } from './countedFor';
import { countsOtherPartys } from './countOwner';
import { exampleNames } from './exampleNames';
import { memberNames } from './memberNames';
import { deniedNames } from './deniedNames';
import { timeClauseActors, timeClauseOnlyIds } from './timeClauseActors';
import { countsPerPeriod } from './countRate';
import { inRelativeClauseOfOther } from './relativeClause';
import { datedByOtherVerb } from './eventVerb';
import { datedByVerbOnObject } from './verbOnObject';
import { withoutCuesInNames } from './cueInName';
import { withoutPredicateCues } from './predicateAdjective';
import { cueTakesOwnObject } from './cueObject';
import { subjectOfItsOwn, weakTieToOtherParty } from './otherParty';
import { onlyFutureEvents } from './futureEvent';
import { unassertedFigures } from './assertedFigures';
import { speakerLabelLength } from './speakerLabel';
import { reportingSpeakers } from './reportingSpeaker';
import { relationFits } from './relationFits';
import { exceptedNames, exceptedRecords, takenNames } from './exceptedNames';
import { bareMonthTied } from './bareMonthTie';
import type { FactValue } from '../factbase/schema';
import { readWithCue } from './cueParticle';
import { respectivePairs } from './respectively';
import { comparedPairs } from './comparedPairs';
import { parenthesisLabel } from './parenthesisLabel';
import { baselineOf, baselineRule, measuredAsMain, setAgainstOther } from './baselineFigure';
import { describedEntity, describedMatch } from './definiteDescription';
import { gapEndpoint } from './gapFromBefore';
import { eventToldAfter } from './toldEvent';
import { clauseNamesOwnSubject, clauseOf, clauseOfOtherMeasure } from './figureClause';
import { datedByOtherCue, governingCue, subjectIsRulesOwn, subjectReach, toVerb } from './governingCue';

/** A figure that contradicts the fact on record. */
export interface Contradiction {
  readonly valueIndex: number;
  readonly factId: string;
  /** The value on record written in the text's style, when it can be. */
  readonly replacement: string | undefined;
  /** Whether the figure is contradicted with the words that qualify it ("nearly 30"), which the replacement replaces too. */
  readonly withQualifier: boolean;
  /**
   * For a count that sets names apart ("13 founding partners besides Anthropic"), the names (as written) taken off the
   * record and the records the figure was held against (see `recordsFor`): what the message states, as the fix writes it.
   */
  readonly setApart?: SetApart;
}

/** The names a count sets apart and the records read with them (the record less the names, or both when the fact base does not say whom it counts). */
export interface SetApart {
  readonly names: readonly string[];
  readonly records: readonly FactValue[];
}

/**
 * What the fact base says of one claim, with no offsets in it: it depends only on the
 * sentence and its paragraph, so a cached block keeps it.
 */
export interface ClaimVerdict {
  readonly status: ClaimStatus;
  readonly facts: readonly string[];
  readonly checks: readonly FactCheck[];
  readonly contradictions: readonly Contradiction[];
  /** The key of the surroundings the verdict was judged with, when it needed them (see `claimSurroundings`). */
  readonly surroundings?: string;
}

const unverified: ClaimVerdict = { status: 'unverified', facts: [], checks: [], contradictions: [] };

/**
 * How firmly a fact is tied to a sentence: a key entity named in the sentence (2); one of its
 * other entities named in the sentence with its cue (1), as in "Anthropic is donating $40
 * million" (not one every fact of its measure shares: "the SWE-bench Pro score" names no
 * model's score), unless the sentence also names the subject of a figure the fact is not about
 * ("Anthropic launched Claude Opus 4 in May 2025" is Opus 4's date, not the announcement's);
 * a key entity named earlier in the paragraph (1); when the sentence names no entity but the
 * fact's and gives its measure, a key entity or one of its own entities named in the claim's
 * surroundings: its section's heading, the paragraph before, its list's lead-in (0).
 */
type Tie = 0 | 1 | 2 | 3;

interface TiedRule {
  readonly rule: FactRule;
  readonly tie: Tie;
}

/** What starts reported words or news after a verb of reporting: "announced that …", "said: …", a quotation. */
const reportedClause = /\bthat\b|[:"“”]/;

/** A passive verb of reporting: "was announced", "had been formally announced". */
const passiveBefore = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * What follows a verb of reporting that reports nothing of its own: the end, a time or place
 * ("announced on April 9", "announced in Washington", "announced April 9"), an adverb.
 * "announced a new London office in September" reports an office, and its date is the office's.
 */
const bareAfter = /^\s*(?:$|[,.;)\]—–-]|\d|(?:on|in|at|during|by|last|this|earlier|later|today|yesterday|early|late|before|after|January|February|March|April|May|June|July|August|September|October|November|December|\p{L}+ly)\b)/iu;

/**
 * Whether one of the rule's verbs of reporting stands in the sentence, reporting nothing after it
 * in its own clause ("was announced on April 9"): "was announced on April 7, and the leaked draft
 * that preceded it explained the name" reports no news with its "that", which starts a relative
 * clause after the clause break (see `clauseOf`).
 */
function hasBareReportingCue(rule: FactRule, sentenceText: string): boolean {
  for (const re of rule.reportingCues) {
    const m = re.exec(sentenceText);
    if (!m) continue;
    const from = m.index + m[0].length;
    const after = sentenceText.slice(from);
    const clauseEnd = clauseOf(sentenceText, 0, { start: m.index, end: from }).span.end;
    if (reportedClause.test(sentenceText.slice(from, clauseEnd))) continue;
    if (passiveBefore.test(sentenceText.slice(Math.max(0, m.index - 40), m.index)) || bareAfter.test(after)) return true;
  }
  return false;
}

/**
 * Whether an entity of the fact that tells it apart from the others of its measure ties it to
 * the sentence without a key entity: two of them named, or one with a cue that is not a verb
 * of reporting ("Anthropic is donating $40 million") or is one that reports nothing ("Claude
 * Mythos Preview was announced on April 9"); not "Logan Graham announced that Anthropic had
 * 51% by May 2020", where the figure is the news, not the announcement's.
 */
function tiedByOwnEntities(rule: FactRule, sentenceIds: ReadonlySet<string>, sentenceText: string, headerText?: string): boolean {
  let named = 0;
  for (const e of rule.ownEntities) if (sentenceIds.has(e)) named++;
  if (named >= 2) return true;
  return named === 1 && measuresOwnCue(rule, sentenceText, headerText);
}

const entityOfFact = (rule: FactRule, id: string): boolean => rule.fact.entities.includes(id);

/** A party of the fact (see `FactRule.parties`): "Anthropic" for a score of Claude Mythos Preview. */
const partyOfFact = (rule: FactRule, id: string): boolean => rule.parties.has(id);

/**
 * Whether a mention may be a subject of the sentence of its own: not one it lists as an example of what a count counts
 * (see `exampleNames`), nor a member a count counts named after it (see `memberNames`), nor one it denies ("not Mythos":
 * see `deniedNames`), nor an actor of a clause of time with no figure ("before Fortune flagged it": see `timeClauseActors`).
 */
const maySubject = (values: Claim['values'], context: ClaimContext, cued: readonly FactRule[]) => {
  let setAside: Set<EntityMention> | undefined;
  const found = () => {
    const { sentenceText, start, sentenceMentions } = context;
    const out = new Set(exampleNames(values, sentenceText, start, sentenceMentions));
    for (const e of memberNames(values, cued, sentenceMentions)) out.add(e);
    for (const e of deniedNames(sentenceText, start, sentenceMentions)) out.add(e);
    for (const e of timeClauseActors(sentenceText, start, values, sentenceMentions)) out.add(e);
    const onlyInTime = timeClauseOnlyIds(sentenceText, start, values, sentenceMentions);
    if (onlyInTime.size) for (const e of sentenceMentions) if (onlyInTime.has(e.id)) out.add(e);
    return out;
  };
  return (e: EntityMention): boolean => !(setAside ??= found()).has(e);
};

/** Whether a mention opens its sentence, as its subject: "OpenAI pledged …", "The Commerce Department has listed …" (not "The group, which Anthropic detected, …"). */
const opensSentence = (context: ClaimContext) => (e: EntityMention): boolean =>
  e.span.start >= context.start && /^(?:the\s+)?$/i.test(context.sentenceText.slice(0, Math.min(e.span.start - context.start, 8)));

/**
 * Whether every entity the sentence names is one of the facts' whose cues it holds: "the leak",
 * "the model reaches 93.9% on SWE-bench Verified and 77.8% on SWE-bench Pro" leave the subject
 * to the surroundings ("D. Nwosu" is no entity); "Logan Graham discussed the leak on March 24"
 * names a subject of its own; a transcript's speaker ("ZEMLIN: Read all 224 pages") and the one
 * who says the figures ("Logan Graham said the leak happened on March 24", see
 * `reportingSpeakers`) do not.
 */
function namesOnlyCuedEntities(
  cued: readonly FactRule[],
  context: ClaimContext,
  speakers: () => ReadonlySet<EntityMention>,
  isOfFact: (rule: FactRule, id: string) => boolean = entityOfFact,
  counts: (e: EntityMention) => boolean = () => true,
): boolean {
  // A person a transcript's speaker label names speaks the sentence: "ZEMLIN: Read all 224 pages" names no subject.
  const label = speakerLabelLength(context.sentenceText);
  // Nor does the one who says the figures: "Zemlin said the coalition's founding partners numbered fifteen."
  for (const e of context.sentenceMentions) {
    if (label && e.span.start >= context.start && e.span.end <= context.start + label && (e.kind === 'person' || e.kind === 'role')) continue;
    if (!counts(e) || cued.some((r) => isOfFact(r, e.id))) continue;
    if (!speakers().has(e)) return false;
  }
  return true;
}

/** Who says the figures of a sentence (see `reportingSpeakers`), read once for all the tests of one judgement that ask. */
function speakersOfFigures(context: ClaimContext, values: Claim['values'], outlets: ReadonlySet<string>): () => ReadonlySet<EntityMention> {
  let speakers: ReadonlySet<EntityMention> | undefined;
  return () =>
    (speakers ??= reportingSpeakers(
      context.sentenceText,
      context.start,
      context.sentenceMentions,
      values.map((v) => v.span.start),
      new Set(values.filter((v) => v.kind === 'date').map((v) => v.span.start)),
      outlets,
    ));
}

/**
 * Whether the sentence gives the fact's measure: a cue that is not a verb of reporting, or one
 * that reports nothing ("was announced on April 9", not "announced that CISA had $7 billion").
 * A table cell's measure may stand in its column's header instead (`headerText`): a header
 * "Released" over "| Claude Mythos Preview | 9 April 2026 |" gives the release date, as
 * "released … on 9 April 2026" does in prose.
 */
function measuresOwnCue(rule: FactRule, sentenceText: string, headerText?: string): boolean {
  const gives = (text: string) => rule.plainCues.some((re) => re.test(text)) || hasBareReportingCue(rule, text);
  return gives(sentenceText) || (headerText !== undefined && gives(headerText));
}

/**
 * Whether the sentence names, for a kind of subject the fact has (a model, a benchmark…), only
 * entities of that kind that are not the fact's: then the figure is that other subject's. An
 * entity a figure is "for" is that figure's alone while another figure of the sentence is free:
 * "it reached 86.1 percent, up from 66.6 percent for Opus 4.6" leaves the 86.1 to the model
 * named before (see `fitsFigure` in `judgeClaim`, which keeps the 66.6 from it).
 */
function namesRival(rule: FactRule, mentions: readonly EntityMention[], bindings: Bindings, inFigureClause: (e: EntityMention) => boolean): boolean {
  if (!rule.rivalKinds.size) return false;
  let rivals: string[] | undefined;
  let own: string[] | undefined;
  for (const e of mentions) {
    if (!rule.rivalKinds.has(e.kind)) continue;
    if (rule.fact.entities.includes(e.id)) (own ??= []).push(e.kind);
    // "The leaked draft called it powerful, and the system card — all 144 pages of it — says …": a name in a clause
    // that holds none of the figures the fact could be is the subject of that clause, no rival of theirs.
    else if ((!bindings.someFree || !bindings.mentions.has(e)) && inFigureClause(e)) (rivals ??= []).push(e.kind);
  }
  // "Atlas-3 scored 61.0% on CyberGym": the fact's model is named, its benchmark is not, another is.
  return rivals !== undefined && rivals.some((kind) => !own?.includes(kind));
}

/**
 * Whether a mention stands in the clause of one of the figures the rule's fact could be (of its kind: see `clauseOf`),
 * the clauses found once, when first asked: "The leaked draft that Fortune found in March called it …, and the system
 * card — all 144 pages of it — …" names the draft in the clause of a month, no page count.
 */
function figureClauses(values: Claim['values'], context: ClaimContext): (e: EntityMention, rule: FactRule) => boolean {
  const spans: (Span | undefined)[] = [];
  return (e, rule) =>
    values.some((v, vi) => {
      if (!rule.fact.value || !isComparable(v, rule.fact.value)) return false;
      const c = (spans[vi] ??= clauseOf(context.sentenceText, context.start, v.span).span);
      return e.span.start >= c.start && e.span.end <= c.end;
    });
}

/** Whether the sentence names the subject of a figure on record that is not one of the fact's entities, nor one of their people. */
function namesOtherSubject(rule: FactRule, sentenceIds: ReadonlySet<string>, subjects: ReadonlySet<string>): boolean {
  for (const id of sentenceIds) if (subjects.has(id) && !rule.fact.entities.includes(id) && !rule.members.has(id)) return true;
  return false;
}

/**
 * `namesOtherSubject`, but for a fact whose figure is no date, an actor (a person, an agency) that
 * stands only outside the clauses of the sentence's figures of the fact's kind, each of which names
 * a party of the fact, is the subject of its own clause, not of the figure: "President Trump told
 * agencies to drop Anthropic, and Defense Secretary Pete Hegseth designated the company a risk after
 * talks on a $250 million contract fell apart" gives the value of the contract in Hegseth's clause.
 * A thing named in another clause may still be the figure's ("Anthropic launched Claude Opus 4, and
 * it scored …"), and a date has `datesOfOwnThing`.
 */
function namesOtherSubjectBesideFigures(rule: FactRule, values: Claim['values'], context: ClaimContext, sentenceIds: ReadonlySet<string>, subjects: ReadonlySet<string>): boolean {
  if (!namesOtherSubject(rule, sentenceIds, subjects)) return false;
  const record = rule.fact.value;
  if (!record || record.type === 'date') return true;
  const { sentenceText, start, sentenceMentions } = context;
  const others = sentenceMentions.filter((e) => subjects.has(e.id) && !rule.fact.entities.includes(e.id) && !rule.members.has(e.id));
  if (others.some((e) => !actorKinds.has(e.kind))) return true;
  let clauses = 0;
  for (const v of values) {
    if (!isComparable(v, record)) continue;
    const clause = clauseOf(sentenceText, start, v.span);
    if (clause.whole) return true;
    const within = (e: EntityMention) => e.span.start >= clause.span.start && e.span.end <= clause.span.end;
    if (others.some(within) || !sentenceMentions.some((e) => within(e) && rule.parties.has(e.id))) return true;
    clauses++;
  }
  return clauses === 0;
}

/** Where the rule's cues match in `text`, as flat start, end pairs. */
function cueSpans(rule: FactRule, text: string): number[] {
  const out: number[] = [];
  for (const re of rule.cueMatchers) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)); ) out.push(m.index, m.index + m[0].length);
  }
  return out;
}

const longerCues = new WeakMap<FactRule, readonly FactRule[]>();

/** Whether `cue` holds one of the rule's cues and more ("additional organizations", "organizations"). */
function holdsCueOf(rule: FactRule, cue: string): boolean {
  return rule.cues.some((re) => {
    const m = re.exec(cue);
    return m !== null && m[0].length < cue.length;
  });
}

/**
 * The other rules with a cue that holds one of this rule's cues and more ("additional
 * organizations" holds "organizations"): the only ones that can shadow it. Found once per rule;
 * most rules have none, and then no sentence is searched for them.
 */
function longerCuesOf(rule: FactRule, all: readonly FactRule[]): readonly FactRule[] {
  let found = longerCues.get(rule);
  if (found) return found;
  const out: FactRule[] = [];
  for (const other of all) {
    if (other === rule || !other.fact.value) continue;
    if ((other.fact.cues ?? []).some((cue) => holdsCueOf(rule, cue))) out.push(other);
  }
  longerCues.set(rule, (found = out));
  return found;
}

/**
 * Whether each match of the rule's cues lies inside a longer match of another cued rule's cue:
 * "more than 40 additional organizations" names the others ("additional organizations"), not
 * all participants ("organizations"). As with entity names, the longest cue names the measure.
 */
function cueShadowed(rule: FactRule, cued: readonly FactRule[], all: readonly FactRule[], text: string): boolean {
  const shadowers = longerCuesOf(rule, all);
  if (!shadowers.length || !cued.some((r) => shadowers.includes(r))) return false;
  const own = cueSpans(rule, text);
  if (!own.length) return false;
  const longer: number[] = [];
  for (const other of cued) if (shadowers.includes(other)) longer.push(...cueSpans(other, text));
  for (let i = 0; i < own.length; i += 2) if (!insideSpan(longer, own[i], own[i + 1], true)) return false;
  return true;
}

/** Whether [a, b) lies inside one of `spans` (flat start, end pairs), and when `longer`, inside a longer one. */
function insideSpan(spans: readonly number[], a: number, b: number, longer = false): boolean {
  for (let k = 0; k < spans.length; k += 2) if (spans[k] <= a && b <= spans[k + 1] && (!longer || spans[k + 1] - spans[k] > b - a)) return true;
  return false;
}

/** What `rulesFor` notes beside the ties. */
interface Notes {
  /** The key of the surroundings, when they were asked for. */
  surroundings?: string;
  /** Rules tied by their own entities in a sentence that also names another subject: a figure may agree with them, never contradict them. */
  agreeOnly?: FactRule[];
  /** Rules tied only by the actors behind their thing ("OpenAI" for GPT-5.3-Codex's release): a figure is theirs only in the clause of their cue. */
  actorOnly?: Set<FactRule>;
  /** Rules of a sentence that names another thing of their kind, by the only figures their own thing governs (see `datesOfOwnThing`). */
  ownDates?: Map<FactRule, ReadonlySet<number>>;
}

/**
 * The dates that the rule's own thing governs in a sentence that names another thing of its
 * kind: one of the rule's cues stands right before the date (see `governingCue`), and that cue,
 * or its subject, is a name of one of the rule's entities or a definite description of its thing
 * (see `definiteDescription`). "Anthropic published the system card on 2026-04-09, alongside a
 * companion Alignment Risk Update" dates the card, and so does "The system card was published on
 * 2026-04-09, alongside …"; "published the Alignment Risk Update on 2026-04-09, alongside the
 * system card" does not. Undefined when there is none.
 */
function datesOfOwnThing(rule: FactRule, values: Claim['values'], context: ClaimContext, rules: FactRules): ReadonlySet<number> | undefined {
  if (rule.fact.value?.type !== 'date') return undefined;
  const { sentenceText, start, sentenceMentions } = context;
  const named = (id: string) => sentenceMentions.some((e) => e.id === id) || context.blockIds().has(id);
  const described = (a: number, b: number) => describedMatch(rule.keyEntities, rules.descriptions, sentenceText, start, [a, b], named, sentenceMentions);
  let out: Set<number> | undefined;
  for (let vi = 0; vi < values.length; vi++) {
    if (values[vi].kind !== 'date') continue;
    const cue = governingCue(rule, values[vi], sentenceText, start, sentenceMentions);
    if (!cue) continue;
    // The cue names the thing ("the system card on"), or its subject does ("The system card was published on").
    const names = sentenceMentions.some((e) => e.span.start < cue.end && cue.start < e.span.end && rule.fact.entities.includes(e.id));
    const subject = !names && described(Math.max(start, cue.start - subjectReach), cue.start);
    const own = names || described(cue.start, cue.end) !== undefined || subjectIsRulesOwn(rule, cue.start, sentenceText, start, sentenceMentions) || (!!subject && toVerb.test(sentenceText.slice(subject.end - start, cue.start - start)));
    if (own) (out ??= new Set()).add(vi);
  }
  return out;
}

/** Whether the sentence names none of the fact's entities but its actors (companies, agencies, people). */
function namesOnlyActors(rule: FactRule, mentions: readonly EntityMention[]): boolean {
  if (!rule.actorKeys.size) return false;
  return mentions.every((e) => !rule.fact.entities.includes(e.id) || actorKinds.has(e.kind));
}

/** Cue spans of the rule in the sentence, as document offsets. */
function cueSpansAt(rule: FactRule, context: ClaimContext): readonly number[] {
  let byRule = cueSpansOfContext.get(context);
  if (!byRule) cueSpansOfContext.set(context, (byRule = new Map()));
  let spans = byRule.get(rule);
  if (!spans) byRule.set(rule, (spans = cueSpans(rule, context.sentenceText).map((x) => x + context.start)));
  return spans;
}

/** Each claim's cue spans, found once: a sentence asks for them once per figure. */
const cueSpansOfContext = new WeakMap<ClaimContext, Map<FactRule, readonly number[]>>();

/**
 * Whether every cue of the rule in the sentence is only the name of one of its key entities, and
 * the sentence names none of its other entities: "ASL-3 was defined in September 2023" names ASL-3,
 * not its activation; "DARPA's AI Cyber Challenge, a two-year competition" names DARPA, not the
 * years since its Cyber Grand Challenge. A name says whose figure it is, not which.
 */
function cuesAreOnlyNames(rule: FactRule, context: ClaimContext): boolean {
  // The mentions first: most sentences name no key entity of the rule, and then no cue is its name.
  const named = context.sentenceMentions.filter((e) => rule.fact.entities.includes(e.id));
  if (!named.some((e) => rule.keyEntities.has(e.id)) || new Set(named.map((e) => e.id)).size > 1) return false;
  const spans = cueSpansAt(rule, context);
  if (!spans.length) return false;
  for (let i = 0; i < spans.length; i += 2) {
    const isName = named.some((e) => rule.keyEntities.has(e.id) && e.span.start === spans[i] && e.text.replace(/['’]s?$/u, '').length === spans[i + 1] - spans[i]);
    if (!isName) return false;
  }
  return true;
}

/**
 * Whether the sentence, tied to the rule only by the actors behind its thing, speaks of another
 * thing: one the fact base knows ("OpenAI released version 2 of its Preparedness Framework"),
 * unless a fact of the sentence's cues names it beside one of this fact's entities ("Claude" in
 * the campaign's share, next to its target count); a name beside the cue ("released GPT-4o",
 * "the Maven Smart System contract"); a name the sentence opens on; or, for a date, an object of
 * the cue's verb that is another thing ("ordered that the Department of Defense may be called …":
 * see `cueTakesOwnObject`).
 */
function speaksOfOtherThing(rule: FactRule, context: ClaimContext, cued: readonly FactRule[]): boolean {
  const { sentenceText, start, sentenceMentions } = context;
  const entities = rule.fact.entities;
  const related = new Set(entities);
  for (const r of cued) if (r.fact.entities.some((e) => entities.includes(e))) for (const e of r.fact.entities) related.add(e);
  // "used earlier Claude models, not Mythos, against roughly 40 targets": a name the sentence denies is no other thing it speaks of.
  const denied = deniedNames(sentenceText, start, sentenceMentions);
  return (
    namesOtherThing(denied.size ? sentenceMentions.filter((e) => !denied.has(e)) : sentenceMentions, [...related]) ||
    nameBesideCue(sentenceText, start, sentenceMentions, cueSpansAt(rule, context)) ||
    opensOnUnknownName(sentenceText, start, sentenceMentions) ||
    cueTakesOwnObject(rule, sentenceText, start, sentenceMentions, cueSpansAt(rule, context))
  );
}

/** Whether every entity of the fact the sentence names is an actor (a company, an agency, a person). */
function namesOnlyActorsOf(rule: FactRule, mentions: readonly EntityMention[]): boolean {
  return mentions.every((e) => !rule.fact.entities.includes(e.id) || actorKinds.has(e.kind));
}

/**
 * Whether the document's title (see `Surroundings.title`) ties the rule to a sentence that names
 * nothing: a definite description on its cue whose world the title names ("the leak" in "# Fact
 * sheet: Claude Mythos Preview"), or a key entity or own entities of it in the title with a cue of
 * two words or more of a measure no other fact has ("| Founding partners | ten |" under "# Project
 * Glasswing"; not "pages" or "days later", which any document may count, nor "SWE-bench Pro", whose
 * scores of other models the document may give).
 */
function tiedByTitle(rule: FactRule, title: ReadonlySet<string>, context: ClaimContext, rules: FactRules): boolean {
  const spans = cueSpansAt(rule, context);
  if (rules.descriptions.size && describedEntity(rule.keyEntities, rules.descriptions, context.sentenceText, context.start, spans, (id) => title.has(id), context.sentenceMentions) !== undefined) return true;
  if (rule.fact.value?.type === 'duration' || sharesMeasure(rule, rules) || !specificCue(rule, spans, context)) return false;
  for (const e of rule.keyEntities) if (title.has(e)) return true;
  return tiedByOwnEntities(rule, title, context.sentenceText, context.headerText);
}

const measureShared = new WeakMap<FactRule, boolean>();

/** Whether another fact has the rule's measure ("SWE-bench Pro" scores of two models): its cue then tells no subject, found once per rule. */
function sharesMeasure(rule: FactRule, rules: FactRules): boolean {
  let shared = measureShared.get(rule);
  if (shared === undefined) {
    const measure = rule.fact.measure;
    shared = measure !== undefined && rules.all.some((r) => r !== rule && r.fact.measure === measure);
    measureShared.set(rule, shared);
  }
  return shared;
}

/**
 * Whether a cue of the rule of two words or more stands in the sentence (`spans`: its cue spans) or its column's header,
 * or two of its cues apart, which tell its measure as one of two words does: "misconfiguration exposes", "unpublished
 * assets" (not "exposed" alone, nor one cue twice).
 */
function specificCue(rule: FactRule, spans: readonly number[], context: ClaimContext): boolean {
  let first: string | undefined;
  for (let i = 0; i < spans.length; i += 2) {
    const cue = context.sentenceText.slice(spans[i] - context.start, spans[i + 1] - context.start);
    if (/\s/.test(cue)) return true;
    const word = cue.toLowerCase();
    if (first === undefined) first = word;
    else if (word !== first && !spans.some((_, k) => k % 2 === 0 && k < i && spans[k] < spans[i + 1] && spans[i] < spans[k + 1])) return true;
  }
  const header = context.headerText;
  if (header === undefined) return false;
  return rule.cues.some((re) => {
    const m = re.exec(header);
    return m !== null && /\s/.test(m[0]);
  });
}

/**
 * Whether a fact the sentence names nothing of is tied by another fact of the sentence, tied
 * firmly (by a name of its own), that shares one of its key entities, when the sentence holds two
 * of its cues or one of two words (see `specificCue`): "Earlier Claude models autonomously handled
 * 80–90% of a state-sponsored campaign against roughly 40 targets" ties the campaign's target count
 * ("campaign", "targets") through its share of the work, tied by "Claude"; not a fact of one cue
 * ("against 40 targets" alone), nor one that shares no entity with the tied fact, nor a gap
 * ("Twelve days later Quillon briefed officials about the announcement" counts from no event told).
 */
function tiedBySibling(rule: FactRule, tied: readonly TiedRule[], context: ClaimContext): boolean {
  // A gap counts from an event the sentence must tell itself (see `toldWorldNamed`), not from a fact beside it.
  if (rule.fact.value?.type === 'duration') return false;
  if (!tied.some((c) => c.tie >= 2 && c.rule !== rule && c.rule.fact.entities.some((e) => rule.keyEntities.has(e)))) return false;
  return measuresOwnCue(rule, context.sentenceText, context.headerText) && specificCue(rule, cueSpansAt(rule, context), context);
}

/** Whether the cue's verb of the rule dates or counts its own object in the sentence (see `cueTakesOwnObject`). */
function ownObjectOf(rule: FactRule, sentenceText: string, context: ClaimContext): boolean {
  return cueTakesOwnObject(rule, sentenceText, context.start, context.sentenceMentions, cueSpansAt(rule, context));
}

/** Rules tied to a sentence (see `Tie`): each cued rule, or a cue-less one naming two of its entities, with its firmest tie. */
function rulesFor(
  values: Claim['values'],
  cued: readonly FactRule[],
  sentenceText: string,
  sentenceIds: ReadonlySet<string>,
  context: ClaimContext,
  rules: FactRules,
  used: Notes,
  bindings: Bindings,
): TiedRule[] {
  const subjects = rules.subjects;
  const out: TiedRule[] = [];
  // The same for every rule of the sentence: asked once, when a rule first needs the surroundings.
  let leavesSubject: boolean | undefined;
  let leavesParties: boolean | undefined;
  let opensOnName: boolean | undefined;
  // The sentence speaks of a thing of its own (see `speaksOfOtherThing`): it borrows no subject from the paragraph or the surroundings.
  let ownSubject = false;
  let inFigureClause: ReturnType<typeof figureClauses> | undefined;
  const speakers = speakersOfFigures(context, values, rules.outlets);
  // The cued rules the loop below ties to nothing, past its tests of rivals and names (see `tiedBySibling`).
  let untied: FactRule[] | undefined;
  for (const rule of cued) {
    if (!rule.cues.length && rule.fact.entities.filter((e) => sentenceIds.has(e)).length < 2) continue;
    if (namesRival(rule, context.sentenceMentions, bindings, (e) => (inFigureClause ??= figureClauses(values, context))(e, rule))) {
      // "Anthropic published the system card on 2026-04-09, alongside a companion Alignment Risk Update": the date is still the card's.
      const own = rules.descriptions.size ? datesOfOwnThing(rule, values, context, rules) : undefined;
      if (!own) continue;
      (used.ownDates ??= new Map()).set(rule, own);
    }
    if (cuesAreOnlyNames(rule, context)) continue;
    let tie: Tie | undefined;
    for (const e of rule.keyEntities) if (sentenceIds.has(e)) tie = 3;
    if (tie === 3 && namesOnlyActors(rule, context.sentenceMentions)) {
      if (speaksOfOtherThing(rule, context, cued)) {
        (used.agreeOnly ??= []).push(rule);
        ownSubject = true;
        continue;
      }
      (used.actorOnly ??= new Set()).add(rule);
    }
    // "Anthropic also launched its Claude for Chrome extension in August 2025": the cue's verb dates its own object.
    const ownObject = () => cueTakesOwnObject(rule, sentenceText, context.start, context.sentenceMentions, cueSpansAt(rule, context));
    if (tie === undefined && rule.cues.length && tiedByOwnEntities(rule, sentenceIds, sentenceText, context.headerText)) {
      // "The Mythos leak on April 7 preceded the announcement of Claude Mythos Preview on March 26":
      // beside another subject, the dates the fact's own thing governs are still its own.
      const own = namesOtherSubjectBesideFigures(rule, values, context, sentenceIds, subjects) ? (datesOfOwnThing(rule, values, context, rules) ?? null) : undefined;
      if (own === undefined && namesOnlyActorsOf(rule, context.sentenceMentions) && ownObject()) {
        (used.agreeOnly ??= []).push(rule);
        ownSubject = true;
      } else {
        if (own !== null) tie = 2;
        if (own) (used.ownDates ??= new Map()).set(rule, own);
        else if (own === null) (used.agreeOnly ??= []).push(rule);
      }
    }
    // From the paragraph or the surroundings, only for a sentence that gives the fact's measure and opens on no subject of its own.
    const borrows = () => measuresOwnCue(rule, sentenceText, context.headerText) && !(opensOnName ??= opensOnUnknownName(sentenceText, context.start, context.sentenceMentions)) && !ownObject();
    // "Nine days after the leak": a definite description on the fact's cue stands for its event or document, as a
    // name earlier in the paragraph does; more firmly when the paragraph named that one before ("… campaign. That campaign …").
    if (tie === undefined && rules.descriptions.size && borrows()) {
      // A table row's citation names the world too: "| Pages in the system card | 40 | [2] |" citing the Mythos Preview System Card.
      const named = (id: string) => sentenceIds.has(id) || context.blockIds().has(id) || (context.paragraphIds?.().has(id) ?? false) || (context.cited?.().has(id) ?? false);
      const described = describedEntity(rule.keyEntities, rules.descriptions, sentenceText, context.start, cueSpansAt(rule, context), named, context.sentenceMentions);
      if (described !== undefined) tie = context.blockIds().has(described) ? 2 : 1;
      // "came 11 days after a misconfigured content management system left nearly 3,000 unpublished company files open": the leak.
      if (tie === undefined && toldWorldNamed(rule, context, rules, named)) tie = 1;
      // "… the exposed assets. Twelve days later came the formal announcement": the gap from what the sentence before speaks of.
      if (tie === undefined && context.previousSpeaksOf) {
        // The sentence before names the world of "the formal announcement" as the paragraph would, also from the paragraph before.
        const before = context.previousSpeaksOf;
        const end = gapEndpoint(rule, sentenceText, context.start, context.sentenceMentions, rules, (id) => named(id) || before().has(id));
        if (end !== undefined && [...rule.keyEntities].some((e) => e !== end && before().has(e))) tie = 1;
      }
    }
    // A sentence that opens on a party none of the cued facts is of speaks of that party, not of the paragraph's subject:
    // "OpenAI pledged up to $25 million in API credits" after a sentence on Glasswing's credits.
    // (Not a thing the sentence names only in a clause of time, which `judgeValues` left out of `sentenceIds`: "After Anthropic announced Glasswing, OpenAI …".)
    if (tie === undefined && borrows() && (leavesParties ??= namesOnlyCuedEntities(cued, context, speakers, partyOfFact, opensSentence(context))))
      for (const e of rule.keyEntities) if (context.blockIds().has(e) && (sentenceIds.has(e) || !context.sentenceMentions.some((m) => m.id === e))) tie = 1;
    // "Twelve founding partners, including Microsoft, Apple and Google": the names listed are the counted things, no subject.
    if (tie === undefined && context.surroundings && (leavesSubject ??= namesOnlyCuedEntities(cued, context, speakers, entityOfFact, maySubject(values, context, cued))) && borrows()) {
      const around = context.surroundings();
      used.surroundings = around.key;
      for (const e of rule.keyEntities) if (around.ids.has(e)) tie = 0;
      if (tie === undefined && tiedByOwnEntities(rule, around.ids, sentenceText, context.headerText)) tie = 0;
      // "[^card]: The system card runs to 224 pages." cited from "The system card[^card] is the longest Anthropic has
      // published": a description whose world the surroundings name stands for its document as a name there would.
      if (tie === undefined && rules.descriptions.size) {
        const described = describedEntity(rule.keyEntities, rules.descriptions, sentenceText, context.start, cueSpansAt(rule, context), (id) => around.ids.has(id), context.sentenceMentions);
        if (described !== undefined || toldWorldNamed(rule, context, rules, (id) => around.ids.has(id))) tie = 0;
      }
      if (tie === undefined && around.title && tiedByTitle(rule, around.title, context, rules)) tie = 0;
      // "Witnesses discussed the eleven founding partners.[^g]" citing "Project Glasswing: Securing Critical Software…": the
      // cited source's title names what the sentence is about as a document's title would, on a cue specific to one fact.
      // "| 24 March 2026 | CMS misconfiguration exposes nearly 3,000 unpublished assets | Fortune, 2026a |": what the
      // references it cites name, a source on record what its facts are about, ties it as a document's title would.
      if (tie === undefined && context.cited && tiedByTitle(rule, context.cited(), context, rules)) tie = 0;
    }
    if (tie !== undefined) out.push({ rule, tie });
    else if (rule.cues.length) (untied ??= []).push(rule);
  }
  // "Earlier Claude models handled 80–90% of a state-sponsored campaign against roughly 40 targets": the
  // campaign's other figure, tied by its own name, ties the target count that shares its event.
  if (untied && out.length) for (const rule of untied) if (tiedBySibling(rule, out, context) && !ownObjectOf(rule, sentenceText, context)) out.push({ rule, tie: 1 });
  const kept = ownSubject ? out.filter((c) => c.tie >= 2) : out;
  if (kept.length && cued.length > 1) return kept.filter((c) => !cueShadowed(c.rule, cued, rules.all, sentenceText));
  return kept;
}

/**
 * Candidate facts for one value: comparable, and from the firmest tie available. Facts tied
 * only by the paragraph or the surroundings are none when the sentence holds the cue of another
 * fact of the same measure, tied to nothing: "The system card runs to 144 pages" after a
 * sentence on the court filing gives the card's length, not the filing's.
 */
function candidatesFor(tied: readonly TiedRule[], otherMeasures: () => readonly FactRule[], fits: (rule: FactRule) => boolean): TiedRule[] {
  const out = tied.filter((c) => c.rule.fact.value && fits(c.rule));
  let firmest = 0;
  for (const c of out) firmest = Math.max(firmest, c.tie);
  if (firmest <= 1 && out.length && otherMeasures().some(fits)) return [];
  return firmest ? out.filter((c) => c.tie === firmest) : out;
}

/**
 * A fact the figure agrees with that the sentence names less firmly than the facts it would be
 * held against, when it stands nearer the figure than any of them: "Eleven days after the Mythos
 * leak, Anthropic announced Claude Mythos Preview on April 7, 2026" names the leak as a key
 * entity and the announcement by its own entities and cue, next to the date; April 7 is the
 * announcement's date, not a wrong date of the leak. Only ties made in the sentence count, and
 * the nearness of a weaker fact counts its own entities too. "Anthropic launched Claude Opus 4
 * on April 7, 2026" stays Opus 4's (wrong) date: Opus 4 is nearer than "Anthropic launched".
 */
function weakerAgreeing(
  tied: readonly TiedRule[],
  agreeOnly: readonly FactRule[] | undefined,
  candidates: readonly TiedRule[],
  value: Claim['values'][number],
  context: ClaimContext,
  lf: (offset: number) => number,
): FactRule | undefined {
  if (!candidates.length) return undefined;
  const firmest = candidates[0].tie;
  const weaker: FactRule[] = [];
  for (const c of tied) if (c.tie >= 2 && c.tie < firmest) weaker.push(c.rule);
  if (agreeOnly) weaker.push(...agreeOnly);
  let best: FactRule | undefined;
  let distance = Infinity;
  for (const rule of weaker) {
    if (!rule.fact.value || !isComparable(value, rule.fact.value) || !relationFits(value, rule.fact) || compareFor(rule, value, context) !== 'agrees') continue;
    const d = gapTo(rule, value, context, lf, rule.ownEntities);
    if (d < distance) [best, distance] = [rule, d];
  }
  if (!best) return undefined;
  for (const c of candidates) {
    // A name both facts are of tells them no more apart than for any other figure: "The CAOC fined Veritune
    // €35 million, or 2.5 per cent of its 2025 turnover" names Veritune for its turnover and for its fine
    // alike, and the cue "fined" stands nearer the figure than "turnover".
    const shared = [...c.rule.keyEntities].filter((e) => best!.ownEntities.has(e));
    if (!shared.length) {
      if (gapTo(c.rule, value, context, lf) <= distance) return undefined;
      continue;
    }
    const apart = (of: ReadonlySet<string>) => new Set([...of].filter((e) => !shared.includes(e)));
    if (gapTo(c.rule, value, context, lf, apart(c.rule.keyEntities)) <= gapTo(best, value, context, lf, apart(best.ownEntities))) return undefined;
  }
  return best;
}

/**
 * Cued rules tied to nothing that have a cue of their own in the sentence, one no tied rule
 * matches at the same place ("system card" beside the court filing's "pages"; not the other
 * model's "SWE-bench Verified", which the tied rule shares).
 */
function untiedMeasures(cued: readonly FactRule[], tied: readonly TiedRule[], text: string): FactRule[] {
  const tiedSpans: number[] = [];
  for (const c of tied) tiedSpans.push(...cueSpans(c.rule, text));
  const out: FactRule[] = [];
  for (const rule of cued) {
    if (!rule.fact.value || tied.some((c) => c.rule === rule)) continue;
    // Inside a tied rule's cue ("organizations" in "additional organizations") is no cue of its own.
    const spans = cueSpans(rule, text);
    for (let i = 0; i < spans.length; i += 2) {
      if (!insideSpan(tiedSpans, spans[i], spans[i + 1])) {
        out.push(rule);
        break;
      }
    }
  }
  return out;
}

export interface ClaimContext {
  /** The sentence's text; `start` is its offset (the offsets of the mentions and values are in the same frame). */
  readonly sentenceText: string;
  readonly start: number;
  readonly sentenceMentions: readonly EntityMention[];
  /** Entities named in the claim's paragraph up to the end of the claim (asked only when a weak tie needs them). */
  readonly blockIds: () => ReadonlySet<string>;
  /**
   * Entities named anywhere in the claim's paragraph, after it too: a definite description's world may be named
   * later in it ("The leak happened on March 26 … A week and a half after the leak, Anthropic went public"). Only
   * for a description; a name after the claim lends it no subject.
   */
  readonly paragraphIds?: () => ReadonlySet<string>;
  /** What the sentence before, in the same paragraph, speaks of (see `speaksOf` in gapFromBefore), asked only for a gap. */
  readonly previousSpeaksOf?: () => ReadonlySet<string>;
  /** The rules whose cue stands in the claim's context, when found by the caller (a table row and its header); else found in `sentenceText`. */
  readonly cued?: readonly FactRule[];
  /** For a table cell: the text of its column's header, whose cue gives the cell's measure as one in the row would. */
  readonly headerText?: string;
  /**
   * For a table row: what the titles of the references its citations resolve to name (asked only for a definite
   * description, whose world they may name as the row would: "| Pages in the system card | 40 | [2] |" citing the card).
   */
  readonly cited?: () => ReadonlySet<string>;
  /** What the claim's section heading, the paragraph before and its list's lead-in name (asked only when no firmer tie is found). */
  readonly surroundings?: () => Surroundings;
  /**
   * Whether the next sentence corrects this one ("The correct date is …"; see `unassertedFigures`), asked only when needed;
   * `ownVoice`: what it corrects is the writer's own earlier version, which a restatement corrects too ("It is 244 pages.").
   */
  readonly corrected?: (ownVoice?: boolean) => boolean;
  /** The claim's figures that are another party's quoted words or their attribution line (see `othersFigures`), asked only when needed. */
  readonly othersWords?: () => ReadonlySet<number>;
}

/**
 * A document offset in the sentence as it would be with LF line breaks: distances must not
 * depend on the line endings, and a CRLF is one character longer than an LF.
 */
function lfOffsets(context: ClaimContext): (offset: number) => number {
  const { sentenceText, start } = context;
  if (!sentenceText.includes('\r\n')) return (offset) => offset;
  const crlfs: number[] = [];
  for (let i = sentenceText.indexOf('\r\n'); i >= 0; i = sentenceText.indexOf('\r\n', i + 2)) crlfs.push(start + i);
  return (offset) => offset - firstAtOrAfter(crlfs, offset, (x) => x);
}

/** What parts one item of a list or one clause from the next: a comma, a bracket, "and", "while"… */
const itemSeparator = /[,;()[\]]|\b(?:and|or|but|while|whereas|vs)\b/i;
/** What binds a figure to the entity right after it: "60.6% for Opus 4.6", "83.1% by Mythos Preview". */
const figureFor = /^\s{0,3}(?:for|by)\s{1,3}(?:the\s{1,3})?$/i;
/** Added to a gap that crosses an item separator: any gap within the item is nearer. */
const acrossItems = 1e6;
/** The words that put a figure on the other side of a comparison: "against 58.4%", "vs. 80.8%", "up from 80.6%". */
const comparedFigure = /\b(?:against|vs\.?|versus|compared (?:with|to)|than|(?:up|down|rising|falling|climbing|dropping)[ \t]{1,3}from)\s{0,3}(?:about\s|roughly\s|just\s)?$/i;

/**
 * The entity a figure is "for" or "by", named right after it: "66.6 percent for Opus 4.6",
 * "83.1% by Mythos Preview". Undefined when none is.
 */
function entityFor(value: Claim['values'][number], context: ClaimContext): EntityMention | undefined {
  const { sentenceText, start, sentenceMentions: mentions } = context;
  const to = value.span.end;
  // The mentions are in order: only those starting within 12 characters after the figure are read.
  for (let i = firstAtOrAfter(mentions, to, (e) => e.span.start); i < mentions.length && mentions[i].span.start - to <= 12; i++) {
    const e = mentions[i];
    if (figureFor.test(sentenceText.slice(to - start, e.span.start - start))) return e;
  }
  return undefined;
}

/**
 * Which entity each figure of a claim is "for" (see `entityFor`), or is paired with by
 * "respectively" (see `respectivePairs`), read once per claim.
 */
interface Bindings {
  /** By figure: the entity it is "for", if any. */
  readonly of: readonly (EntityMention | undefined)[];
  /** The figures of lists "respectively" could not pair with names: nearness does not tell whose each is. */
  readonly unpaired: ReadonlySet<number>;
  /** The mentions some figure is "for". */
  readonly mentions: ReadonlySet<EntityMention>;
  /** Whether some figure is "for" no entity. */
  readonly someFree: boolean;
  /** The entities named only as what figures are "for" (no other mention), with their kind. */
  readonly onlyBound: ReadonlyMap<string, string>;
}

/** The entity "respectively" pairs each figure with, by context: what `boundTo` reads before "for". */
const respectiveOf = new WeakMap<ClaimContext, ReadonlyMap<Claim['values'][number], EntityMention>>();

/**
 * The entity a figure is bound to: the one "respectively" pairs it with, else the one it is
 * "for", else the one that labels it inside brackets ("(Opus 4.6: 66.6%)", see `parenthesisLabel`).
 */
function boundTo(value: Claim['values'][number], context: ClaimContext): EntityMention | undefined {
  return respectiveOf.get(context)?.get(value) ?? namedBoundTo(value, context) ?? comparedOf.get(context)?.get(value);
}

/** The entity a figure is "for", or that labels it inside brackets: the names bound to it right beside it. */
function namedBoundTo(value: Claim['values'][number], context: ClaimContext): EntityMention | undefined {
  return entityFor(value, context) ?? parenthesisLabel(context.sentenceText, context.start, context.sentenceMentions, value);
}

/** The entity a comparison of two names gives each figure of its pairs, by context (see `comparedPairs`). */
const comparedOf = new WeakMap<ClaimContext, ReadonlyMap<Claim['values'][number], EntityMention>>();

function bindingsOf(values: Claim['values'], context: ClaimContext): Bindings {
  // "77.8% and 53.4% for Mythos Preview and Opus 4.6, respectively": the pairing, not the "for", binds the 53.4%.
  const pairs = respectivePairs(context.sentenceText, context.start, context.sentenceMentions, values);
  if (pairs) {
    const paired = new Map<Claim['values'][number], EntityMention>();
    pairs.of.forEach((e, vi) => e && paired.set(values[vi], e));
    respectiveOf.set(context, paired);
  } else {
    // "Mythos Preview is well ahead of Opus 4.6: 83.1% against 66.6% on CyberGym": the order of the comparison binds each figure of a pair.
    const compared = comparedPairs(context.sentenceText, context.start, context.sentenceMentions, values, (vi) => namedBoundTo(values[vi], context) !== undefined);
    if (compared) {
      const paired = new Map<Claim['values'][number], EntityMention>();
      compared.forEach((e, vi) => e && paired.set(values[vi], e));
      comparedOf.set(context, paired);
    }
  }
  const of = values.map((v) => boundTo(v, context));
  const mentions = new Set<EntityMention>();
  for (const b of of) if (b) mentions.add(b);
  const onlyBound = new Map<string, string>();
  if (mentions.size) {
    for (const b of mentions) onlyBound.set(b.id, b.kind);
    for (const e of context.sentenceMentions) if (!mentions.has(e)) onlyBound.delete(e.id);
  }
  return { of, unpaired: pairs?.unpaired ?? noFigures, mentions, someFree: of.includes(undefined), onlyBound };
}

/** Whether a figure is "for" a subject of the rule's kinds that is not the fact's ("66.6 percent for Opus 4.6" is no Mythos Preview score). */
function isOthersFigure(rule: FactRule, bound: EntityMention | undefined): boolean {
  return bound !== undefined && rule.rivalKinds.has(bound.kind) && !rule.fact.entities.includes(bound.id);
}

/**
 * Whether the fact's subject is named in the sentence only as the subject another figure is
 * "for": in "83.1% on CyberGym vs 66.6% for Opus 4.6, and 93.9% on SWE-bench Verified", Opus
 * 4.6 is the 66.6%'s, so the 93.9% is no Opus 4.6 score (it names no subject of its own).
 */
function isSubjectOfAnotherFigure(rule: FactRule, vi: number, values: Claim['values'], context: ClaimContext, bindings: Bindings): boolean {
  if (bindings.of[vi] || !bindings.onlyBound.size) return false;
  // The other side of a comparison repeats the pattern: "93.9% against 80.8% for Opus 4.6, and
  // on SWE-bench Pro 77.8% against 58.4%" gives Opus 4.6 the 58.4%.
  const at = values[vi].span.start - context.start;
  if (comparedFigure.test(context.sentenceText.slice(Math.max(0, at - 16), at))) return false;
  for (const id of rule.fact.entities) {
    const kind = bindings.onlyBound.get(id);
    if (kind !== undefined && rule.rivalKinds.has(kind)) return true;
  }
  return false;
}

/**
 * Whether the sentence tells the event a gap counts from by that event's own cues (see `toldEvent`),
 * and `named` names that event's world, as a definite description's would be.
 */
function toldWorldNamed(rule: FactRule, context: ClaimContext, rules: FactRules, named: (id: string) => boolean): boolean {
  const told = eventToldAfter(rule, context.sentenceText, context.start, cueSpansAt(rule, context), rules);
  const world = told === undefined ? undefined : rules.descriptions.get(told)?.world;
  if (!world) return false;
  for (const e of world) if (named(e)) return true;
  return false;
}

/** The word after a duration that names what it is counted from: "18 days after …". */
const countedFrom = /^[ \t]{1,3}(after|before|since|from)[ \t]/i;

/** A pronoun right after the relation word: "after it was submitted", "since they applied". */
const pronounAfterRelation = /^\p{L}+[ \t]+(?:it|they|this|that)[ \t]/u;

/**
 * Whether the thing of a cue that sets the relation word before it ("after the application")
 * stands in `before`, the sentence up to the figure: a pronoun after the figure's relation word
 * then points back to it ("approved the application 67 days after it was submitted").
 */
function namedBefore(cue: string, word: string, before: string): boolean {
  const thing = cue.slice(word.length + 1).replace(/^(?:the|a|an|its|their)[ \t]+/i, '').toLowerCase();
  return thing.length > 2 && before.toLowerCase().includes(thing);
}

/**
 * Whether a duration is counted from another event than the fact's, when the fact names its
 * own with a cue ("after the leak"): "The DOD's filing landed 18 days after the February 27
 * designation" is no leak-to-announcement gap; "eleven days after the leak", "eleven days
 * after the Mythos leak" (the fact's entity) and "eleven days after a misconfigured system left
 * unpublished files open" (told by the leak's own cues) are.
 */
function measuredFromAnother(rule: FactRule, value: Claim['values'][number], context: ClaimContext, rules: FactRules): boolean {
  if (value.kind !== 'duration') return false;
  const { sentenceText, start } = context;
  const at = value.span.end - start;
  const m = countedFrom.exec(sentenceText.slice(at, at + 12));
  if (!m) return false;
  const word = m[1].toLowerCase();
  const own = (rule.fact.cues ?? []).filter((c) => c.toLowerCase().startsWith(`${word} `));
  if (!own.length) return false;
  // From the relation word on: "after the February 27 designation, and …".
  const from = at + m[0].length - m[1].length - 1;
  const rest = sentenceText.slice(from, from + 60).toLowerCase();
  if (own.some((c) => rest.startsWith(c.toLowerCase()))) return false;
  // "approved the application 67 days after it was submitted": the pronoun is the thing of the fact's cue, named before.
  if (pronounAfterRelation.test(rest) && own.some((c) => namedBefore(c, word, sentenceText.slice(0, value.span.start - start)))) return false;
  // The phrase up to its clause's end names one of the fact's entities: "after the Mythos leak".
  const clause = rest.search(/[,;:()]/);
  const end = start + from + (clause < 0 ? rest.length : clause);
  if (context.sentenceMentions.some((e) => e.span.start > start + from && e.span.start < end && rule.fact.entities.includes(e.id))) return false;
  // Or it tells one of them by its own cues: "after a misconfigured content management system left … unpublished files open" (see `toldEvent`).
  return eventToldAfter(rule, sentenceText, start, cueSpansAt(rule, context), rules) === undefined;
}

/**
 * How near a figure stands to the nearest of a fact's key entities (or the `entities` given) or cues in the sentence
 * (Infinity: neither in it): the characters between them, plus `acrossItems` when a comma,
 * a bracket or "and" stands between. In "53.4% on SWE-bench Verified and 80.8% on SWE-bench
 * Pro" each score is 4 characters from its own benchmark and across an "and" from the other's;
 * in "83.1% on CyberGym, 93.9% on SWE-bench Verified" the 93.9% belongs to SWE-bench Verified.
 */
function gapTo(rule: FactRule, value: Claim['values'][number], context: ClaimContext, lf: (offset: number) => number, entities: ReadonlySet<string> = rule.keyEntities): number {
  // "60.6% for Opus 4.6": the entity a figure is "for" is the figure's, whatever stands nearer before it.
  const bound = boundTo(value, context);
  if (bound && entities.has(bound.id)) return 0;
  const { sentenceText, start } = context;
  const separated = (g0: number, g1: number) => itemSeparator.test(sentenceText.slice(g0 - start, g1 - start));
  return nearestSpanGap(tiesIndex(rule, context, entities), value.span.start, value.span.end, lf, separated, acrossItems);
}

const tiesIndexes = new WeakMap<ClaimContext, Map<FactRule, Map<string, SpanIndex>>>();

/** The spans of the rule's cues and of its mentions among `entities` in the sentence, indexed once per claim. */
function tiesIndex(rule: FactRule, context: ClaimContext, entities: ReadonlySet<string>): SpanIndex {
  let byRule = tiesIndexes.get(context);
  if (!byRule) tiesIndexes.set(context, (byRule = new Map()));
  let byEntities = byRule.get(rule);
  if (!byEntities) byRule.set(rule, (byEntities = new Map()));
  const key = entities === rule.keyEntities ? '' : `\u0000${[...entities].join('\u0000')}`;
  let index = byEntities.get(key);
  if (!index) {
    const spans: [number, number][] = [];
    for (const e of context.sentenceMentions) if (entities.has(e.id)) spans.push([e.span.start, e.span.end]);
    const cues = cueSpansAt(rule, context);
    for (let i = 0; i < cues.length; i += 2) spans.push([cues[i], cues[i + 1]]);
    byEntities.set(key, (index = indexSpans(spans)));
  }
  return index;
}

/**
 * The fact a figure agrees with, unless a fact it contradicts stands strictly nearer to it and
 * has no figure nearer than this one: "53.4% on SWE-bench Verified and 80.8% on SWE-bench Pro"
 * swaps two scores, and each agrees with the fact of the benchmark named next to the other.
 * Facts whose nearest cue or entity is the same one stand equally near ("83.1% on CyberGym"
 * agrees with Mythos Preview's score though Opus 4.6's is a CyberGym score too); a fact with
 * a figure of its own nearer ("93.9% (vs. 80.8%) and on SWE-bench Pro 77.8%") blocks nothing.
 * In a list of figures that "respectively" could not pair with a list of names (see
 * `respectivePairs`), nearness tells nothing of whose a figure is: one agrees with any fact it
 * agrees with, so that no fix ever writes another subject's figure over one right for its own.
 */
function agreeingRule(
  candidates: readonly TiedRule[],
  values: Claim['values'],
  vi: number,
  context: ClaimContext,
  lf: (offset: number) => number,
  bindings: Bindings,
): FactRule | undefined {
  const value = values[vi];
  let agreeing: FactRule[] | undefined;
  let contradicting: FactRule[] | undefined;
  for (const c of candidates) {
    const verdict = compareFor(c.rule, value, context);
    if (verdict === 'agrees') (agreeing ??= []).push(c.rule);
    else if (verdict === 'contradicts') (contradicting ??= []).push(c.rule);
  }
  if (!agreeing) return undefined;
  if (agreeing.length === 1 && !contradicting) return agreeing[0];
  // Of several facts it agrees with, a figure is the nearest one's: "up to $100 million in usage
  // credits" agrees with a $4 million donation too, but its cue stands next to the credits.
  let nearest = agreeing[0];
  let distance = Infinity;
  for (const rule of agreeing) {
    const d = gapTo(rule, value, context, lf);
    if (d < distance) {
      nearest = rule;
      distance = d;
    }
  }
  if (!contradicting || bindings.unpaired.has(vi)) return nearest;
  for (const rule of contradicting) {
    // Facts of one measure share its cues ("year-old", "flaw"), which stand as near every figure:
    // the entity that tells the fact apart, just after the figure, decides. "a 16-year-old flaw
    // in OpenBSD and a 27-year-old bug in FFmpeg" swaps two ages.
    if (sameMeasureApart(rule, nearest) && ownEntityJustAfter(rule, value, context) && !ownEntityJustAfter(nearest, value, context)) return undefined;
    // A key entity both facts have tells them apart no more than for any other figure: "Mythos
    // Preview is 93.9% on SWE-bench Pro and 77.8% on SWE-bench Verified" stands as near the
    // model for both scores, and the benchmarks decide.
    const shares = sharesKeys(rule, nearest);
    const agreeingAt = shares ? gapTo(nearest, value, context, lf, keysApart(nearest, rule)) : distance;
    // Nor does a name the agreeing fact is of as well, if not as a key: "The VDPO fined Kestrel €12 million, or
    // 2.5 per cent of its revenue" names Kestrel for the fine as for its revenue, and the cues decide.
    const keys = withoutEntitiesOf(keysApart(rule, nearest), nearest);
    const d = gapTo(rule, value, context, lf, keys);
    if (d < agreeingAt && !hasNearerFigure(rule, values, vi, d, context, lf, keys)) return undefined;
  }
  return nearest;
}

/** The entities of `keys` that are none of `other`'s fact's entities (`keys` itself when none is). */
function withoutEntitiesOf(keys: ReadonlySet<string>, other: FactRule): ReadonlySet<string> {
  let shared = false;
  for (const e of keys) if (other.fact.entities.includes(e)) shared = true;
  return shared ? new Set([...keys].filter((e) => !other.fact.entities.includes(e))) : keys;
}

/** Whether two facts share a key entity (two scores of one model, or two models' scores on one benchmark). */
function sharesKeys(a: FactRule, b: FactRule): boolean {
  for (const e of a.keyEntities) if (b.keyEntities.has(e)) return true;
  return false;
}

/** The key entities of `rule` that `other` does not share (all of them when they share none): what tells the two apart. */
function keysApart(rule: FactRule, other: FactRule): ReadonlySet<string> {
  return sharesKeys(rule, other) ? new Set([...rule.keyEntities].filter((e) => !other.keyEntities.has(e))) : rule.keyEntities;
}

/**
 * Whether `rule` stands nearer the figure than `other` by the key entities that tell the two
 * apart, of two facts that stand equally near it: in "on SWE-bench Pro 77.8% against 55.4% for
 * Opus 4.6" the 55.4% stands as near Opus 4.6's SWE-bench Verified score as its SWE-bench Pro
 * score (through the name it is "for"), and the benchmark named before the pair decides.
 */
function nearerApart(rule: FactRule, other: FactRule, value: Claim['values'][number], context: ClaimContext, lf: (offset: number) => number): boolean {
  if (!sharesKeys(rule, other)) return false;
  return gapTo(rule, value, context, lf, keysApart(rule, other)) < gapTo(other, value, context, lf, keysApart(other, rule));
}

/**
 * Whether `rule` stands nearer the figure than `other` by the names that tell the two apart, when
 * a key entity of one is an entity of the other's fact too (undefined when none is): "The VDPO
 * fined Kestrel €13 million, or 2.5 per cent of its revenue" names Kestrel for the fine as for its
 * revenue, and the cue "fined" puts the figure with the fine.
 */
function nearerByOwnNames(rule: FactRule, other: FactRule, value: Claim['values'][number], context: ClaimContext, lf: (offset: number) => number): boolean | undefined {
  const own = withoutEntitiesOf(rule.keyEntities, other);
  const others = withoutEntitiesOf(other.keyEntities, rule);
  if (own === rule.keyEntities && others === other.keyEntities) return undefined;
  return gapTo(rule, value, context, lf, own) < gapTo(other, value, context, lf, others);
}

/**
 * Each figure left with no fact that is a bare baseline of the figure before it ("93.9% on
 * SWE-bench Verified (up from 80.6%)", see `baselineOf`), held against the same measure's
 * figure of the one other subject on record (see `baselineRule`): added to `agreed` or `against`.
 * A baseline "for" a subject ("up from 66.6% for Opus 4.6") is that subject's, as before.
 */
function heldAgainstBaselines(
  values: Claim['values'],
  context: ClaimContext,
  rules: FactRules,
  agreed: Map<number, FactRule>,
  against: Map<number, FactRule>,
  bindings: Bindings,
  only: ReadonlySet<number> | undefined,
): void {
  let used: Set<FactRule> | undefined;
  for (let vi = 1; vi < values.length; vi++) {
    if (agreed.has(vi) || against.has(vi) || (only && !only.has(vi)) || bindings.of[vi]) continue;
    const baseline = baselineOf(context.sentenceText, context.start, values, vi);
    const main = baseline && (agreed.get(baseline.of) ?? against.get(baseline.of));
    if (!baseline || !main || !measuredAsMain(baseline, main, context.sentenceText, context.start, context.sentenceMentions)) continue;
    used ??= new Set([...agreed.values(), ...against.values()]);
    const rule = baselineRule(baseline, values[vi], values[baseline.of], main, rules, (r) => used!.has(r));
    if (!rule || setAgainstOther(context.sentenceText, context.start, context.sentenceMentions, rule)) continue;
    used.add(rule);
    if (compareFor(rule, values[vi], context) === 'agrees') agreed.set(vi, rule);
    else against.set(vi, rule);
  }
}

/**
 * Whether the clause of a figure gives it to another fact than the rule's (see `figureClause`):
 * a clause that tells another fact of the rule's measure from it (by a name no other figure of
 * the sentence is "for": in "on SWE-bench Pro 77.8% against 53.4% for Opus 4.6" Opus 4.6 is the
 * 53.4%'s, and tells nothing of whose the 77.8% is); a clause whose subject is a
 * thing of its own, or, for a rule tied only by the paragraph, the surroundings or its actors, a
 * clause that speaks of another party's thing (see `otherParty`); or, for a rule tied only by the
 * paragraph or the surroundings, a clause that names a subject of another fact.
 */
function figureClauseCheck(
  values: Claim['values'],
  context: ClaimContext,
  cued: readonly FactRule[],
  tied: readonly TiedRule[],
  actorOnly: (rule: FactRule) => boolean,
  bindings: Bindings,
): (rule: FactRule, vi: number) => boolean {
  const clauses: ReturnType<typeof clauseOf>[] = [];
  let firm: FactRule[] | undefined;
  const spansOf = (rule: FactRule) => cueSpansAt(rule, context);
  const { sentenceText, start, sentenceMentions } = context;
  // The names that tell a figure's clause: all but those another figure is "for".
  const telling = (vi: number) => (bindings.mentions.size ? sentenceMentions.filter((e) => !bindings.mentions.has(e) || bindings.of[vi] === e) : sentenceMentions);
  // Asked for the same figure and rule by every round of the verdict: each answer is kept.
  const answers: ((rule: FactRule) => boolean)[] = [];
  return (rule, vi) => (answers[vi] ??= memoByRule((r) => givesOther(r, vi)))(rule);
  function givesOther(rule: FactRule, vi: number): boolean {
    const clause = (clauses[vi] ??= clauseOf(sentenceText, start, values[vi].span));
    if (!clause.whole && clauseOfOtherMeasure(rule, clause.span, cued, telling(vi), spansOf)) return true;
    const tie = tied.find((c) => c.rule === rule)?.tie;
    if (tie === undefined) return false;
    // Another party's thing, or a subject of the clause's own (see `otherParty`).
    if ((tie <= 1 || actorOnly(rule)) && weakTieToOtherParty(rule, sentenceText, start, clause.span, values[vi].span, sentenceMentions)) return true;
    // "24 participants confirmed for the tabletop exercise": a count said to be another thing's borrows no subject.
    if (tie <= 1 && countsForOtherThing(rule, values[vi], sentenceText, start)) return true;
    if (subjectOfItsOwn(rule, sentenceText, start, clause.span, values[vi].span, sentenceMentions)) return true;
    // "reports to this committee, which was established in 2019": the relative clause speaks of the committee.
    if (inRelativeClauseOfOther(rule, sentenceText, start, values[vi].span, sentenceMentions)) return true;
    if (tie > 1) return false;
    firm ??= tied.filter((c) => c.tie >= 2).map((c) => c.rule);
    return firm.length > 0 && clauseNamesOwnSubject(rule, clause.span, firm, context.sentenceMentions);
  }
}

/** `test`, answering each rule once. */
function memoByRule(test: (rule: FactRule) => boolean): (rule: FactRule) => boolean {
  const answers = new Map<FactRule, boolean>();
  return (rule) => {
    let answer = answers.get(rule);
    if (answer === undefined) answers.set(rule, (answer = test(rule)));
    return answer;
  };
}

/** Whether a strict bound ("more than", "fewer than") stands against a figure on record that is no bound the same way. */
function strictAgainstFigure(value: Claim['values'][number], fact: NonNullable<FactRule['fact']['value']>): boolean {
  const recordApprox = 'approx' in fact ? fact.approx : 'exact';
  if (value.approx === 'more-than') return recordApprox !== 'more-than' && recordApprox !== 'at-least';
  if (value.approx === 'less-than') return recordApprox !== 'less-than' && recordApprox !== 'up-to';
  return false;
}

/**
 * `compareValue` for the rule's fact, with a bound word that ends one of its cues read as the cue's ("passed over
 * 500,000 times": see `readWithCue`), against the record as the sentence counts it (see `recordsFor`): of several
 * readings, the figure contradicts only when it contradicts each, and agrees only when it agrees with each.
 */
function compareFor(rule: FactRule, value: Claim['values'][number], context: ClaimContext): ReturnType<typeof compareValue> {
  const read = readFor(rule, value, context);
  const records = recordsFor(rule, value, context);
  if (records.length === 1) return compareRead(rule, read, records[0]);
  const verdicts = records.map((record) => compareRead(rule, read, record));
  return verdicts.every((v) => v === verdicts[0]) ? verdicts[0] : 'unknown';
}

/** `compareValue` of a figure as the rule reads it with one record. */
function compareRead(rule: FactRule, read: Claim['values'][number], record: FactValue): ReturnType<typeof compareValue> {
  const verdict = compareValue(read, record);
  // The bound the fact's own statement puts on its figure, a threshold's "more than 10^25 FLOP", says what the record says.
  if (verdict === 'contradicts' && read.approx !== undefined && read.approx === rule.statedBound && compareValue({ ...read, approx: undefined }, record) === 'agrees') return 'agrees';
  return verdict;
}

/** The names each count of a claim sets apart (see `exceptedNames`), by context: read once per judgement. */
const exceptedOf = new WeakMap<ClaimContext, ReadonlyMap<Claim['values'][number], readonly EntityMention[]>>();

/**
 * The records a figure is held against: the fact's own, or, for a count that sets names apart ("11 founding
 * partners besides Anthropic"), the record less those it counts, or both when the fact base does not say whom it
 * counts (see `exceptedRecords`).
 */
function recordsFor(rule: FactRule, value: Claim['values'][number], context: ClaimContext): readonly FactValue[] {
  const record = rule.fact.value!;
  const names = exceptedOf.get(context)?.get(value);
  return names ? exceptedRecords(record, names, rule.counted) : [record];
}

/** The figure as the rule's fact reads it: a bound word that ends one of its cues is the cue's, not the figure's (see `readWithCue`). */
function readFor(rule: FactRule, value: Claim['values'][number], context: ClaimContext): Claim['values'][number] {
  return value.approx === 'more-than' || value.approx === 'less-than' ? readWithCue(value, cueSpansAt(rule, context), context.sentenceText, context.start) : value;
}

/**
 * Whether a figure of the sentence agrees with the rule's fact although it was kept from it (it
 * seemed counted from another event, to count another thing, to be another entity's), and is no
 * other fact's: the fact is then not held against another figure. "approved the application 67
 * days after it was submitted, seven days beyond the 60-day deadline" agrees with the 67-day gap
 * on record, so "seven days" is no wrong gap, whatever else the fact base holds. Swapped figures
 * ("53.4% on SWE-bench Verified and 80.8% on SWE-bench Pro") fit both facts and stay contradicted,
 * and so do figures the sentence gives to other subjects of the fact's kind, "for" them or by
 * "respectively" ("83.1% for Opus 4.6 and 66.6% for Mythos Preview"): kept from the fact by what
 * the sentence says, not by a doubt.
 */
function agreedElsewhere(
  rule: FactRule,
  values: Claim['values'],
  only: ReadonlySet<number> | undefined,
  agreed: ReadonlyMap<number, FactRule>,
  fitsFigure: (vi: number) => (rule: FactRule) => boolean,
  context: ClaimContext,
  bindings: Bindings,
  givenToOther: (rule: FactRule, vi: number) => boolean,
): boolean {
  const record = rule.fact.value;
  if (!record) return false;
  for (let vi = 0; vi < values.length; vi++) {
    // A figure the sentence does not assert ("did not pledge $4 million but $40 million") agrees with nothing.
    if (only && !only.has(vi)) continue;
    const other = agreed.get(vi);
    // "On SWE-bench Pro it scores 53.4%, up from 77.8% for Opus 4.6": the sentence gives Opus 4.6 the 77.8%, so the 53.4% is no Opus 4.6 score that agrees.
    if ((other && other !== rule) || isOthersFigure(rule, bindings.of[vi]) || isSubjectOfAnotherFigure(rule, vi, values, context, bindings)) continue;
    // A figure its clause gives to another fact of the measure is that fact's ("a 16-year-old flaw in OpenBSD; the FFmpeg bug was 27 years old" swaps two ages).
    if (isComparable(values[vi], record) && compareFor(rule, values[vi], context) === 'agrees' && (other === rule || (!fitsFigure(vi)(rule) && !givenToOther(rule, vi)))) return true;
  }
  return false;
}

/** Whether another figure of the sentence, comparable with the rule's fact, stands nearer to it than `distance`. */
function hasNearerFigure(
  rule: FactRule,
  values: Claim['values'],
  vi: number,
  distance: number,
  context: ClaimContext,
  lf: (offset: number) => number,
  keys: ReadonlySet<string> = rule.keyEntities,
): boolean {
  for (let k = 0; k < values.length; k++) {
    if (k !== vi && isComparable(values[k], rule.fact.value!) && relationFits(values[k], rule.fact) && gapTo(rule, values[k], context, lf, keys) <= distance) return true;
  }
  return false;
}

/**
 * Whether a date is another thing's by what the sentence writes it with: the cue of another dated
 * fact governs it (see `datedByOtherCue`), or a verb of another event than the rule's does (see
 * `datedByOtherVerb`, `datedByVerbOnObject`), or, in a sentence that names another thing of the
 * rule's kind, the rule's own thing does not (see `datesOfOwnThing`).
 */
function dateOfOtherThing(rule: FactRule, values: Claim['values'], vi: number, context: ClaimContext, found: readonly FactRule[], used: Notes): boolean {
  const value = values[vi];
  if (value.kind !== 'date') return false;
  const own = used.ownDates?.get(rule);
  if (own) return !own.has(vi);
  return (
    datedByOtherCue(rule, value, context.sentenceText, context.start, found, context.sentenceMentions) ||
    datedByOtherVerb(rule, value, context.sentenceText, context.start, context.sentenceMentions) ||
    datedByVerbOnObject(rule, value, context.sentenceText, context.start, found)
  );
}

/** Whether two facts measure the same thing of different subjects, each with an entity of its own (OpenBSD's flaw, FFmpeg's bug). */
function sameMeasureApart(a: FactRule, b: FactRule): boolean {
  return a.fact.measure !== undefined && a.fact.measure === b.fact.measure && a.ownEntities.size > 0 && b.ownEntities.size > 0;
}

/**
 * Whether one of the fact's own entities follows the figure within a few words, with no comma,
 * bracket or "and" between: the figure's noun phrase names it ("a 16-year-old flaw in OpenBSD").
 */
function ownEntityJustAfter(rule: FactRule, value: Claim['values'][number], context: ClaimContext): boolean {
  const to = value.span.end;
  for (const e of context.sentenceMentions) {
    if (e.span.start < to || e.span.start - to > 16 || !rule.ownEntities.has(e.id)) continue;
    if (!itemSeparator.test(context.sentenceText.slice(to - context.start, e.span.start - context.start))) return true;
  }
  return false;
}

/**
 * Compare a claim's figures with the facts they are tied to, one fact to one figure. A fact
 * that a figure agrees with is that figure's, and is not held against another figure of the
 * sentence ("83.1% …, against 66.6% for Opus 4.6": the 66.6% is Opus 4.6's score, so the
 * 83.1% is not measured against it). Of the facts left, each figure is held against the one
 * whose key entity or cue stands nearest it, and each fact against one figure at most, the
 * nearest ("ten founding partners and more than 40 other organizations": the ten). A figure
 * the sentence does not assert ("did not pledge $40 million", "should double it to $8 million")
 * is left unverified (see `unassertedFigures`).
 */
export function judgeClaim(claim: Claim, context: ClaimContext, rules: FactRules): ClaimVerdict {
  if (!claim.values.length) return unverified;
  // Most sentences hold no cue of any fact: stop before looking at entities.
  // "1.5 times that of Opus 4.6": the multiplier's "times" cues no count of times.
  const cuedHere = withoutMultiplierCues(context.cued ?? rulesWithCue(rules, context.sentenceText), claim, context.sentenceText, context.start, context.headerText);
  // "the judgment of the Court of Appeal": a cue in lower case, capitalised inside a name, is the name's word.
  // "the weather was fine and dry": a cue said of the subject after a copula, as an adjective, is no cue.
  const found = cuedHere.length
    ? withoutPredicateCues(withoutCuesInNames(cuedHere, context.sentenceText, context.start, context.sentenceMentions, context.headerText), context.sentenceText)
    : cuedHere;
  if (!found.length) return unverified;
  // A figure the sentence denies, supposes, proposes or predicts is not held against the record.
  // Most claims tie no figure to a fact: the sentence's mood is read only for one that does.
  // (A verdict with no check is final unless a figure that agrees with a fact kept it from
  // another figure: unasserted, that figure would not, and the other could be contradicted.)
  const probe: Probe = { blocked: false };
  const all = judgeFigures(claim, context, rules, found, noFigures, probe);
  if (!all.checks.length && !probe.blocked) return all;
  const unasserted = unassertedFigures(context.sentenceText, context.start, claim.values, context.corrected);
  // A figure in a quotation credited to a party the fact base does not know is what they said, not the writer's claim.
  for (const vi of context.othersWords?.() ?? []) unasserted.add(vi);
  if (!unasserted.size) return all;
  if (unasserted.size === claim.values.length) return unverified;
  return judgeFigures(claim, context, rules, found, unasserted);
}

const noFigures: ReadonlySet<number> = new Set();

/** What a judgement tells its caller besides the verdict: whether `agreedElsewhere` kept a fact from a figure. */
interface Probe {
  blocked: boolean;
}

/** `judgeClaim` for the figures not in `unasserted`, with the rules whose cue the context holds (`found`). */
function judgeFigures(claim: Claim, context: ClaimContext, rules: FactRules, found: readonly FactRule[], unasserted: ReadonlySet<number>, probe?: Probe): ClaimVerdict {
  const asserted = unasserted.size ? new Set(claim.values.keys()) : undefined;
  for (const vi of unasserted) asserted!.delete(vi);
  const apart = datesApartFromReferences(claim, context, found);
  if (!apart) return judgeValues(claim, context, rules, found, asserted, probe);
  // Dates outside the phrases that name an event as a reference point are judged without those phrases.
  const { dates, blanked } = apart;
  const rest = new Set<number>();
  for (let vi = 0; vi < claim.values.length; vi++) if (!dates.has(vi) && !unasserted.has(vi)) rest.add(vi);
  for (const vi of unasserted) dates.delete(vi);
  const outside = dates.size ? judgeValues(claim, blanked, rules, blanked.cued!, dates, probe) : unverified;
  return rest.size ? mergeVerdicts(outside, judgeValues(claim, context, rules, found, rest, probe)) : outside;
}

/**
 * The dates of a claim that stand outside every phrase naming an event only as a reference point
 * ("twelve years to the day before the Glasswing launch", "ahead of the launch"), and the
 * context they are judged in: the sentence with those phrases blanked and their entities left out.
 * Undefined when the sentence has no such phrase or no date outside one.
 */
function datesApartFromReferences(claim: Claim, context: ClaimContext, found: readonly FactRule[]): { dates: Set<number>; blanked: ClaimContext } | undefined {
  const dated = found.filter((r) => r.fact.value?.type === 'date');
  if (!dated.length || !claim.values.some((v) => v.kind === 'date')) return undefined;
  const spans: number[] = [];
  for (const rule of dated) spans.push(...cueSpansAt(rule, context));
  const phrases = referencePhrases(context.sentenceText, context.start, spans, claim.values);
  if (!phrases.length) return undefined;
  const dates = new Set<number>();
  claim.values.forEach((v, vi) => {
    if (v.kind === 'date' && !insidePhrase(phrases, v.span.start, v.span.end)) dates.add(vi);
  });
  if (!dates.size) return undefined;
  const sentenceText = blankPhrases(context.sentenceText, context.start, phrases);
  const lower = sentenceText.toLowerCase();
  const header = context.headerText;
  // A rule cued by the column's header keeps its cue; one cued only inside a phrase loses it.
  const cued = found.filter((r) => !r.cues.length || hasCue(r, sentenceText, lower) || (header !== undefined && hasCue(r, header, header.toLowerCase())));
  const sentenceMentions = context.sentenceMentions.filter((e) => !insidePhrase(phrases, e.span.start, e.span.end));
  return { dates, blanked: { ...context, sentenceText, sentenceMentions, cued } };
}

/** One verdict from two judged on different figures of the same claim. */
function mergeVerdicts(a: ClaimVerdict, b: ClaimVerdict): ClaimVerdict {
  const checks = [...a.checks, ...b.checks].sort((x, y) => x.valueIndex - y.valueIndex);
  const contradictions = [...a.contradictions, ...b.contradictions].sort((x, y) => x.valueIndex - y.valueIndex);
  const surroundings = a.surroundings ?? b.surroundings;
  if (!checks.length) return surroundings === undefined ? unverified : { ...unverified, surroundings };
  const facts = [...new Set([...a.facts, ...b.facts])];
  return { status: contradictions.length ? 'contradicted' : 'confirmed', facts, checks, contradictions, ...(surroundings === undefined ? {} : { surroundings }) };
}

/** `judgeClaim` for the figures in `only` (all when absent), with the rules whose cue the context holds. */
function judgeValues(claim: Claim, context: ClaimContext, rules: FactRules, found: readonly FactRule[], only?: ReadonlySet<number>, probe?: Probe): ClaimVerdict {
  const values = claim.values;
  if (!found.length) return unverified;
  // A dated event the sentence puts in the future is not the one on record.
  const future = found.filter((r) => onlyFutureEvents(r, context.sentenceText));
  const cued = future.length ? found.filter((r) => !future.includes(r)) : found;
  if (!cued.length) return unverified;
  const sentenceIds = new Set(context.sentenceMentions.map((e) => e.id));
  // "After Anthropic announced Glasswing, OpenAI signed 15 founding partners": what a clause of time names only dates another's act.
  for (const id of timeClauseOnlyIds(context.sentenceText, context.start, values, context.sentenceMentions)) sentenceIds.delete(id);
  // "Google's group, not Anthropic, spent $250 million": a name denied in passing, and named nowhere else in the sentence, is no subject.
  const denied = context.sentenceMentions.length > 1 ? deniedNames(context.sentenceText, context.start, context.sentenceMentions) : undefined;
  if (denied?.size) {
    for (const e of denied) if (context.sentenceMentions.every((m) => m.id !== e.id || denied.has(m))) sentenceIds.delete(e.id);
  }
  const used: Notes = {};
  const bindings = bindingsOf(values, context);
  // "11 founding partners besides Anthropic" counts the partners but one.
  if (cued.some((r) => r.fact.value?.type === 'count')) {
    const excepted = exceptedNames(values, context.sentenceText, context.start, context.sentenceMentions);
    if (excepted) exceptedOf.set(context, excepted);
  }
  const tied = rulesFor(values, cued, context.sentenceText, sentenceIds, context, rules, used, bindings);
  if (!tied.length) return used.surroundings === undefined ? unverified : { ...unverified, surroundings: used.surroundings };

  let others: readonly FactRule[] | undefined;
  const otherMeasures = () => (others ??= untiedMeasures(cued, tied, context.sentenceText));
  const lf = lfOffsets(context);
  const clauseGivesOther = figureClauseCheck(values, context, cued, tied, (rule) => used.actorOnly?.has(rule) ?? false, bindings);
  // A date the sentence writes with another thing ("the Mythos leak on April 7", "the Alignment Risk Update on April 7") is kept from the rule by what it says.
  const givenToOther = (rule: FactRule, vi: number) => clauseGivesOther(rule, vi) || dateOfOtherThing(rule, values, vi, context, found, used);
  // A figure is a fact's when it is of the fact's kind, counts the fact's thing, and, for a fact tied only by its actors, stands in its cue's clause.
  // Asked again and again for the same figure and fact (each round, each pool, each figure's rivals): each answer is kept.
  const fits: ((rule: FactRule) => boolean)[] = [];
  const fitsFigure = (vi: number) => (fits[vi] ??= memoByRule(figureFits(vi)));
  const figureFits = (vi: number) => {
    const value = values[vi];
    return (rule: FactRule) =>
      !!rule.fact.value &&
      isComparable(value, rule.fact.value) &&
      relationFits(value, rule.fact) &&
      !countsOtherThing(rule, value, context.sentenceText, context.start) &&
      !modifiesOtherThing(rule, value, context.sentenceText, context.start) &&
      !countsOtherPartys(rule, value, context.sentenceText, context.start, context.sentenceMentions) &&
      !countsPerPeriod(rule, value, context.sentenceText, context.start) &&
      !isOthersFigure(rule, bindings.of[vi]) &&
      !isSubjectOfAnotherFigure(rule, vi, values, context, bindings) &&
      !measuredFromAnother(rule, value, context, rules) &&
      !datedByOtherCue(rule, value, context.sentenceText, context.start, found, context.sentenceMentions) &&
      !datedByOtherVerb(rule, value, context.sentenceText, context.start, context.sentenceMentions) &&
      !datedByVerbOnObject(rule, value, context.sentenceText, context.start, found) &&
      !(value.kind === 'date' && isCalendarMark(context.sentenceText, context.start, value.span)) &&
      bareMonthTied(rule, value, context.sentenceText, context.start, context.sentenceMentions) &&
      (!used.actorOnly?.has(rule) || sharesClause(context.sentenceText, context.start, value.span, cueSpansAt(rule, context))) &&
      (used.ownDates?.get(rule)?.has(vi) ?? true) &&
      !clauseGivesOther(rule, vi);
  };
  const agreed = new Map<number, FactRule>();
  const taken = new Set<FactRule>();
  // Twice: a figure whose strongest ties are facts other figures agree with may agree with a
  // weaker one once those are taken out.
  for (let round = 0; round < 2; round++) {
    const pool = round === 0 ? tied : tied.filter((c) => !taken.has(c.rule));
    if (round === 1 && (pool.length === tied.length || agreed.size === (only?.size ?? values.length))) break;
    for (let vi = 0; vi < values.length; vi++) {
      if (agreed.has(vi) || (only && !only.has(vi))) continue;
      const candidates = candidatesFor(pool, otherMeasures, fitsFigure(vi));
      const rule = agreeingRule(candidates, values, vi, context, lf, bindings) ?? weakerAgreeing(pool, used.agreeOnly, candidates, values[vi], context, lf);
      if (rule) agreed.set(vi, rule);
    }
    for (const rule of agreed.values()) taken.add(rule);
  }

  // Each figure left against its nearest contradicting fact; each fact keeps its nearest figure.
  const pool = tied.filter((c) => {
    if (taken.has(c.rule)) return false;
    if (!agreedElsewhere(c.rule, values, only, agreed, fitsFigure, context, bindings, givenToOther)) return true;
    if (probe) probe.blocked = true;
    return false;
  });
  const held = new Map<FactRule, { valueIndex: number; distance: number }>();
  for (let vi = 0; vi < values.length && pool.length; vi++) {
    if (agreed.has(vi) || (only && !only.has(vi))) continue;
    let nearest: FactRule | undefined;
    let distance = Infinity;
    for (const c of candidatesFor(pool, otherMeasures, fitsFigure(vi))) {
      if (compareFor(c.rule, values[vi], context) !== 'contradicts') continue;
      const d = gapTo(c.rule, values[vi], context, lf);
      const byOwnNames = nearest && nearerByOwnNames(c.rule, nearest, values[vi], context, lf);
      if (!nearest || (byOwnNames ?? (d < distance || (d === distance && nearerApart(c.rule, nearest, values[vi], context, lf))))) {
        nearest = c.rule;
        distance = d;
      }
    }
    if (!nearest) continue;
    const other = held.get(nearest);
    if (!other || distance < other.distance) held.set(nearest, { valueIndex: vi, distance });
  }
  const against = new Map<number, FactRule>();
  for (const [rule, { valueIndex }] of held) against.set(valueIndex, rule);

  heldAgainstBaselines(values, context, rules, agreed, against, bindings, only);

  const checks: FactCheck[] = [];
  const facts = new Set<string>();
  const contradictions: Contradiction[] = [];
  for (let vi = 0; vi < values.length; vi++) {
    const agreeing = agreed.get(vi);
    const contradicting = agreeing ? undefined : against.get(vi);
    const fact = (agreeing ?? contradicting)?.fact;
    if (!fact) continue;
    facts.add(fact.id);
    checks.push({ factId: fact.id, verdict: agreeing ? 'agrees' : 'contradicts', valueIndex: vi, recordText: describeValue(fact.value!) });
    if (contradicting) {
      // A qualified figure is replaced with its qualifier ("nearly 30" → "more than 30": see
      // `rewriteQualified`). A strict bound whose words cannot be replaced with it (read across
      // markup) excludes its own figure: "fewer than ten" mended to "fewer than twelve" would still
      // contradict twelve on record, so no figure alone is offered in its place (unless the record
      // is a bound the same way: "more than 60" mended to "more than 40"). A bare figure against a
      // bound on record gets the bound with the figure ("13" → "more than 30").
      const read = readFor(contradicting, values[vi], context);
      const written = read.qualified?.text ?? read.text;
      // Read two ways (see `recordsFor`), the figure has no one value to put in its place.
      const records = recordsFor(contradicting, values[vi], context);
      const record = records.length === 1 ? records[0] : undefined;
      const replacement = !record || (!read.qualified && strictAgainstFigure(read, record)) ? undefined : rewriteQualified(read, record);
      const apartNames = records.length > 1 || records[0] !== fact.value ? exceptedOf.get(context)?.get(values[vi]) : undefined;
      const setApart = apartNames && { names: takenNames(apartNames, contradicting.counted).map((e) => e.text), records };
      contradictions.push({
        valueIndex: vi,
        factId: fact.id,
        replacement: replacement && replacement !== written ? replacement : undefined,
        withQualifier: read.qualified !== undefined,
        ...(setApart ? { setApart } : {}),
      });
    }
  }
  const surroundings = used.surroundings;
  if (!checks.length) return surroundings === undefined ? unverified : { ...unverified, surroundings };
  return { status: contradictions.length ? 'contradicted' : 'confirmed', facts: [...facts], checks, contradictions, surroundings };
}

import type { ClaimValue } from '../types';
import { callSubject, callVerb } from './callDeadline';
import { meetingNoun } from './thingWords';

/**
 * Figures in the writer's own voice, which no source could support and which want no citation
 * (PL007): they tell what the writer will do, proposes or has done, not how the world is.
 * - a plan: a clause whose subject is the writer ("we", "I", "the author") with its verb in the
 *   future or as a plan ("we will update this brief after the April 29 hearing", "*The author will
 *   testify … on April 29.*", "We are hiring a policy fellow; applications close May 15"): its
 *   dates set in a phrase of time (after "on", "after the", "by"…), and those of a call's deadline
 *   in a clause after it ("applications close May 15");
 * - a proposal: a clause whose subject is one a recommendation is put to, a legislature, a
 *   government, an agency or regulator, or "we" ("Congress should require …, with a 30-day window
 *   for the agency to respond"), with "should", "ought to", "must", "need to" or "has to" (not "should
 *   have" or "must have", which judge or infer what happened), or one the writer opens on "we
 *   recommend", "we propose", "we urge"…: its figures, but not one of a thing the proposal takes
 *   as given ("reverse the $250 million cut", "the current 40%", "from 72 hours"), and its dates
 *   only as a deadline ("by 2027", "before 1 January 2027", "within"); "must" and "has to" are read
 *   as a proposal only where the sentence names no law behind the duty ("Under the Act, the
 *   agency must respond within 30 days" states the law);
 * - a career: a clause whose subject is "I" or "the author" with its verb in the past or the
 *   perfect ("I have worked on federal cyber policy since 2011", "I spent six years at CISA"): its
 *   dates and durations, not one of a thing it names as given ("since the March 26 leak"); not in a
 *   transcript's turn, where "I" is a witness or a guest the writer reports ("MS. CHEN-ABERNATHY:
 *   … I spent six years at the Department"), whose career a source may tell (a written statement
 *   of one's own, with no speaker's label, is the writer's voice);
 * - an imperative, where the writer recommends (see `OwnVoiceContext`) or after a recommendation's
 *   label ("Recommendation 3: Fund CAISI at $50 million a year."): read as a proposal.
 * A clause ends at a semicolon, a dash, a bracket or a word that opens a clause of its own ("that",
 * "which", "when", "because", "but", ", as"…; a proposal's "require that", "ensure that" go on, a
 * dash between two figures joins a range, "$60–$120", and a proposal's bracket that dates the span it
 * proposes goes on, its dates the writer's too: "over 24 months (1 June 2026 – 31 May 2028)"), so
 * "We will show that Anthropic disclosed the leak on March 27" still wants a citation. Nothing is
 * read inside a quotation or after a verb of saying or "according to", where the voice is
 * another's ('"I have worked on this since 2011," Amodei said'; "According to Amodei, Congress
 * should act by 2027"). One pass over the sentence: its clause openings, each read once.
 */

/** Words that may name the writer, or one a proposal is put to, in a sentence: the cheap test before the reading. */
const mayHoldOwnVoiceRe = /\b(?:we|i|author|should|ought|must|needs?|has|have|SHALL|committee|subcommittee|board|panel|group|force|inquiry)\b|\b(?:recommend|propos|urg|suggest|advis|call)/i;

/** Where a clause may open: after a comma, a semicolon, a colon or a dash (and the sentence's start). */
const openingRe = /[,;:—–]/gu;
/** Spaces and emphasis marks before a clause's first word (not quotation marks: words after one are another's). */
const leadRe = /[ \t\r\n*_]*/y;
/** A connective before a clause's subject: "Finally, we will …", "Second, Congress should …", "Therefore Congress should …". */
const connectiveRe = /(?:(?:and|but|so|then|therefore|thus|hence|also|instead|meanwhile|accordingly|first|second|third|finally|next|now|here|in\s+short)[ \t]+)?/iuy;

/** The writer as a clause's subject. */
const writer = String.raw`(?:we|i|the\s+authors?|this\s+author|the\s+(?:present\s+)?writers?)`;
/** "are", "am", "is" after the writer, also as "we're", "I'm". */
const writerIs = String.raw`(?:['’](?:re|m)|[ \t]+(?:am|are|is))`;
/** The writer's plan: a verb in the future or a plan ("we will", "I'll", "we're going to", "the author plans to"). */
const planRe = new RegExp(
  String.raw`${writer}(?:['’]ll|[ \t]+(?:will|shall)|${writerIs}[ \t]+(?:going|planning|due|scheduled|set)[ \t]+to|[ \t]+(?:plans?|intends?|aims?|hopes?)[ \t]+to)(?![\p{L}])`,
  'iuy',
);
/**
 * The writer's own body as a plan's subject, named by its bare noun as its own papers name it, a
 * defined term in capitals ("The Committee will next meet on …", "the Board will …", "Our
 * committee will …"); its verb in the future or as a plan. Not a body named more fully ("The Senate
 * Commerce Committee will …", another's), nor one in lower case after "the" ("the committee", which
 * news copy writes for another's). Case-sensitive: see `ownBodyPlan`.
 */
const ownBodyPlanRe = new RegExp(
  String.raw`(?:[Tt]he[ \t]+(?:Committee|Sub-?[Cc]ommittee|Board|Panel|Working[ \t]+Group|Steering[ \t]+Group|Task[ \t]*[Ff]orce|Inquiry)|[Oo]ur[ \t]+(?:[Cc]ommittee|[Ss]ub-?committee|[Bb]oard|[Pp]anel|[Ww]orking[ \t]+[Gg]roup|[Ss]teering[ \t]+[Gg]roup|[Tt]ask[ \t]*[Ff]orce|[Ii]nquiry))(?:[ \t]+(?:will|shall)|[ \t]+is[ \t]+(?:going|planning|due|scheduled|set)[ \t]+to|[ \t]+(?:plans|intends|aims|hopes)[ \t]+to)(?![\p{L}])`,
  'uy',
);
/** The writer's doing now, which may be set for a day to come: "we are hiring", "I'm testifying". */
const progressiveRe = new RegExp(String.raw`${writer}${writerIs}[ \t]+(?!going(?![\p{L}]))\p{L}{2,}ing(?![\p{L}])`, 'iuy');
/** A call's deadline in a clause after the writer's plan: "applications close May 15", "registration closes on", "submissions are due". */
const callDeadlineRe = new RegExp(String.raw`(?:${callSubject}|the\s+deadline)[ \t]+${callVerb}(?![\p{L}])`, 'iuy');
/**
 * The writer's own past: "I" or "the author" and a verb in the perfect, "was", or a verb of a
 * career in the past ("I have worked", "I spent", "The author served", "I covered").
 */
const careerRe =
  /(?:i|the[ \t]+author|this[ \t]+author)[ \t]+(?:\p{L}+ly[ \t]+)?(?:have|has|had|was|spent|led|ran|taught|wrote|began|left|held|sat|built|became|worked|served|covered|studied|advised|managed|directed|headed|chaired|joined|lived|practi[cs]ed|reported|tracked|followed|researched|consulted|lectured|testified|represented|edited|founded|co-founded|trained|specialized|specialised)(?![\p{L}])/iuy;
/**
 * Those a recommendation is put to: those who make the rules (a legislature, a government, "we"),
 * whom a "must" also asks to act, and the bodies that carry them out (an agency, a regulator, a
 * ministry), whom a "must" may bind by a law already in force ("Federal agencies must report
 * incidents within 72 hours"): only their "should" proposes.
 */
const ruleMakers = 'we|congress|parliament|legislatures?|lawmakers|legislators|policy-?makers|policy\\s+makers|governments?|administration|ministers|whitehall|senate|house';
const bodies = 'minister|ministry|ministries|secretary|departments?|agency|agencies|regulators?|authorities|authority|commission|council|committee|states';
/**
 * The subject of a proposal and its modal of duty: "Congress should", "the federal government
 * must", "US lawmakers ought to", "we should". Words before the addressee ("federal", "the House
 * Homeland Security") are read as its modifiers; a verb of another's among them is caught first
 * ("Critics argue Congress should", see `anothersVoiceFrom`).
 */
const proposalRe = new RegExp(
  String.raw`(?:(?:the[ \t]+)?(?:[\p{L}.-]+[ \t]+){0,3}?)?(?:(${ruleMakers})|${bodies})[ \t]+(?:\p{L}+ly[ \t]+)?(should|ought[ \t]+to|must|needs?[ \t]+to|has[ \t]+to|have[ \t]+to)(?![\p{L}])`,
  'iuy',
);
/**
 * After the modal, a verb of knowing, heeding or expecting: what follows is a thing to know, not
 * a proposal ("Lawmakers should know 40 organizations have access", "We should expect 90% by
 * 2027", "Congress must not forget the 27-year-old bug").
 */
const heedingAfterRe =
  /[ \t]+(?:(?:not|also|first|still|now)[ \t]+)?(?:know|remember|recall|forget|recogni[sz]e|note|notice|understand|reali[sz]e|acknowledge|accept|consider|ask|question|expect|anticipate|assume|worry|fear|hear|learn|read|see|look|examine|study|weigh|appreciate|bear|keep|be[ \t]+aware|take[ \t]+note|wonder|doubt|believe|trust)(?![\p{L}])/iuy;
/** The writer proposing: "we recommend (that)", "We therefore propose", "we urge", "we call on", "our recommendation is (that)", "this brief recommends". */
const proposerRe =
  /(?:(?:we|i)[ \t]+(?:\p{L}+ly[ \t]+|therefore[ \t]+|also[ \t]+|further[ \t]+)?(?:recommend|propose|urge|suggest|advise|call[ \t]+(?:on|upon|for)|ask)|(?:our|my)[ \t]+(?:\p{L}+[ \t]+)?(?:recommendation|proposal)s?[ \t]+(?:is|are)|this[ \t]+(?:brief|paper|report|note|memo|submission|response)[ \t]+(?:recommends|proposes|urges|calls[ \t]+(?:on|for)))(?![\p{L}])(?:[ \t]+that(?![\p{L}]))?/iuy;
/**
 * A requirement the document lays down in the capitals of RFC 2119, after its subject and a
 * requirement's label: "R-4.1 The Supplier MUST scan …", "Tenderers SHOULD state …", "The Contractor
 * SHALL NOT …". Capitals only: "must" in prose is the duty rule above.
 */
const requirementRe = /(?:[\p{L}\p{N}.()-]+[ \t]+){1,5}?(?:MUST|SHALL|SHOULD)(?:[ \t]+NOT)?(?![\p{L}])/uy;
/** After "should", "must": "have" and a participle, which judge or infer what happened ("should have disclosed", "must have found"). */
const perfectAfterRe = /[ \t]+(?:not[ \t]+)?have[ \t]+(?:been|\p{L}+(?:ed|en)|found|made|told|done|said|kept|held|paid|sent|built|set|put|led|brought|known|seen|lost|won|met|left|got|gotten|spent|run|begun|read|heard|sought|thought|taught|bought|caught|felt)(?![\p{L}])/iuy;

/**
 * A recommendation's label at the start of a sentence: "Recommendation 3:", "**Recommendation 3.**",
 * "Rec. 2 —": what follows is the writer's proposal, also when it is set as an imperative.
 */
const recommendationLabelRe = /^[^\p{L}]{0,6}(?:recommendation|rec\.?)[ \t]+\d{1,2}(?:\.\d{1,2})?[*_]{0,2}[ \t]*[:.—–-]/iu;
/** A number or letter that numbers an item before its imperative: "1. ", "(a) ", "4.1 ", "R3: ". */
const itemNumberRe = /(?:(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\d{1,2}(?:\.\d{1,2}){1,3}|R\d{1,2}[:.])[ \t]+)?/iuy;
/**
 * The verbs a recommendation set as an imperative opens on ("Require labs to report incidents within
 * 72 hours.", "Fund CAISI at $50 million a year."), capitalised or not (items under "Congress
 * should:"). Words that are as often nouns opening a statement ("Test", "Staff", "Study") are left out.
 */
const imperativeVerbs: ReadonlySet<string> = new Set(
  (
    'require mandate oblige compel direct instruct task empower authorize authorise fund finance appropriate allocate earmark resource invest ' +
    'establish create set build launch stand convene commission designate hire appoint ' +
    'expand extend increase double triple raise lower reduce cut cap limit shorten lengthen restrict ban prohibit bar ' +
    'adopt enact pass introduce amend repeal revise update codify clarify define replace reverse restore reinstate renew reauthorize reauthorise ' +
    'publish disclose notify require ensure give provide offer grant award make allow permit exempt include cover treat classify ' +
    'impose enforce implement pilot phase tie condition strengthen harmonise harmonize align share coordinate consolidate ' +
    'protect secure harden prioritise prioritize accelerate delay pause halt develop support expand encourage promote ' +
    'subsidise subsidize incentivise incentivize pay spend match invite consult engage partner join ratify negotiate ' +
    'retain keep maintain preserve continue sunset simplify streamline standardise standardize centralise centralize certify license ' +
    'hold rerun re-run reprice re-price rerate re-rate reassess re-assess re-underwrite'
  ).split(' '),
);
/** A word, and the spaces after it: read one after another from the imperative's verb (see `wordsAt`). */
const wordRe = /\p{L}+(?:-\p{L}+)*/uy;
const spacesRe = /[ \t]+/y;
/** A figure right after the imperative's verb: "+7.5%", "$5m", "40%". */
const figureAfterVerbRe = /^[ \t]+[+\-−±$£€¥]?\d/;
/** Finite verbs after a noun subject, which make a capitalised first word no imperative: "Cuts are", "Limits have", "Fund managers hold". */
const subjectVerbAfterWords = 'is are was were has have had will would can could may might must should shall do does did hold holds held own owns owned show shows showed say says said remain remains rose fell grew'.split(' ');
const subjectVerbAfter: ReadonlySet<string> = new Set(subjectVerbAfterWords);

/**
 * A law behind a duty, before its "must" or "has to": the sentence states the law, it proposes
 * nothing ("Under the federal banking agencies' incident notification rule, we must notify our
 * regulator within 36 hours", "Regulation X requires that we …"). The words in any case, also
 * opening the sentence ("Under …"); "Act" and "Regulation" only as names.
 */
const lawRe = /\b(?:[Uu]nder|[Pp]ursuant|[Aa]lready|[Cc]urrently|[Ss]tatute|[Ss]tatutory|[Ll]aws?|[Ll]egally|[Rr]equired|[Rr]equires|[Rr]ules?|[Rr]egulations?)\b|\bAct\b|\bRegulation\b/u;
/**
 * Another's voice before a clause: a verb of saying, thinking or proposing, or "according to"
 * ("Amodei said Congress should …", "Critics argue Congress should …", "According to the report,
 * …"); not the writer's own ("we believe", "this brief recommends", see `writersVerbBeforeRe`).
 */
const anothersVoiceRe = /\b(?:according|said|say|says|told|tells|argue|argued|argues|claim|claimed|contend|contends|maintain|maintains|wrote|writes|warned|warns|stated|insisted|insists|believe|believes|believed|think|thinks|thought|feel|feels|recommend|recommends|recommended|propose|proposes|proposed|urge|urges|urged|suggest|suggests|suggested|reportedly)\b/gi;
/** The writer right before such a verb: "we", "I", "this brief", perhaps with an adverb ("we therefore recommend"). */
const writersVerbBeforeRe = /(?:^|[^\p{L}])(?:we|i|this[ \t]+(?:brief|paper|report|note|memo|submission|response))(?:[ \t]+(?:\p{L}+ly|therefore|also|further|still))?[ \t]+$/iu;

/** What ends a clause: a semicolon, a dash, a bracket, a comma before "as" or "like", or a word that opens a clause of its own. */
const clauseEndRe = /;|—|–|\(|,[ \t]*(?:as|like|unlike)(?![\p{L}])|(?<![\p{L}])(?:that|which|who|whom|whose|what|why|how|where|when|while|whereas|although|though|because|but|unless|than|whether|if)(?![\p{L}])/giu;
/**
 * A colon and a clause of its own: a capitalised subject of up to four words and a finite verb
 * ("…: Anthropic committed", "…: The Linux Foundation said"; not "…: CAISI at $50 million").
 */
const colonClauseRe = new RegExp(
  String.raw`:[*_ \t]*\p{Lu}[\p{L}\p{N}'’.&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’.&-]*){0,3}[ \t]+(?:\p{Ll}{2,}ed|${subjectVerbAfterWords.join('|')})(?![\p{L}])`,
  'gu',
);
/** Verbs after which a proposal's "that" opens what is proposed: "require that", "ensure that". */
const proposingVerbRe = /(?:require|requires|ensure|ensures|mandate|direct|insist|stipulate|specify|provide|order|demand|recommend|propose|suggest|urge|ask|clarify|make\s+clear|state)[ \t]+$/i;

/** A phrase of time a plan's date is set in: "on", "by", "after the", "from", "ahead of". */
const timePhraseBeforeRe = /(?:^|[^\p{L}])(?:on|by|after|before|until|till|from|at|in|during|through|ahead[ \t]+of|following|no[ \t]+later[ \t]+than|next)[ \t]+(?:the[ \t]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?$/iu;
/** The narrower phrases of time that set what the writer is doing now for a day to come: "on", "by", "until", "next". */
const comingDayBeforeRe = /(?:^|[^\p{L}])(?:on|by|until|till|through|next|no[ \t]+later[ \t]+than)[ \t]+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?$/iu;
/** The phrases of time of a career: "since 2011", "from 2015 to 2019", "between 2015 and 2019", "in 2019". */
const careerTimeBeforeRe = /(?:^|[^\p{L}])(?:since|from|to|until|till|in|between|and|during|through)[ \t]+(?:early[ \t]+|mid-?|late[ \t]+)?$/iu;
/** After a count, its noun (and a word before it) and a colon that sets its parts out: " panels: …", " short sessions: …". */
const countSetOutRe = /^[ \t]+(?:\p{L}[\p{L}-]*[ \t]+)?\p{L}[\p{L}-]*[ \t]*:/u;
/** A deadline a proposal sets: "by 2027", "before the end of 2026", "no later than 1 January 2027", "within". */
const deadlineBeforeRe = /(?:^|[^\p{L}])(?:by|before|until|till|from|starting|beginning|effective|within|no[ \t]+later[ \t]+than|not[ \t]+later[ \t]+than)[ \t]+(?:(?:the[ \t]+)?(?:end|start|beginning|middle|close)[ \t]+of[ \t]+)?(?:early[ \t]+|mid-?|late[ \t]+)?$/iu;
/** A determiner or possessive before a figure: it is of a thing the sentence takes as given ("the $250 million contract", "its 40-page filing", "since the March 26 leak"). */
const givenBeforeRe = /(?:(?:^|[^\p{L}])(?:the|its|their|this|that|these|those|his|her|our|my|your)|['’]s)[ \t]+$/iu;
/** A deadline set by a meeting of the writer's: "before the 30 June committee", "by the May board". */
const meetingDeadlineBeforeRe = /(?:^|[^\p{L}])(?:by|before|ahead[ \t]+of|at)[ \t]+(?:the|our|next[ \t]+week's)[ \t]+$/iu;
const meetingAfterRe = new RegExp(String.raw`^[ \t]+(?:\p{Ll}+[ \t]+)?${meetingNoun}(?![\p{L}\p{N}])`, 'u');
/** What a proposal changes, which it takes as given: "the current 40%", "from 72 hours (to 24)". */
const baselineBeforeRe = /(?:^|[^\p{L}])(?:current|existing|present|previous|prior|from)[ \t]+$/iu;

type Voice = 'plan' | 'progressive' | 'call' | 'proposal' | 'career';

/** Where the sentence stands. */
export interface OwnVoiceContext {
  /** Under a heading of recommendations or a lead-in that proposes: an imperative is the writer's proposal ("Fund CAISI at $50 million a year."). */
  readonly recommending?: boolean;
  /** In a paragraph a speaker's label opens ("MS. CHEN: … I spent six years at the Department."): its "I" is the speaker, not the writer. */
  readonly speakerTurn?: boolean;
}

interface Clause {
  readonly voice: Voice;
  readonly from: number;
  readonly to: number;
}

/**
 * The figures of a sentence in the writer's own voice (see the module's comment), by index into
 * `values`; `start` is the sentence's offset, `values` its figures in order.
 * Example: writersOwnFigures('We will update this brief after the April 29 hearing.', 0, values) → Set {0}.
 */
export function writersOwnFigures(
  sentenceText: string,
  start: number,
  values: readonly Pick<ClaimValue, 'kind' | 'span' | 'qualified'>[],
  where: OwnVoiceContext = {},
): ReadonlySet<number> {
  const recommending = where.recommending ?? false;
  if (!values.length) return none;
  // Under a heading of recommendations or a lead-in that proposes, or after a recommendation's label, an imperative is the writer's proposal.
  const imperatives = recommending || recommendationLabelRe.test(sentenceText);
  if (!imperatives && !mayHoldOwnVoiceRe.test(sentenceText)) return none;
  const clauses = ownClauses(sentenceText, imperatives);
  if (!clauses.length) return none;
  const own = new Set<number>();
  let c = 0;
  values.forEach((v, vi) => {
    // The second end of a range a dash joins is the writer's when the first is: "$60–$120", not "Anthropic's 40–50".
    if (vi > 0 && rangeDashRe.test(sentenceText.slice(values[vi - 1].span.end - start, v.span.start - start))) {
      if (own.has(vi - 1)) own.add(vi);
      return;
    }
    const at = (v.qualified?.span ?? v.span).start - start;
    while (c < clauses.length && clauses[c].to <= at) c++;
    const clause = clauses[c];
    if (!clause || clause.from > at) return;
    const before = sentenceText.slice(Math.max(clause.from, at - 40), at);
    const end = v.span.end - start;
    // In a transcript's turn "I" is the speaker, whose career a source may tell; what the speaker plans or proposes no source could.
    if (clause.voice === 'career' && where.speakerTurn) return;
    if (isOwn(clause.voice, v.kind, before, () => sentenceText.slice(end, end + 40))) own.add(vi);
  });
  return own;
}

/** Whether a figure of `kind`, with `before` the words of its clause right before it (and `after`, the words after it), is the writer's own in a clause of `voice`. */
function isOwn(voice: Voice, kind: ClaimValue['kind'], before: string, after: () => string): boolean {
  switch (voice) {
    case 'plan':
      // A count of the plan's own parts, which a colon right after it sets out: "The Committee will hear from two panels: …".
      if (kind === 'count') return countSetOutRe.test(after());
      return kind === 'date' && timePhraseBeforeRe.test(before);
    case 'progressive':
      return kind === 'date' && comingDayBeforeRe.test(before);
    case 'call':
      return kind === 'date';
    case 'career':
      if (givenBeforeRe.test(before)) return false;
      return kind === 'duration' || (kind === 'date' && careerTimeBeforeRe.test(before));
    case 'proposal':
      // "Re-run the scenario before the 30 June committee": the writer's own meeting is a deadline, though "the" takes a thing as given.
      if (kind === 'date' && meetingDeadlineBeforeRe.test(before) && meetingAfterRe.test(after())) return true;
      if (givenBeforeRe.test(before)) return false;
      return kind === 'date' ? deadlineBeforeRe.test(before) || spanDatesBeforeRe.test(before) : !baselineBeforeRe.test(before);
  }
}

/** The clauses of a sentence in the writer's own voice, in order and apart. */
function ownClauses(text: string, imperatives = false): Clause[] {
  const clauses: Clause[] = [];
  // Where another's voice starts (a quotation mark, a verb of saying): nothing from there is read.
  const othersFrom = anothersVoiceFrom(text);
  // Where a law is named, read only for a clause that lays a duty (most sentences lay none).
  let law: number | undefined;
  const lawAt = () => (law ??= text.search(lawRe));
  let planned = false;
  openingRe.lastIndex = 0;
  for (let opening = 0; opening < othersFrom; ) {
    leadRe.lastIndex = opening;
    leadRe.exec(text);
    connectiveRe.lastIndex = leadRe.lastIndex;
    connectiveRe.exec(text);
    const at = connectiveRe.lastIndex;
    // An imperative opens the sentence, or a clause after a label's colon or a semicolon ("Recommendation 3: Fund …"; not ", cut its staff by 40%", a verb of the subject before).
    const imperativeHere = imperatives && (opening === 0 || text.charCodeAt(opening - 1) === 58 || text.charCodeAt(opening - 1) === 59);
    const voice = voiceAt(text, at, planned, lawAt) ?? (imperativeHere ? imperativeAt(text, at) : undefined);
    if (voice) {
      const to = Math.min(clauseEnd(text, voice.bodyFrom, voice.voice), othersFrom);
      if (voice.voice === 'plan' || voice.voice === 'progressive') planned = true;
      clauses.push({ voice: voice.voice, from: at, to });
      // The next clause opens past this one's end.
      openingRe.lastIndex = Math.max(openingRe.lastIndex, to);
    }
    const next = openingRe.exec(text);
    if (!next) break;
    opening = next.index + next[0].length;
  }
  return clauses;
}

/** The voice of a clause whose subject starts at `at`, and where its words after the subject and verb start. */
function voiceAt(text: string, at: number, planned: boolean, lawAt: () => number): { voice: Voice; bodyFrom: number } | undefined {
  for (const [re, voice] of [
    [planRe, 'plan'],
    [ownBodyPlanRe, 'plan'],
    [progressiveRe, 'progressive'],
    [careerRe, 'career'],
    [proposerRe, 'proposal'],
  ] as const) {
    re.lastIndex = at;
    if (re.test(text)) return { voice, bodyFrom: re.lastIndex };
  }
  if (planned) {
    callDeadlineRe.lastIndex = at;
    if (callDeadlineRe.test(text)) return { voice: 'call', bodyFrom: callDeadlineRe.lastIndex };
  }
  proposalRe.lastIndex = at;
  const m = proposalRe.exec(text);
  if (!m) {
    requirementRe.lastIndex = at;
    return requirementRe.test(text) ? { voice: 'proposal', bodyFrom: requirementRe.lastIndex } : undefined;
  }
  const after = proposalRe.lastIndex;
  perfectAfterRe.lastIndex = after;
  heedingAfterRe.lastIndex = after;
  if (perfectAfterRe.test(text) || heedingAfterRe.test(text)) return undefined;
  // "must", "has to", "need to": a duty only those who make the rules take on of their own, where no law lays it.
  const duty = m[2].toLowerCase();
  if (duty !== 'should' && !duty.startsWith('ought') && (!m[1] || (lawAt() >= 0 && lawAt() < after))) return undefined;
  return { voice: 'proposal', bodyFrom: proposalRe.lastIndex };
}

/** A recommendation set as an imperative at `at` (past an item's number): "Require labs to …", "fund CAISI at …". */
function imperativeAt(text: string, at: number): { voice: Voice; bodyFrom: number } | undefined {
  itemNumberRe.lastIndex = at;
  itemNumberRe.test(text);
  const from = itemNumberRe.lastIndex;
  // The verb and the two words after it: no finite verb may follow, as one would a noun subject ("Cuts are …", "Fund managers hold …").
  const words = wordsAt(text, from, 3);
  // The verb may take the figure at once: "Hold +7.5% on the primary book."
  const figureNext = words.length === 1 && figureAfterVerbRe.test(text.slice(from + words[0].length, from + words[0].length + 4));
  if ((words.length < 2 && !figureNext) || !imperativeVerbs.has(words[0].toLowerCase()) || words.slice(1).some((w) => subjectVerbAfter.has(w.toLowerCase()))) return undefined;
  return { voice: 'proposal', bodyFrom: from + words[0].length };
}

/** Up to `count` words from `at`, each after the spaces that end the one before (stops at anything else). */
function wordsAt(text: string, at: number, count: number): string[] {
  const words: string[] = [];
  let pos = at;
  while (words.length < count) {
    if (words.length) {
      spacesRe.lastIndex = pos;
      if (!spacesRe.test(text)) break;
      pos = spacesRe.lastIndex;
    }
    wordRe.lastIndex = pos;
    const m = wordRe.exec(text);
    if (!m) break;
    words.push(m[0]);
    pos = wordRe.lastIndex;
  }
  return words;
}

/**
 * Whether a lead-in ending in a colon puts what follows as the writer's proposal: "We recommend
 * that Congress:", "Congress should:", "Our recommendations:" (see the module's comment); not
 * another's ("The report recommends:").
 */
export function proposesWhatFollows(leadIn: string): boolean {
  if (!colonEndRe.test(leadIn)) return false;
  if (ourRecommendationsRe.test(leadIn)) return true;
  return ownClauses(leadIn).some((c) => c.voice === 'proposal');
}
/** A lead-in's colon at its end, past emphasis and spaces. */
const colonEndRe = /:[*_ \t]*$/;
/** "Our recommendations:", "Recommendations:", "We make four recommendations:". */
const ourRecommendationsRe = /^[^\p{L}]{0,4}(?:(?:our|my|the\s+brief['’]s)\s+)?(?:\p{L}+\s+)?(?:recommendations|proposals)[*_ \t]*:|(?:^|[^\p{L}])(?:we|i)\s+(?:make|offer|set\s+out)\s+(?:\p{L}+\s+)?(?:recommendations|proposals)/iu;

/** Where the clause whose words after its verb start at `from` ends: see `clauseEndRe`; a proposal's "require that" goes on. */
function clauseEnd(text: string, from: number, voice: Voice): number {
  clauseEndRe.lastIndex = from;
  let end = text.length;
  for (let m; (m = clauseEndRe.exec(text)); ) {
    if (voice === 'proposal' && m[0].toLowerCase() === 'that' && proposingVerbRe.test(text.slice(Math.max(from, m.index - 24), m.index))) continue;
    // "$60–$120 per hour", "1 June 2026 – 31 May 2028": a dash between two figures joins one range, it opens no clause.
    if (m[0] === '–' && joinsFigures(text, m.index)) continue;
    // "over 24 months (1 June 2026 – 31 May 2028), paid in …": a bracket that dates the proposed span goes on with the clause.
    if (m[0] === '(' && voice === 'proposal' && spanBeforeRe.test(text.slice(Math.max(from, m.index - 12), m.index)) && digitAfterRe.test(text.slice(m.index + 1, m.index + 3))) continue;
    end = m.index;
    break;
  }
  // "Fund the line: Anthropic committed $100 million …": after a colon a name and its verb say what another did.
  const colonAt = text.indexOf(':', from);
  if (colonAt < 0 || colonAt >= end) return end;
  colonClauseRe.lastIndex = colonAt;
  const colon = colonClauseRe.exec(text);
  return colon && colon.index < end ? colon.index : end;
}

/** What joins the two ends of a range, a dash between spaces or none, perhaps before a currency sign: "–", " – ", "–$". */
const rangeDashRe = /^[ \t]?[–—][ \t]?[$£€¥]?$/;
/** A unit of a span right before a bracket: "24 months (", "two years (". */
const spanBeforeRe = /(?:days?|weeks?|months?|quarters?|years?)[ \t]*$/i;
/** A digit first in a bracket, past a space: "(1 June 2026", "( 2026". */
const digitAfterRe = /^[ \t]?\d/;
/**
 * A date right in the bracket that dates a proposed span, its start or its end after a dash or
 * "to": "over 24 months (1 June 2026 – 31 May 2028)". It restates the span the writer proposes.
 */
const spanDatesBeforeRe = /(?:days?|weeks?|months?|quarters?|years?)[ \t]*\((?:[^()–—]{1,24}(?:[–—]|[ \t]to))?[ \t]*$/i;

/**
 * Whether the dash at `at` joins two figures into one range: a digit before it and a digit or a
 * currency sign after it, past one space at most ("$60–$120", "2026 – 31 May"; not "Congress – 40").
 */
function joinsFigures(text: string, at: number): boolean {
  let b = at - 1;
  if (text.charCodeAt(b) === 32) b--;
  let a = at + 1;
  if (text.charCodeAt(a) === 32) a++;
  const before = text.charCodeAt(b);
  const after = text.charCodeAt(a);
  return before >= 48 && before <= 57 && ((after >= 48 && after <= 57) || after === 36 || after === 0xa3 || after === 0x20ac || after === 0xa5);
}

/** Quotation marks that open words of another's: " “ « „ (a "'" is too often an apostrophe to count). */
const openingQuoteRe = /["“«„]/;

/** Where another's voice starts in a sentence: its first quotation mark or verb of saying not the writer's own, or the sentence's length. */
function anothersVoiceFrom(text: string): number {
  const quote = text.search(openingQuoteRe);
  const limit = quote < 0 ? text.length : quote;
  anothersVoiceRe.lastIndex = 0;
  for (let m; (m = anothersVoiceRe.exec(text)) && m.index < limit; ) {
    if (!writersVerbBeforeRe.test(text.slice(Math.max(0, m.index - 40), m.index))) return m.index;
  }
  return limit;
}

const none: ReadonlySet<number> = new Set();

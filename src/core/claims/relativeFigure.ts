/**
 * Figures that measure one figure against another rather than a level: a difference ("16.5
 * percentage points higher", "leads Opus 4.6 by 13.1 percent", "a relative gain of about 25
 * percent", "its relative gain on CyberGym is about 25%", "up 12%") or a ratio ("nearly 1.5 times what Opus 4.6 does"). Such a figure is
 * another measure than the level it is read beside: 16.5 points is no model's score, and 1.5
 * times is no count of test runs. The fact checker holds it only against a fact that records a
 * difference or a ratio itself (see `factcheck/relationFits`).
 */
import type { ClaimKind, ClaimValue } from '../types';
import { predicatesChangeNoun } from './changeNounSubject';
import { failedShareBefore } from './failedShare';

export type Relation = NonNullable<ClaimValue['relation']>;

/** A qualifier between a word and its figure ("by about 25 percent", "a lead of nearly 17 points"), left out of the look-back. */
const qualifierEndRe = /\b(?:about|around|approximately|roughly|nearly|almost|some|just|only|close to|more than|less than|fewer than|over|under|at least|up to|an estimated|a full|a further|another)\s+$/i;

/** "percentage points" (or "pp") after the number: a difference between two percentages, whatever follows. */
const percentagePointsRe = /percentage[\s-]+points?$|\bpp$/i;

/**
 * After the figure, its unit perhaps between: a comparative that makes it a difference ("25
 * percent higher", "16.5 points more than", "10% above"). Not "up" or "down", which "up from"
 * ("83.1%, up from 66.6%") gives to a level.
 */
const comparativeAfterRe = /^(?:\s+(?:percentage\s+)?(?:points?|pts?|pp)\b\.?)?\s+(?:higher|lower|more|less|fewer|greater|larger|smaller|bigger|better|worse|ahead|behind|above|below)\b/i;

/** After a count, money or measure: a comparative with "than" within a few words ("$4 million more than", "12 more partners than"). */
const comparativeThanRe = /^\s+(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|longer|shorter)\s+(?:[\p{L}-]+\s+){0,3}than\b/iu;

/** "points" after the figure: a difference only with a comparative after it or "by" before it ("83 points on the benchmark" is a score). */
const pointsAfterRe = /^\s+(?:percentage\s+)?(?:points?|pts?|pp)\b/i;

/** Before the figure: a noun of change and "of" ("a relative gain of about 25 percent", "a margin of 16.5 points"). */
const changeNounBeforeRe = /\b(?:gain|increase|decrease|drop|rise|fall|decline|jump|lead|margin|gap|difference|improvement|boost|growth|reduction|cut|advantage|edge|deficit|shortfall|uplift|bump|premium|spread|delta)s?\s+of\s+$/i;

/** Before a percentage: "up" or "down" right before it ("up 12%", "down nearly 3 points"). */
const upDownBeforeRe = /\b(?:up|down)\s+$/i;

/** Before the figure: "by" ("leads Opus 4.6 by 13.1 percent", "rose by 5%"), whose clause then needs a verb of change or lead. */
const byBeforeRe = /\bby\s+$/i;

/**
 * A verb of change or lead, or a comparative, in the clause before "by": "leads", "trails",
 * "beats … by", "rose by", "higher by". Forms of "lead", "beat", "top" and the like in the past
 * right before "by" are passive ("led by 12 partners" names who led): see `passiveLeadRe`.
 */
const changeWordRe =
  /\b(?:lead|leads|leading|led|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|beat(?:s|en|ing)?|outperform(?:s|ed|ing)?|outscor(?:e|es|ed|ing)|outpac(?:e|es|ed|ing)|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?|edg(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|improv(?:e|es|ed|ing)|gain(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|shr[iau]nk(?:s|en|ing)?|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|slip(?:s|ped|ping)?|slid(?:e|es|ing)?|surg(?:e|es|ed|ing)|ahead|behind|higher|lower|better|worse|larger|smaller|bigger|greater|short)\b/i;

/** A verb of lead in the past right before "by": a passive naming the agent ("led by", "topped by", "beaten by"). */
const passiveLeadRe = /\b(?:led|trailed|beaten|outperformed|outscored|outpaced|exceeded|surpassed|topped|edged)\s+by$/i;

/** Punctuation that ends the clause a verb of change must stand in. */
const clauseBreakRe = /[,;:()—–]/;

/**
 * After "N times": what makes it a multiplier ("1.5 times what Opus 4.6 does", "three times as
 * many", "five times more", "1.25 times the score of", "twice its size"), not a count of
 * occurrences ("five million times without catching it"). "the" counts only before a
 * quantity's noun or an "of" ("the score of"): "500,000 times the FFmpeg bug that …" counts passes.
 */
const timesAfterRe =
  /^\s+times\s+(?:what|as|that|those|more|less|fewer|higher|lower|larger|smaller|bigger|greater|faster|slower|better|worse|longer|shorter|its|their|his|her|our|the\s+(?:\p{L}+\s+){0,2}of\b|the\s+(?:score|size|number|amount|rate|level|value|result|total|count|cost|price|budget|speed|pace|share|average|baseline|figure|sum|volume|capacity|length|output|performance|usual|norm)s?\b)/iu;

/**
 * After "N times": a name's possessive, what the multiplier multiplies ("1.46 times Opus 4.6's",
 * "one and a half times Mythos Preview's"). Case-sensitive: the name's words open with a capital
 * or a digit, so "five million times without catching the bug's …" stays a count.
 */
const timesNameAfterRe = /^\s+times\s+\p{Lu}[\p{L}\p{N}.\-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.\-]*){0,2}['’]s\b/u;

/** Cheap test before the look-backs: one of the words they end on, or a hyphen of "percentage-point". */
const mayRelateBefore = /\b(?:of|up|down|by)\b/i;

/**
 * Whether the figure on [a, b) of `text`, of `kind`, measures a difference or a ratio (see the
 * module's comment), and which. Dates, ages and durations are levels (a "gap of 11 days" is a
 * duration the fact base records as such). `before` is the text just before the figure.
 */
export function relationOf(text: string, a: number, b: number, kind: ClaimKind, before: string): Relation | undefined {
  if (kind === 'date' || kind === 'age' || kind === 'duration') return undefined;
  const after = text.slice(b, b + 80);
  if (kind === 'count' && (timesAfterRe.test(after) || timesNameAfterRe.test(after))) return 'ratio';
  if (kind === 'percentage' && percentagePointsRe.test(text.slice(Math.max(a, b - 20), b))) return 'difference';
  const points = kind === 'count' && pointsAfterRe.test(after);
  if ((kind === 'percentage' || points) && comparativeAfterRe.test(after)) return 'difference';
  if (kind !== 'percentage' && !points && comparativeThanRe.test(after)) return 'difference';
  const bare = before.replace(qualifierEndRe, '');
  // "Fails 16.9% of CyberGym tasks": the rest of a score, not the score (see `failedShare`).
  if (kind === 'percentage' && failedShareBefore(bare)) return 'complement';
  // "Its relative gain on CyberGym is about 25%", "- Gain over Opus 4.6: 16.5%": the noun's value.
  if (predicatesChangeNoun(bare)) return 'difference';
  if (!mayRelateBefore.test(before)) return undefined;
  before = bare;
  if (changeNounBeforeRe.test(before)) return 'difference';
  if ((kind === 'percentage' || points) && upDownBeforeRe.test(before)) return 'difference';
  const by = byBeforeRe.exec(before);
  if (by && changesInClause(before.slice(0, by.index + 2))) return 'difference';
  return undefined;
}

/**
 * Whether the clause that ends with "by" (`clause` ends just after it) holds a verb of change
 * or lead: "Mythos Preview leads Opus 4.6 by", "it rose by", not "Glasswing was led by" nor
 * "Anthropic, the company, was backed by".
 */
function changesInClause(clause: string): boolean {
  let from = clause.length;
  while (from > 0 && !clauseBreakRe.test(clause[from - 1])) from--;
  const own = clause.slice(from);
  if (passiveLeadRe.test(own)) return false;
  return changeWordRe.test(own);
}

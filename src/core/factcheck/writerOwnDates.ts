import type { ClaimValue } from '../types';

/**
 * Dates of the writer's own work, not of an event on record: the date of an act the writer did
 * ("We asked Anthropic for comment on April 10 by email", "On 10 April, we contacted the
 * Pentagon", "We reported on 7 April that …") and the date that names one of the writer's own
 * pieces ("Our 9 April check of the leak said …", "our April 10 explainer"). Such a date is not
 * held against the record, whatever fact the rest of the sentence cues.
 */

/**
 * A clause whose subject is the writer ("we", "I"), perhaps after an adverb or an auxiliary, and
 * whose verb is one of the writer's own inquiry or reporting, in the past: "We asked", "we first
 * contacted", "I had emailed". Verbs an organisation's own voice uses for an event on record
 * ("announced", "launched", "published", "filed") are not among them.
 */
const ownActRe =
  /(?<![\p{L}\p{N}_'’])(?:[Ww]e|I)\s+(?:(?:also|then|first|later|again|separately|subsequently|have|had|twice|both|all|each)\s+){0,2}(?:asked|contacted|emailed|e-mailed|called|phoned|rang|messaged|texted|wrote|reached|interviewed|spoke|talked|met|sent|requested|queried|checked|searched|verified|reviewed|archived|logged|monitored|tracked|visited|accessed|retrieved|downloaded|captured|collected|reported|saw|noticed|spotted|received|heard|tested|ran|began|started|updated|corrected)(?![\p{L}\p{N}_'’-])/gu;

/** What may stand right before such a clause, after a word break: a mark, or a conjunction ("and we asked"). */
const clauseOpensBefore = /(?:[;:,(—–*_"“]|(?<![\p{L}])(?:and|but|so|then))$/iu;

/**
 * What ends the stretch of the writer's act that its dates belong to: a mark, or a word that
 * opens what the act was about or what it found ("that", "whether", "about", "after the
 * announcement"), or "on" before a determiner ("reported on the launch"): a date after it may be
 * the event's. One token a match: a word, a run of digits, or a mark.
 */
const actTokenRe = /[\p{L}'’-]+|\d+|[^\s\p{L}\d]/gu;
const actEnds = new Set(
  'that whether if what why how when where which who whose about regarding concerning after before since until till because as and or while whereas but of into'.split(' '),
);
const determiners = new Set('the its a an this that these those their his her our my'.split(' '));
/** How far after the verb the act is read. */
const actReach = 120;

/**
 * A sentence that opens on a date alone before the writer's clause: "On 10 April, we asked …",
 * "On Friday, April 10, 2026, we contacted …" (not "On the day Anthropic announced it, we …").
 */
const dateOpenerRe = /^\s*(?:[Oo]n|[Ii]n|[Bb]y)\s+(?:[A-Z][a-z]{2,8}day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2})(?:,?\s+\d{4})?,$/u;

/**
 * The dates of the writer's own acts in a sentence (see above), by index into `values`.
 * Example: writerActDates('We asked Anthropic for comment on April 10 by email; a spokesperson
 * pointed us to the announcement.', 0, values) → the index of "April 10".
 */
export function writerActDates(sentenceText: string, start: number, values: readonly Pick<ClaimValue, 'span' | 'kind'>[]): Set<number> {
  const out = new Set<number>();
  if (!values.some((v) => v.kind === 'date')) return out;
  ownActRe.lastIndex = 0;
  for (let m; (m = ownActRe.exec(sentenceText)); ) {
    // The sentence's start (past white space and marks), or a mark or conjunction before the subject.
    const before = sentenceText.slice(Math.max(0, m.index - 12), m.index);
    if (!(m.index <= 12 && /^[\s*_"“(-]*$/u.test(before)) && !clauseOpensBefore.test(before.trimEnd())) continue;
    // "On 10 April, we asked …": the opener's dates are the act's too.
    const from = m.index <= 60 && dateOpenerRe.test(sentenceText.slice(0, m.index).trimEnd()) ? 0 : m.index;
    const to = actEnd(sentenceText, m.index + m[0].length);
    values.forEach((v, vi) => {
      const at = v.span.start - start;
      if (v.kind === 'date' && at >= from && at < to) out.add(vi);
    });
  }
  return out;
}

/** Where the stretch of the act that starts at `at` ends (see `actEnds`). */
function actEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + actReach);
  actTokenRe.lastIndex = at;
  let previous = '';
  let previousAt = at;
  for (let m; (m = actTokenRe.exec(text)) && m.index < limit; ) {
    const token = m[0].toLowerCase();
    // "April 10, 2026": a comma before a year is no mark; "6–12 April": nor is a dash between figures.
    if (token === ',' && /^\s?\d/.test(text.slice(m.index + 1, m.index + 3))) continue;
    if (token === '–' || token === '-') continue;
    if (!/[\p{L}\d]/u.test(token)) return m.index;
    if (previous === 'on' && determiners.has(token)) return previousAt;
    if (actEnds.has(token)) return m.index;
    previous = token;
    previousAt = m.index;
  }
  return limit;
}

/** The writer's possessive right before a date: "our", "my". */
const ownPossessiveBefore = /(?:^|[^\p{L}\p{N}_'’])(?:our|my)$/iu;
/**
 * A noun of the writer's own piece or act after a date, perhaps after one more word: "check",
 * "fact-check", "explainer", "issue", "Mythos explainer".
 */
const ownPieceAfter =
  /^(?:,?\s+\d{4})?\s+(?:[\p{L}-]{1,24}\s+)?(?:check|checks|fact-check|factcheck|explainer|issue|edition|article|story|piece|report|newsletter|episode|post|column|review|analysis|update|briefing|brief|note|tracker|roundup|round-up|bulletin|investigation|interview|request|email|e-mail|inquiry|enquiry|query|call|visit|test|audit|survey|coverage|version|draft|memo|entry|verdict|podcast|broadcast|segment|video|thread|correction|search)(?![\p{L}\p{N}_'’-])/iu;

/**
 * Whether the date at [at, end) of the sentence names one of the writer's own pieces: "Our 9 April
 * check of the leak", "in my April 10 explainer" → true; "our April 7 announcement" → false.
 */
export function ownPieceDate(sentenceText: string, at: number, end: number): boolean {
  const before = sentenceText.slice(Math.max(0, at - 12), at);
  return before.trimEnd().length < before.length && ownPossessiveBefore.test(before.trimEnd()) && ownPieceAfter.test(sentenceText.slice(end, end + 60));
}

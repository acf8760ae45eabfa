/**
 * The formula of an amendment to a text under revision, as formal minutes, a bill's stages or a
 * markup give it: `Amendment proposed, in line 3, to leave out "…" and insert "…".—(Mr Pugh.)`,
 * `I beg to move, in page 2, line 4, to leave out "…"`, `In line 5, leave out "…"`, `Omit "…"`,
 * `Insert "…"`, `Substitute "…" for "…"`. The words it leaves out are the text's current ones, the
 * words it inserts its new ones: the writer's own text, no one's quoted words. Not `Anthropic
 * changed the wording to "…"` nor `He decided to leave out "…"` (reports of another's change, with
 * no amendment to make), nor `Graham went on to add "…"` (a verb of saying).
 */

/**
 * A word that makes a sentence an amendment (or a motion to make one) when its verb follows "to"
 * or "and": `Amendment proposed, …`, `I beg to move, …`, `Mr Pugh moved to …`, `leave out "…" and …`.
 * Example: amendmentContextRe.test('Amendment proposed, in line 3, ') is true.
 */
const amendmentContextRe = /(?:^|[^\p{L}])(?:amendments?|amend(?:s|ed|ing)?|mov(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|leave out|delete|omit|strike out)(?![\p{L}])/iu;

/**
 * Where the verb of an amendment stands: opening its sentence or a clause of the formula (after a stop,
 * colon, semicolon, comma, bracket or dash: `In line 3, leave out `), group 1; or after "to" or "and"
 * (`… to leave out `, `… and insert `), group 2, which needs the amendment's context.
 */
const verbPlace = String.raw`(?:((?:^|[.!?;:,)\]\u2013\u2014])[ \t]*)|((?:^|[^\p{L}])(?:to|and)[ \t]+))`;

/** What may follow the verb before the words: `the words`, `at the end`, a colon (right after them, for a linear match). */
const verbTail = String.raw`(?:[ \t]+the words?)?(?:[ \t]+at the (?:end|beginning|start))?:?[ \t]{0,2}$`;

/**
 * A lead-in that ends on the verb of an amendment that leaves the quoted words out.
 * Example: leaveOutRe.exec('Amendment proposed, in line 3, to leave out ') matches, group 2 set.
 */
const leaveOutRe = new RegExp(verbPlace + String.raw`(?:leave out|delete|omit|strike out|remove)` + verbTail, 'iu');

/**
 * A lead-in that ends on the verb of an amendment that puts the quoted words in.
 * Example: insertRe.exec('… to leave out "are now likely" and insert ') matches, group 2 set.
 */
const insertRe = new RegExp(verbPlace + String.raw`(?:insert|add|substitute)` + verbTail, 'iu');

/**
 * `Substitute "new" for `: the words after it are the current ones.
 * Example: substituteForRe.test('Substitute "may become" for ') is true.
 */
const substituteForRe = /(?:^|[.!?;:,)\]\u2013\u2014]|(?:^|[^\p{L}])to)[ \t]*substitute[ \t]+["“][^"“”\n]{1,200}["”][ \t]+for[ \t]*$/iu;

/** The lead's own sentence: what follows its last stop (a stop inside quoted words counts too; the lead is short). */
function ownSentence(lead: string): string {
  const stop = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '));
  return stop < 0 ? lead : lead.slice(stop + 2);
}

/** Whether `re` matches the end of `lead` in a place the amendment's verb may stand (see `verbPlace`). */
function endsOnAmendment(re: RegExp, lead: string): boolean {
  const sentence = ownSentence(lead);
  const m = re.exec(sentence);
  if (!m) return false;
  return m[1] !== undefined || amendmentContextRe.test(sentence.slice(0, m.index + (m[2]?.length ?? 0)));
}

/**
 * Whether `lead`, the words before a quotation in its block, ends on an amendment that leaves the
 * quoted words out of the text under revision (its current words).
 * Example: amendsOut('Amendment proposed, in line 3, to leave out ') is true; amendsOut('He decided to leave out ') is false.
 */
export function amendsOut(lead: string): boolean {
  return endsOnAmendment(leaveOutRe, lead) || substituteForRe.test(ownSentence(lead));
}

/**
 * Whether `lead` ends on an amendment that puts the quoted words into the text under revision (its new words).
 * Example: amendsIn('Amendment proposed, to leave out "x y z" and insert ') is true; amendsIn('Graham went on to add ') is false.
 */
export function amendsIn(lead: string): boolean {
  return endsOnAmendment(insertRe, lead);
}

/**
 * The mover of an amendment that formal minutes give after it: `.—(Mr Pugh.)`, `—(Ms Achterberg)`.
 * Example: moverRe.test('.—(Mr Pugh.)') is true.
 */
export const moverRe = /^[.,;]?[ \t]*[\u2013\u2014-]{1,2}[ \t]*\([^()\n]{1,60}\)\.?/u;

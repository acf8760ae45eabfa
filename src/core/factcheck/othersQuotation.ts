import type { ClaimValue, EntityMention, Span } from '../types';
import { mentionsIn } from '../entities/mentionsIn';
import { firstAtOrAfter } from '../util/search';
import { dashAfterRe } from './dashCredit';
import { pronounSpeaks, quoteCredits, speakerKinds, verbsOfSaying } from './verbCredits';

/** The quoted words end a sentence: a full stop, "!", "?" or "…" right before the closing mark (past emphasis). */
const endsSentence = /[.!?…][*_]*$/;

/** How far an attribution line is read after its dash: a source, its date and its reach. */
const attributionReach = 200;

/**
 * The attribution line after the inline quotation `quote` (document offsets, marks included),
 * as a pull quote or a fact-check sets it: the quoted words end a sentence, and a dash follows
 * the closing mark. It runs from the dash to the end of its line (at most `attributionReach`):
 * `"… a cyberweapon." — post on X by @deepstate_dev, 8 April 2026, about 1.2 million views [10]`
 * gives `post on X by @deepstate_dev, 8 April 2026, about 1.2 million views [10]`. Undefined
 * when no dash follows, or when the quotation runs on into prose ("the "most capable model" —
 * a claim …").
 */
export function attributionLineAfter(text: string, quote: Span): Span | undefined {
  if (!endsSentence.test(text.slice(Math.max(quote.start, quote.end - 6), quote.end - 1))) return undefined;
  // After the closing mark: emphasis or a marker, then the dash of an attribution line (see `dashCredit`).
  dashAfterRe.lastIndex = quote.end;
  const dash = dashAfterRe.exec(text);
  if (!dash) return undefined;
  const start = quote.end + dash[0].length;
  const window = text.slice(start, start + attributionReach);
  const lineEnd = window.search(/[\r\n]/);
  return { start, end: start + (lineEnd < 0 ? window.length : lineEnd) };
}

/**
 * The figures of a claim that are another party's words, not the writer's claim, and so are not
 * held against the record (a misquote of the record is PL004's): those between the marks of an
 * inline quotation that the text credits to someone the fact base does not know for its words,
 * and those of the attribution line after it, which date and count the quoted post, not an event
 * on record. So in `**Claim:** "Anthropic's own numbers say Mythos hit 98% on CyberGym. …" — post
 * on X by @deepstate_dev, 8 April 2026, about 1.2 million views [10]` neither the 98%, the date nor
 * the views are the writer's; nor the figure in `State Senator Marcus Dell said: "… a
 * hundred-million-dollar check …"`. A quotation is credited elsewhere when its attribution line
 * names no person, organization or document of the fact base, or, with no such line, when a verb
 * of saying in its sentence credits it to none (`quoteCredits`) and the sentence names none
 * outside its quotations, nor a pronoun stands for one. Still checked: a quotation credited to a
 * party of the fact base (`"Claude Mythos Preview scored 93.1% on CyberGym," Logan Graham said.`,
 * `"…" — Claude Mythos Preview System Card, 9 April 2026`), and one credited to no one (`Anthropic
 * "committed $400 million" to the effort`). `quotes` are the inline quotations' spans in
 * document order, `mentions` the names in the sentence [start, end) of `text`.
 */
export function othersFigures(text: string, sentence: Span, values: readonly ClaimValue[], quotes: readonly Span[], mentions: readonly EntityMention[]): Set<number> {
  const others = new Set<number>();
  const { start, end } = sentence;
  let first = firstAtOrAfter(quotes, start, (q) => q.start);
  if (first >= quotes.length || quotes[first].start >= end) return others;
  const inSentence: Span[] = [];
  for (; first < quotes.length && quotes[first].start < end; first++) inSentence.push(quotes[first]);
  const isSpeaker = (e: EntityMention) => speakerKinds.has(e.kind);
  const outsideQuotes = (e: EntityMention) => !inSentence.some((q) => e.span.start >= q.start && e.span.end <= q.end);
  let credits: ((q: Span) => boolean) | undefined;
  const creditedByVerb = (q: Span): boolean => {
    if (!credits) {
      const sentenceText = text.slice(start, end);
      const inQuote = (at: number) => inSentence.some((s) => at >= s.start && at < s.end);
      const saying = verbsOfSaying(sentenceText, start, inQuote).length > 0;
      const namesSpeaker = mentions.some((e) => isSpeaker(e) && outsideQuotes(e));
      const credit = quoteCredits(sentenceText, start, mentions, inSentence);
      // Credited elsewhere: a verb of saying that credits no one the fact base knows, in a sentence that names no one it knows.
      credits = (span) => !saying || namesSpeaker || credit(span.start, span.end).some(isSpeaker) || pronounSpeaks(text, start, span.start);
    }
    return credits(q);
  };
  for (const q of inSentence) {
    const line = attributionLineAfter(text, q);
    const reach = line && line.end <= end ? line.end : q.end;
    const known = line ? mentionsIn(mentions, line.start, line.end).some(isSpeaker) : creditedByVerb(q);
    if (known) continue;
    values.forEach((v, vi) => {
      if (v.span.start >= q.start && v.span.end <= reach) others.add(vi);
    });
  }
  return others;
}

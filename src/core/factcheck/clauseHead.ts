import type { EntityMention, Span } from '../types';
import { firstAtOrAfter } from '../util/search';
import { carriesOwnersWords, standsBeforeVerb } from './verbSubject';

/**
 * What heads a clause, read forward from its start: the names of its subject, or, when the
 * clause opens with a quotation, the verb of saying right after it ('“…,” said Dario Amodei').
 */
export type ClauseHead = { readonly names: EntityMention[] } | { readonly verbAt: number };

/** Marks that may open a clause before its first word: emphasis, brackets, a block quote's. */
const leadMarks: ReadonlySet<string> = new Set([...' \t\r\n\u00a0*_([>']);
/** What may stand between a quotation that opens a clause and what follows it: '“…,” said', '“…” — Dario Amodei said'. */
const afterQuote: ReadonlySet<string> = new Set([...' \t\r\n\u00a0,:;—–-']);
/** Pronouns heading a clause: a subject, but not one the sentence names. */
const pronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that']);
/** What may join the names of one subject: a list ("Microsoft, Google and Amazon"). */
const listGapRe = /^(?:\s*,)?\s+(?:(?:and|or|&)\s+)?(?:the\s+)?$/i;
/** Or titles and roles between an organization and its person ("Anthropic CEO Dario Amodei"). */
const titleGapRe = /^\s+(?:\p{Lu}[\p{L}.&-]*\s+){1,3}$/u;
const wordRe = /^[\p{L}'’-]+/u;
/**
 * Capitalised words that open a phrase before the subject, not the subject's title: after
 * them the first name is in that phrase ("After Hegseth designated Anthropic, Microsoft …").
 */
const phraseOpeners: ReadonlySet<string> = new Set(
  'after before in on at for with without from about against to into upon over under through via despite since like unlike than of by during following regarding concerning amid among between beyond within when while whilst if although though because as once unless until whereas where whether how why what who whom which according given'.split(' '),
);

/** Whether `word`, capitalised before a name, may be an opening word or a title ("But", "Defense Secretary"), not a phrase's start ("After", "Citing", "Asked"). */
function mayLeadName(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === 'the') return true;
  if (!/^\p{Lu}/u.test(word) || phraseOpeners.has(lower)) return false;
  return word.length <= 4 || !/(?:ing|ed)$/.test(lower);
}
const possessiveRe = /['’]s$/;
/** How many words an owner's head noun may be from the owner: "Microsoft's amicus brief". */
const headReach = 3;

/**
 * The head of the clause from document offset `at` to `end` in `sentence` (which starts at
 * `sentenceStart`): past opening marks and at most three capitalised words before a name (an
 * opening word, a title: "But", "Defense Secretary"), the name there and the names
 * listed with it; for an owner, the owner when the noun it owns carries its words
 * ("Microsoft's amicus brief" is Microsoft's, "Pete Hegseth's department" no one's); no one
 * for a pronoun; and undefined when the clause opens with none of these ("The filing …",
 * "According to Fortune, …"). `speakers` and `quoted` are in order; `verbAt(at)` tells whether
 * a verb of saying starts at `at`. Reads a bounded number of words.
 */
export function clauseHead(
  sentence: string,
  sentenceStart: number,
  at: number,
  end: number,
  speakers: readonly EntityMention[],
  quoted: readonly Span[],
  verbAt: (at: number) => boolean,
): ClauseHead | undefined {
  const char = (p: number) => sentence[p - sentenceStart];
  let p = at;
  const skip = (set: ReadonlySet<string>) => {
    while (p < end && set.has(char(p))) p++;
  };
  skip(leadMarks);
  let afterQuotation = false;
  for (let q = firstAtOrAfter(quoted, p, (x) => x.start); q < quoted.length && quoted[q].start === p && quoted[q].end <= end; q++) {
    p = quoted[q].end;
    skip(afterQuote);
    afterQuotation = true;
  }
  if (afterQuotation && verbAt(p)) return { verbAt: p };
  const speakerAt = (x: number) => {
    const e = speakers[firstAtOrAfter(speakers, x, (s) => s.span.start)];
    return e && e.span.start === x && e.span.end <= end ? e : undefined;
  };
  for (let n = 0; n <= 3; n++) {
    const named = speakerAt(p);
    if (named) return namesFrom(sentence, sentenceStart, named, end, speakers);
    const word = wordRe.exec(sentence.slice(p - sentenceStart, end - sentenceStart))?.[0];
    if (!word) return undefined;
    if (pronouns.has(word.toLowerCase())) return { names: [] };
    if (!mayLeadName(word)) return undefined;
    p += word.length;
    if (!/\s/.test(char(p) ?? '')) return undefined;
    while (p < end && /\s/.test(char(p))) p++;
  }
  return undefined;
}

/** The subject that the name `first` opens: an owner's (see `clauseHead`), or `first` and the names listed with it. */
function namesFrom(sentence: string, sentenceStart: number, first: EntityMention, end: number, speakers: readonly EntityMention[]): ClauseHead {
  const text = (from: number, to: number) => sentence.slice(from - sentenceStart, to - sentenceStart);
  const possessive = (e: EntityMention) => possessiveRe.test(e.text) || /^['’]s\b/.test(text(e.span.end, e.span.end + 3));
  if (possessive(first)) {
    let p = first.span.end;
    if (!possessiveRe.test(first.text)) p += 2;
    for (let n = 0; n < headReach; n++) {
      // A title may be written in capitals: "CrowdStrike's CTO".
      const m = /^\s+([\p{L}-]+)/u.exec(text(p, Math.min(end, p + 60)));
      const word = m?.[1].toLowerCase();
      if (!m || !word || standsBeforeVerb(word)) break;
      if (carriesOwnersWords(word, first)) return { names: [first] };
      p += m[0].length;
    }
    return { names: [] };
  }
  const names = [first];
  for (let i = firstAtOrAfter(speakers, first.span.end, (e) => e.span.start); i < speakers.length; i++) {
    const next = speakers[i];
    const last = names[names.length - 1];
    if (next.span.end > end || next.span.start - last.span.end > 40 || possessive(next)) break;
    const gap = text(last.span.end, next.span.start);
    if (!listGapRe.test(gap) && !titleGapRe.test(gap)) break;
    names.push(next);
  }
  return { names };
}

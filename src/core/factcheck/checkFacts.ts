import type { Citation, Claim, ClaimValue, EntityMention, Fix, Quotation, QuotationPart, ReferenceInfo, Sentence, Span, TextEdit } from '../types';
import { withoutCitedAuthors } from './citedAuthors';
import type { FactIndex } from '../factbase/factIndex';
import type { LineIndex } from '../text/lineIndex';
import type { Block, Structure } from '../markdown/structure';
import type { FactFinding } from '../diagnostics/buildFindings';
import type { Fact, QuotationOnRecord } from '../factbase/schema';
import { excerpt, listed, maxListed } from '../diagnostics/buildFindings';
import { matchRecord, type RecordMatch } from './quoteMatch';
import { recordStretch, restoreOrder, restoreWords } from './restoreWords';
import { groupBefore } from './creditedGroup';
import { verbFirstSpeaker } from './verbFirst';
import { speaksInOutletVoice } from './outletVoice';
import { quotesRecord } from './recordTies';
import { colonSpeaker, creditsSpeaker, personDecides, reportsRecord } from './attribution';
import { colonFrameSpeakers } from './colonFrame';
import { quoteCredits, speakerKinds, type QuoteCredits } from './verbCredits';
import { pronounCredit } from './pronounCredit';
import { keptCredits } from './keptCredits';
import { rowSpeaker } from './rowSpeaker';
import { factRules, rulesWithCue, type FactRule, type FactRules } from './factMatcher';
import type { TableRow, TableRows } from '../markdown/tableRows';
import { describeValueAsWritten } from './formatValue';
import { describeSetApart } from './setApartRecord';
import { figureOnOneLine } from '../diagnostics/writtenFigure';
import { judgeClaim, type ClaimVerdict, type SetApart } from './claimVerdict';
import { judgeSeenThrough } from './judgeSeenThrough';
import { cellUnit, figureOnly, tableUnit, withHeaderUnit, type HeaderUnit } from './headerUnit';
import { glossUnit, withGlossUnit } from './glossUnit';
import { headerReferences } from './headerReference';
import { actorKinds } from './ownSubject';
import { citedSubjects } from './citedSource';
import { labelDescribes } from './definiteDescription';
import { claimSurroundings, isListItem } from './claimSurroundings';
import { sentenceBeforeParagraph } from './paragraphBefore';
import { noteContexts } from './noteSurroundings';
import { comparedMentionTests } from './comparedMentions';
import { correctionAt, restatesAt, sameThingAfter } from './assertedFigures';
import { opensCorrectionOfFigure } from './correctionOfFigure';
import { leavesFigureUnchecked } from './uncheckedFigures';
import { carriedPair } from './carriedPair';
import { othersFigures } from './othersQuotation';
import { knownNameWords, subjectIsUnknownName } from './unknownSubject';
import { calledBack, referentIn } from './calledBack';
import { unknownCredit } from './unknownCredit';
import { firstAtOrAfter } from '../util/search';
import { mentionsIn } from '../entities/mentionsIn';
import { withStandIns } from './standIns';
import { withSpeakersCompany } from './speakersCompany';
import { modifiesUnrelatedNoun } from '../entities/unrelatedModifier';
import { sourceLinkNames, type LinkSpan } from './sourceLinkNames';
import { runInLabelSpan, withoutRebuttedLabels, type LabelFinding } from './rebuttedLabel';
import { withoutCorrectedCells, type RowFindings } from './correctedRow';
import { changesKey, type MentionChange } from '../entities/mentionChanges';
import { blankCells } from './blankCells';
import { labelsTruth } from '../claims/unassertedLabel';
import { citationPlanner, type CitationPlan, type CitationPlanner } from './citationFix';
import { requestClaimCitations } from './claimCitations';
import { articleEdit } from './indefiniteArticle';
import { withLabelRelation } from './labelRelation';
import { sentenceBeforeGap, speaksOf } from './gapFromBefore';
import { dashCredit } from './dashCredit';
import { quotedSentences } from './quotedSentences';
import { inWordsOf } from './inWordsOf';
import { remarkOf } from './remarkOf';
import { trailingCredit } from './trailingCredit';
import { quotedText } from '../quotes/quotedText';
import type { Mutable } from '../util/mutable';

export interface FactCheckInput {
  readonly text: string;
  readonly index: LineIndex;
  readonly structure: Structure;
  /** Built for this analysis alone: each is filled in with its verdict in place (status, facts, checks). */
  readonly claims: readonly Claim[];
  readonly quotes: readonly Quotation[];
  readonly entities: readonly EntityMention[];
  /**
   * Where a name of the fact base stands as another name's word and was left out of `entities`
   * ("Marcus Hegseth", "Ms. Claude Fontaine", "the Cthulhu Mythos"), by start, in order: a
   * sentence that names one is about that other one, and borrows no subject from around it.
   */
  readonly otherNames?: readonly number[];
  readonly sentences: readonly Sentence[];
  readonly citations: readonly Citation[];
  readonly references: readonly ReferenceInfo[];
  readonly factIndex: FactIndex;
  /** Per claim, where its verdict is kept between analyses (see `incremental/`). */
  readonly verdictSlots: readonly VerdictSlot[];
  /** The mentions the document-wide readings added or took away (see `mentionChanges`), by start: a kept verdict stands only while its block's are the same. */
  readonly readingChanges?: readonly MentionChange[];
  /** A quotation's match: from the analysis cache, or `match()` once per text (see `incremental/`). */
  readonly cachedQuote: <T>(text: string, match: () => T) => T;
  /** Whom a sentence credits with its quotations, kept between analyses by all it reads; absent without a cache (see `CacheSession.credit`). */
  readonly cachedCredit?: <T>(key: string, make: () => T) => T;
  /** The tables' rows: a cell's figure is judged with its row and its column's header. */
  readonly tableRows: TableRows;
  /**
   * The table cells (block indices) that state a claim under review ("| Claim | Verdict |", a
   * "Myth" column; see `unassertedCells`): their words tie no figure of the other cells of their
   * row, as "| 13 Apr | Anthropic announced Mythos on April 1 | False |" dates when the post was
   * seen, not the announcement.
   */
  readonly unassertedCells?: ReadonlySet<number>;
  /**
   * The block quotes the sentence before them introduces (see quotes/introducesQuote.ts), by
   * start, with that sentence's index: whom it credits is credited with the quote.
   */
  readonly quoteIntros?: ReadonlyMap<number, number>;
  /** The prose's web links, in document order: a name that is a citing link's whole text is no name of its sentence (see `sourceLinkNames`). */
  readonly webLinks?: readonly LinkSpan[];
}

export interface FactCheckResult {
  readonly claims: Claim[];
  readonly quotes: Quotation[];
  readonly findings: FactFinding[];
  /** Citation fixes for unsourced quotations on record, by index into `quotes`. */
  readonly quoteFixes: Map<number, Fix[]>;
  /** Citation fixes for uncited claims whose facts are on record, by index into `claims`. */
  readonly claimFixes: Map<number, Fix[]>;
  /** The fixes that make a dangling marker cite the source its sentence's quotation or claim has on record, and the entries planned. */
  readonly citationPlan: CitationPlan;
  /** Claims judged afresh: those with no kept verdict, or one whose block, row or outside reading no longer stood. */
  readonly judged: number;
}

/**
 * " (source: Title, Publisher)": the first source a writer can cite. Not the source's number in the
 * fact base: a message is read beside the draft's own markers, where "[7]" means the draft's seventh
 * reference. A source the fact base marks `citable: false` (its own reference article) is no source to
 * name: with no other, " (no citable source on record)", and a quotation's `where` says who reported
 * the words ("first reported by Axios").
 */
function sourceLabel(ids: readonly string[], factIndex: FactIndex): string {
  const known = ids.map((id) => factIndex.source(id)).filter((x) => x !== undefined);
  if (!known.length) return '';
  const s = known.find((x) => x.citable !== false);
  return s ? ` (source: ${s.title}, ${s.publisher})` : ' (no citable source on record)';
}

/** `make`, computed once per item: messages name the same few facts and records again and again. */
function perItem<K, V>(make: (item: K) => V): (item: K) => V {
  const made = new Map<K, V>();
  return (item) => {
    let v = made.get(item);
    if (v === undefined) made.set(item, (v = make(item)));
    return v;
  };
}


/**
 * Who a block quote is credited to: the first speaker its attribution line names that is not
 * the reporter (`— Jim Zemlin, Linux Foundation [1]`, `-- Fortune, quoting Anthropic`), or,
 * without an attribution line, whom the sentence introducing it credits ("Dario Amodei told
 * CNN [1]:", or with only a colon: "Dario Amodei (CNN):"); a sentence before it that does not
 * introduce it (one with a quotation of its own) credits no one with it.
 */
function blockQuoteCredit(
  input: FactCheckInput,
  creditedIn: (sentence: number) => QuoteCredits,
  colonCreditIn: (sentence: number, at: number) => EntityMention[],
): (q: Quotation, record: QuotationOnRecord) => EntityMention[] {
  const { structure, entities, sentences, factIndex } = input;
  const quotes = structure.blockQuotes.filter((b) => b.start >= 0 && b.end > b.start);
  return (q, record) => {
    const bq = quotes[firstAtOrAfter(quotes, q.span.start, (b) => b.start)];
    if (!bq || bq.start !== q.span.start) return [];
    if (bq.attribution) {
      const named = mentionsIn(entities, bq.attribution.start, bq.attribution.end).find((e) => speakerKinds.has(e.kind) && !reportsRecord(e.id, record, factIndex));
      return named ? [named] : [];
    }
    const last = input.quoteIntros?.get(bq.start);
    const sentence = last === undefined ? undefined : sentences[last];
    if (last === undefined || !sentence) return [];
    const credited = creditedIn(last)(sentence.span.end, sentence.span.end);
    return credited.length ? credited : colonCreditIn(last, sentence.span.end);
  };
}

/** A quoted excerpt on one line of a block quote: `> "by far the most powerful…" and "currently far ahead…"`. */
const excerptRe = /["“]([^"“”\r\n]{1,500})["”]/g;

/**
 * The misquotes among the excerpts of a block quote that is not itself on record: a letter
 * sets several quoted excerpts in one block quote, and each is held against the record (PL004,
 * with the fix that restores the words), as the same excerpt written inline would be.
 */
function checkExcerpts(q: Quotation, input: FactCheckInput, named: (id: string) => boolean, findings: FactFinding[]): void {
  const { text, factIndex } = input;
  const body = text.slice(q.span.start, q.span.end);
  excerptRe.lastIndex = 0;
  for (let m; (m = excerptRe.exec(body)); ) {
    const words = m[1];
    const match = input.cachedQuote(words, () => matchRecord(words, factIndex));
    if (!match || (match.kind !== 'near' && match.kind !== 'reordered') || !quotesRecord(match.matchedWords, match.record, named, factIndex)) continue;
    const innerStart = q.span.start + m.index + 1;
    findings.push({ ...misquote(input, match, { start: innerStart, end: innerStart + words.length }, words), span: { start: innerStart - 1, end: innerStart + words.length + 1 } });
  }
}

/**
 * An excerpt in single quotation marks, opening after a space or a bracket and closing before one or
 * punctuation: "> On April 2026, Dario Amodei noted 'a new tier of model …'.[7]" (not "Anthropic's").
 */
const singleExcerptRe = /(?:^|[\s(\[])['‘][^'‘’\r\n]{1,500}['’](?=$|[\s.,;:!?)\]])/mu;

/** Whether a block quote holds quoted excerpts, in double (see `checkExcerpts`) or single quotation marks. */
function holdsExcerpts(text: string, q: Quotation): boolean {
  const body = text.slice(q.span.start, q.span.end);
  excerptRe.lastIndex = 0;
  const found = excerptRe.test(body);
  excerptRe.lastIndex = 0;
  return found || singleExcerptRe.test(body);
}

/** Left-out words (an ellipsis) or a bracketed insertion: the words on record cannot simply be put back. */
const elidedOrInserted = /…|\.\s?\.\s?\.|\[/;

/**
 * The message and fix of a PL004 for quoted words that nearly match the record: `quoted` is
 * where the words stand in the text (between the quotation marks, or a block quote's lines),
 * and `written` the words as read. The fix restores the words on record by changing only the
 * words that differ (see `restoreWords`): the writer's other words, case, marks, markup, line
 * breaks and block-quote prefixes stay.
 */
function misquote(input: FactCheckInput, match: RecordMatch, quoted: Span, written: string, between: readonly Span[] = []): Pick<FactFinding, 'code' | 'message' | 'fixes'> {
  const { factIndex, citations } = input;
  const record = match.record;
  const speaker = factIndex.entity(record.speaker)?.name ?? record.speaker;
  // The citation markers in the quoted text ("> We did not feel … widely. [1]") are no words of
  // it, nor the attribution between an interrupted quotation's pieces (`between`, in order).
  const markers: Span[] = [];
  let b = 0;
  for (let i = firstAtOrAfter(citations, quoted.start, (c) => c.span.start); i < citations.length && citations[i].span.start < quoted.end; i++) {
    const m = citations[i].span;
    while (b < between.length && between[b].start < m.start) markers.push(between[b++]);
    if (!markers.length || m.start >= markers[markers.length - 1].end) markers.push(m);
  }
  while (b < between.length) markers.push(between[b++]);
  let unmarked = '';
  let at = quoted.start;
  for (const m of markers) {
    unmarked += input.structure.mask.slice(at, m.start);
    at = m.end;
  }
  const words = markers.length ? unmarked + input.structure.mask.slice(at, quoted.end) : written;
  const restore = match.kind === 'reordered' ? restoreOrder : restoreWords;
  const restored = elidedOrInserted.test(words) ? undefined : restore(input.text, input.structure.mask, quoted.start, quoted.end, markers, match.wordsOnRecord);
  // An edit across the attribution would rewrite it: the words are then not simply put back.
  const edits = restored?.some((e) => between.some((g) => e.start < g.end && e.end > g.start)) ? undefined : restored;
  const fixes: Fix[] = edits
    ? [{ title: match.kind === 'reordered' ? 'Restore the order of the words on record' : 'Restore the words on record', edits: edits.map((e) => ({ range: input.index.range(e.start, e.end), newText: e.newText })), isPreferred: true }]
    : [];
  // Where the writer started or stopped quoting inside a phrase of the record, the words left out may change its
  // sense ("low, but higher than for previous models" for "very low, …"): a second fix quotes the phrase whole, as the message shows it.
  const wholePhrase = edits && match.kind === 'near' && match.phraseOnRecord && match.phraseOnRecord !== match.wordsOnRecord
    ? restoreWords(input.text, input.structure.mask, quoted.start, quoted.end, markers, match.phraseOnRecord)
    : undefined;
  if (wholePhrase && !wholePhrase.some((e) => between.some((g) => e.start < g.end && e.end > g.start))) {
    fixes.push({ title: 'Quote the whole phrase on record', edits: wholePhrase.map((e) => ({ range: input.index.range(e.start, e.end), newText: e.newText })) });
  }
  const differs = match.kind === 'reordered' ? 'has the words on record in another order' : 'differs from the words on record';
  // The message quotes the record's whole phrases, also where the writer chose to start or stop quoting (see `RecordMatch.phraseOnRecord`).
  return { code: 'PL004', message: `Quotation ${differs}: “${match.phraseOnRecord ?? match.wordsOnRecord}” (${speaker}, ${record.where})${sourceLabel(record.sources, factIndex)}`, fixes };
}

function checkQuotes(input: FactCheckInput, citing: CitationPlanner, findings: FactFinding[], quoteFixes: Map<number, Fix[]>): Quotation[] {
  const { factIndex, text, entities, sentences } = input;
  if (!factIndex.factBase.quotations.length) return [...input.quotes];
  // Whom each sentence credits with its quotations, read once per sentence: a sentence may hold thousands of quotations.
  const quotedIn = new Map<number, Quotation['span'][]>();
  const quotedSpan = (si: number, span: Quotation['span']) => {
    let spans = quotedIn.get(si);
    if (!spans) quotedIn.set(si, (spans = []));
    spans.push(span);
  };
  for (const q of input.quotes) {
    if (q.kind !== 'inline') continue;
    // An interrupted quotation's attribution stands between its pieces, outside the quoted words;
    // a paragraph a quotation goes on from is quoted in the sentence that opens it.
    if (q.parts) for (const p of q.parts) quotedSpan(p.sentenceIndex ?? q.sentenceIndex, p.span);
    else quotedSpan(q.sentenceIndex, q.span);
  }
  const mentionsOf = perItem((si: number) => mentionsIn(entities, sentences[si].span.start, sentences[si].span.end));
  const credits = input.cachedCredit ? keptCredits(input.cachedCredit) : quoteCredits;
  const creditedIn = perItem((si: number) => {
    const { start, end } = sentences[si].span;
    return credits(text.slice(start, end), start, mentionsOf(si), quotedIn.get(si));
  });
  // A speaker named before a colon that directly precedes the quotation ("Dario Amodei (CNN): “…”"),
  // or the subject of a clause that ends in that colon ("Jim Zemlin put the case bluntly: “…”").
  const colonCreditIn = (si: number, at: number): EntityMention[] => {
    const { start, end } = sentences[si].span;
    const sentence = text.slice(start, end);
    const named = colonSpeaker(sentence, start, mentionsOf(si), at);
    return named ? [named] : colonFrameSpeakers(sentence, start, mentionsOf(si), at, quotedIn.get(si));
  };
  const blockQuoteCredits = blockQuoteCredit(input, creditedIn, colonCreditIn);
  // Whom a verb of speech credits, or else whom a colon right before the quotation names, or else whom "he" or "she" stands for.
  // An interrupted quotation is credited by the verb its first piece is ('“…,” Graham said, “…”'), else a later one.
  // A quotation of several paragraphs is credited by the verb of the sentence that opens it ('Menon said: "…'), else by its last ('…," Menon said.').
  const inlineCredit = (q: Quotation): EntityMention[] => {
    // "… “supply chain risk” in Hegseth's words": the phrase names whose words they are, whatever the verb.
    const named = inWordsOf(text, q.span, entities);
    if (named.length) return named;
    // "Dario Amodei's remark that “…”": a noun of speech its owner heads, right before the quotation.
    const remarked = remarkOf(text, q.span, entities);
    if (remarked.length) return remarked;
    for (const piece of q.parts ?? [q]) {
      const byVerb = creditedIn(pieceSentence(q, piece))(piece.span.start, piece.span.end).filter((e) => !quotedBy(q, e.span));
      if (byVerb.length) return byVerb;
    }
    // "Graham said." or "He said." as a sentence of its own after it, as papers set it after a quotation of several paragraphs.
    const after = trailingCredit(text, sentences, q.span, entities);
    if (after) return after;
    // "Told Dario Amodei to CNN: «…»": the verb opens the sentence, the speaker follows it.
    const opening = q.parts ? pieceSentence(q, q.parts[0]) : q.sentenceIndex;
    const sentence = sentences[opening];
    const first = sentence && verbFirstSpeaker(text.slice(sentence.span.start, sentence.span.end), sentence.span.start, mentionsOf(opening), q.span.start);
    if (first) return [first];
    // '"…" — Dario Amodei, CNN [1]': a dash credit after the quotation, as a block quote's attribution line.
    const byDash = dashCredit(text, q.span.end, entities);
    if (byDash.length) return byDash;
    const byColon = colonCreditIn(opening, q.span.start);
    if (byColon.length) return byColon;
    const byRow = rowSpeaker(input.structure.mask, input.structure.blocks, input.tableRows, entities, q.span.start);
    return byRow ? [byRow] : pronounCredit(input, q);
  };
  // Names the fact base does not know, read only where it knows no one credited (unknownCredit.ts).
  const unknownCredits = unknownCredit(text, input.index, factIndex);
  const recordLabel = perItem((record: QuotationOnRecord) => ({
    speaker: factIndex.entity(record.speaker)?.name ?? record.speaker,
    source: sourceLabel(record.sources, factIndex),
  }));
  // The entities the draft names: a short quotation is a record only in a draft that names one of its ties.
  let namedInDraft: ReadonlySet<string> | undefined;
  const named = (id: string) => (namedInDraft ??= new Set(entities.map((e) => e.id))).has(id);
  // The misattributions found, by sentence, record and who is credited: the fragments of a split
  // quotation ('“We did not,” Dario Amodei told CNN, “feel comfortable …”') are one misattribution.
  const misattributed = new Set<string>();
  // The quotations whose citation fix was asked for: one fix, also when two pieces of one are on record.
  const citeRequested = new Set<number>();
  /**
   * Checks `q`'s words, or those of `piece`, one piece of it (an interrupted quotation whose
   * joined words are on no record may still quote one in a piece): PL004 on the words
   * checked, PL005 and the citation fix on the whole quotation. Undefined when not on record.
   */
  const checkQuote = (q: Quotation, qi: number, piece?: QuotationPart): RecordMatch | undefined => {
    const whole = piece?.text ?? q.text;
    const wholeMatch = input.cachedQuote(whole, () => matchRecord(whole, factIndex));
    // A block quote that sets quoted excerpts in its own words (a letter's "> On 16 December the Pentagon announced
    // "a new tier of model …".") is held against the record by its excerpts, not by its sentences around them.
    const excerpts = !wholeMatch && q.kind === 'block' && holdsExcerpts(text, q);
    if (excerpts) checkExcerpts(q, input, named, findings);
    // Several sentences on no record as a whole (an inline quotation's, or a block quote's
    // with no quoted excerpts): the first that misquotes one (see `quotedSentences`).
    const inSentence = wholeMatch || excerpts || (q.parts && !piece) ? undefined : misquotedSentence(input, piece ?? q, named);
    // The whole record with a word changed among more quoted words: the misquote is the stretch that lines up with it.
    const stretch = !inSentence && wholeMatch?.within && quotesRecord(wholeMatch.matchedWords, wholeMatch.record, named, factIndex) ? withinStretch(input, q, piece, wholeMatch) : undefined;
    const misquoted = inSentence ?? stretch;
    const match = misquoted?.match ?? wholeMatch;
    if (!match || !quotesRecord(match.matchedWords, match.record, named, factIndex)) return undefined;
    const record = match.record;
    const { speaker, source } = recordLabel(record);
    if (misquoted) {
      findings.push({ ...misquote(input, match, misquoted.span, misquoted.words), span: misquoted.span, range: input.index.range(misquoted.span.start, misquoted.span.end) });
    } else if ((match.kind === 'near' || match.kind === 'reordered') && !match.within) {
      // (A `within` match whose stretch is not found again in the document's words gets no finding: its fix would rewrite the whole quotation.)
      // An inline quotation's words stand between its marks (an interrupted one's, without its
      // attribution, from a piece's closing mark to the next one's opening mark); a block quote's span is its lines' text.
      const span = piece?.span ?? q.span;
      const quoted = q.kind === 'inline' ? { start: span.start + 1, end: piece ? wordsEnd(piece) : span.end - 1 } : span;
      const between = piece ? [] : attributionsIn(q);
      findings.push({ ...misquote(input, match, quoted, whole, between), span, range: piece?.range ?? q.range });
    }
    const sentence = sentences[q.sentenceIndex];
    if (sentence) {
      const known = q.kind === 'block' ? blockQuoteCredits(q, record) : inlineCredit(q);
      const creditIn = (si: number) => ({ span: sentences[si].span, mentions: mentionsOf(si), quoted: quotedIn.get(si) ?? [] });
      let whom = known;
      if (q.kind === 'inline' && !whom.length) {
        for (const p of q.parts ?? [q]) if ((whom = unknownCredits(creditIn(pieceSentence(q, p)), p.span, match)).length) break;
      }
      // The outlet that published the record's source reported the words: it is not their speaker,
      // unless the sentence puts the record's first person in its mouth ("Fortune said: “… we've …”").
      const reported = whom.filter((e) => !reportsRecord(e.id, record, factIndex) || speaksInOutletVoice(text, e.span, q.text));
      // Words on record from a person, or from a document (a draft, a post, a card, a filing): a
      // person the sentence credits decides, and the organization named with them ("Anthropic
      // CEO Dario Amodei said", "Dario Amodei, Anthropic's chief executive, called it") excuses
      // nothing: an officer may voice what the organization said, but a document's words are no one's remark.
      const people = personDecides(record, factIndex) ? reported.filter((e) => e.kind === 'person') : [];
      const credited = people.length ? people : reported;
      const key = `${q.sentenceIndex}\u0000${record.id}\u0000${credited.map((e) => e.id).join('\u0000')}`;
      if (credited.length && !misattributed.has(key) && !credited.some((e) => creditsSpeaker(e.id, record, factIndex))) {
        misattributed.add(key);
        const who = credited.map((e) => factIndex.entity(e.id)?.name ?? e.text);
        // "Employees of OpenAI and Google DeepMind wrote …" credits the employees, not the companies.
        const group = groupBefore(text, Math.min(...credited.map((e) => e.span.start)));
        findings.push({
          code: 'PL005',
          message: `Quotation is credited to ${group ? `${group} ` : ''}${who.length > maxListed ? listed(who) : who.join(' and ')}, but on record these are the words of ${speaker} (${record.where})${source}: ${excerpt(record.text)}`,
          span: q.span,
          range: q.range,
          related: credited.slice(0, maxListed).map((e) => ({ message: `credited to ${factIndex.entity(e.id)?.name ?? e.text} here`, span: e.span })),
        });
      }
    }
    if (!q.sourced && !citeRequested.has(qi)) {
      citeRequested.add(qi);
      const at = q.kind === 'inline' ? q.span.end : (sentence?.span.end ?? q.span.end);
      const from = Math.min(sentence?.span.start ?? q.span.start, q.span.start);
      citing.request(record.sources, at, from, Math.max(sentence?.span.end ?? q.span.end, q.span.end + 1), (fix) => quoteFixes.set(qi, [fix]));
    }
    return match;
  };
  return input.quotes.map((q, qi) => {
    let match = checkQuote(q, qi);
    // The pieces of an interrupted quotation on no record as a whole, each on its own.
    if (!match && q.parts) {
      for (const piece of q.parts) {
        const found = checkQuote(q, qi, piece);
        match ??= found;
      }
    }
    return match ? { ...q, onRecord: match.record.id, recordMatch: match.kind } : q;
  });
}

/**
 * The first sentence of an inline quotation (or of one piece of it) that misquotes a record
 * (a near or reordered match the draft ties to it), with where its words stand and the words:
 * for quoted words of several sentences that match no record as a whole.
 */
function misquotedSentence(input: FactCheckInput, quoted: Quotation | QuotationPart, named: (id: string) => boolean): { match: RecordMatch; span: Span; words: string } | undefined {
  const { text, structure, factIndex } = input;
  // A block quote's span is its lines' text; an inline quotation's holds its marks.
  const block = 'kind' in quoted && quoted.kind === 'block';
  const end = block ? quoted.span.end : 'kind' in quoted ? quoted.span.end - 1 : wordsEnd(quoted);
  for (const span of quotedSentences(structure.mask, quoted.span.start + (block ? 0 : 1), end)) {
    const words = quotedText(text, structure.mask, span.start, span.end);
    const match = input.cachedQuote(words, () => matchRecord(words, factIndex));
    if (!match || (match.kind !== 'near' && match.kind !== 'reordered') || !quotesRecord(match.matchedWords, match.record, named, factIndex)) continue;
    if (!match.within) return { match, span, words };
    const stretch = recordStretch(structure.mask, span.start, span.end, markersIn(input, span), match.wordsOnRecord);
    if (stretch) return { match, span: stretch, words: quotedText(text, structure.mask, stretch.start, stretch.end) };
  }
  return undefined;
}

/**
 * The stretch of `q` (or of `piece`, one piece of it) that lines up with the record a `within`
 * match found among more of its words, with those words: what the PL004 marks and its fix rewrites.
 */
function withinStretch(input: FactCheckInput, q: Quotation, piece: QuotationPart | undefined, match: RecordMatch): { match: RecordMatch; span: Span; words: string } | undefined {
  const { text, structure } = input;
  const span = piece?.span ?? q.span;
  const quoted = q.kind === 'inline' ? { start: span.start + 1, end: piece ? wordsEnd(piece) : span.end - 1 } : span;
  const stretch = recordStretch(structure.mask, quoted.start, quoted.end, markersIn(input, quoted), match.wordsOnRecord);
  return stretch ? { match, span: stretch, words: quotedText(text, structure.mask, stretch.start, stretch.end) } : undefined;
}

/** The citation markers within `span`: no words of a quotation. */
function markersIn(input: FactCheckInput, span: Span): Span[] {
  const out: Span[] = [];
  const { citations } = input;
  for (let i = firstAtOrAfter(citations, span.start, (c) => c.span.start); i < citations.length && citations[i].span.start < span.end; i++) out.push(citations[i].span);
  return out;
}

/** Where an interrupted quotation's words are not: from each piece's closing mark (or a paragraph's end) to the next one's opening mark, both included. */
function attributionsIn(q: Quotation): Span[] {
  const parts = q.parts;
  if (!parts) return [];
  const out: Span[] = [];
  for (let k = 1; k < parts.length; k++) out.push({ start: wordsEnd(parts[k - 1]), end: parts[k].span.start + 1 });
  return out;
}

/** The sentence that holds a piece of `q` (or `q` itself): its own, or for a paragraph `q` goes on from, the one that opens it. */
function pieceSentence(q: Quotation, piece: Quotation | QuotationPart): number {
  return piece.sentenceIndex ?? q.sentenceIndex;
}

/** Where a piece's closing mark ends its words: a paragraph a quotation goes on from has none, and its words run to its end. */
function wordsEnd(piece: QuotationPart): number {
  return piece.sentenceIndex === undefined ? piece.span.end - 1 : piece.span.end;
}

/** Whether `span` overlaps the quoted words of `q`: one of its pieces, or the whole quotation. */
function quotedBy(q: Quotation, span: Span): boolean {
  for (const p of q.parts ?? [q]) if (span.start < p.span.end && span.end > p.span.start) return true;
  return false;
}

/** What a table cell's claim is judged in: its row, and the header cell of its column. */
interface RowContext {
  readonly text: string;
  readonly start: number;
  readonly cued: readonly FactRule[];
  readonly mentions: readonly EntityMention[];
  readonly ids: ReadonlySet<string>;
  /** The header cell's text, whose cue ("Released") gives the measure of the cells below it. */
  readonly headerText?: string;
  /** For a cell past the first column of a row under a header: the row's first cell, whose unit ("SWE-bench Pro (%)") the row's bare numbers take. */
  readonly rowLabelText?: string;
  /** The unit the table gives all its bare numbers, in its caption or its label column's header (see `tableUnit`). */
  readonly tableUnit?: HeaderUnit;
  /** What the references the row cites name in their titles (see `ClaimContext.cited`). */
  readonly cited: () => ReadonlySet<string>;
}

/**
 * The contexts of table cells: each row's and each header cell's cues and mentions found once,
 * and each cell's context made once per row and column (a row of many cells, a table of many
 * rows, ask for the same ones again and again).
 */
function rowContexts(input: FactCheckInput, rules: FactRules, entities: readonly EntityMention[], linked: readonly EntityMention[]): (blockIndex: number) => RowContext | undefined {
  const { text, structure } = input;
  const blocks = structure.blocks;
  const rows = input.tableRows;
  const spans = new Map<number, { cued: readonly FactRule[]; mentions: readonly EntityMention[] }>();
  const spanContext = (start: number, end: number) => {
    let c = spans.get(start);
    if (!c) spans.set(start, (c = { cued: rulesWithCue(rules, text.slice(start, end)), mentions: mentionsIn(entities, start, end) }));
    return c;
  };
  const made = new Map<string, RowContext>();
  const unasserted = input.unassertedCells;
  // A row's own text, cues and names, without the cells that state a claim under review (see `blankCells`), unless the
  // cell judged answers them: "| Anthropic gives $1 billion. | Up to $500 million in usage credits. |" under "| Myth | Fact |".
  const rowContext = (row: TableRow, headerCell: number | undefined) => {
    const answers = headerCell !== undefined && labelsTruth(text.slice(blocks[headerCell].start, blocks[headerCell].end));
    const under = unasserted?.size && !answers ? row.cells.filter((c) => unasserted.has(c)) : [];
    const whole = withoutCitedAuthors(text, row.start, row.end, input.citations);
    if (!under.length) return { text: whole, blanked: false, ...spanContext(row.start, row.end) };
    const blanked = blankCells(whole, row.start, under.map((c) => blocks[c]));
    const inCells = (e: EntityMention) => under.some((c) => e.span.start < blocks[c].end && e.span.end > blocks[c].start);
    return { text: blanked, blanked: true, cued: rulesWithCue(rules, blanked), mentions: mentionsIn(entities, row.start, row.end).filter((e) => !inCells(e)) };
  };
  // What each row's citations name, found once per row when first asked for.
  const citedByRow = new Map<number, ReadonlySet<string>>();
  const citedIn = (start: number, end: number) => {
    let ids = citedByRow.get(start);
    if (!ids) citedByRow.set(start, (ids = citedNames(input, entities, start, end, linked)));
    return ids;
  };
  // The row's own names, with the event or document its label names by a head noun ("| Formal announcement of Mythos Preview |"), found once per row.
  // Read without the row's claims under review (`blanked`), a label that is one names nothing.
  const namesByRow = new Map<string, readonly EntityMention[]>();
  const rowNames = (row: TableRow, own: readonly EntityMention[], blanked: boolean) => {
    const key = `${row.start}:${blanked}`;
    let names = namesByRow.get(key);
    if (!names) namesByRow.set(key, (names = blanked && unasserted!.has(row.cells[0]) ? own : withLabelName(input, row, own, () => citedIn(row.start, row.end))));
    return names;
  };
  // The events each header cell counts from ("Days after the leak"), found once per header cell.
  const references = new Map<number, ReadonlySet<string> | undefined>();
  const referencesOf = (headerCell: number, mentions: readonly EntityMention[]) => {
    if (!references.has(headerCell)) references.set(headerCell, headerReferences(text.slice(blocks[headerCell].start, blocks[headerCell].end), blocks[headerCell].start, mentions, rules.descriptions));
    return references.get(headerCell);
  };
  // The unit each table gives all its cells, found once per table (by its header row).
  const tableUnits = new Map<number, HeaderUnit | undefined>();
  const tableUnitOf = (header: TableRow) => {
    if (!tableUnits.has(header.start)) tableUnits.set(header.start, unitOfTable(text, blocks, header));
    return tableUnits.get(header.start);
  };
  return (blockIndex) => {
    if (blocks[blockIndex]?.kind !== 'table-cell') return undefined;
    const row = rows.rowOf(blockIndex);
    if (!row) return undefined;
    const headerCell = rows.headerCellOf(row, blockIndex);
    const labelled = row.header !== undefined && row.columns[0] === 0 && row.cells[0] !== blockIndex;
    const key = `${row.start}:${headerCell ?? ''}:${labelled ? 1 : 0}`;
    let context = made.get(key);
    if (context) return context;
    const own = rowContext(row, headerCell);
    own.mentions = rowNames(row, own.mentions, own.blanked);
    const header = headerCell === undefined ? undefined : spanContext(blocks[headerCell].start, blocks[headerCell].end);
    const from = header && headerCell !== undefined ? referencesOf(headerCell, header.mentions) : undefined;
    // The row of the event its column counts from ("| Mythos leak | 0 |" under "Days after the leak") gives that event's offset from itself: no fact's figure.
    const countsFromItself = from !== undefined && startsCount(own.mentions, from);
    const cued = countsFromItself ? [] : header ? [...own.cued, ...header.cued.filter((r) => !own.cued.includes(r))] : own.cued;
    const mentions = header ? [...header.mentions, ...own.mentions] : own.mentions;
    const headerText = headerCell === undefined ? undefined : text.slice(blocks[headerCell].start, blocks[headerCell].end);
    // A label that is a claim under review gives the other cells no unit.
    const label = labelled && !(own.blanked && unasserted!.has(row.cells[0])) ? blocks[row.cells[0]] : undefined;
    const rowLabelText = label ? text.slice(label.start, label.end) : undefined;
    // A row whose first cell is a bare figure has no label column: the top-left header is that column's own.
    const tableWide = row.header && !(rowLabelText !== undefined && bareFigure.test(rowLabelText)) ? tableUnitOf(row.header) : undefined;
    context = {
      text: own.text,
      start: row.start,
      cued,
      mentions,
      ids: new Set(mentions.map((e) => e.id)),
      cited: () => citedIn(row.start, row.end),
      ...(headerText === undefined ? {} : { headerText }),
      ...(rowLabelText === undefined ? {} : { rowLabelText }),
      ...(tableWide === undefined ? {} : { tableUnit: tableWide }),
    };
    made.set(key, context);
    return context;
  };
}

/** A cell holding a figure and nothing else: "12", "83.1", "$40". */
const bareFigure = /^[\s*_]*[$€£]?\d[\d,.]*%?[\s*_]*$/;

/**
 * The unit a table gives all its bare numbers (see `tableUnit`): in its label column's header
 * ("| Benchmark (%) | … |"), else in its caption, the paragraph right before it.
 */
function unitOfTable(text: string, blocks: readonly Block[], header: TableRow): HeaderUnit | undefined {
  const topLeft = header.columns[0] === 0 ? blocks[header.cells[0]] : undefined;
  return (topLeft && tableUnit(text.slice(topLeft.start, topLeft.end))) || (header.caption ? tableUnit(text.slice(header.caption.start, header.caption.end)) : undefined);
}

/**
 * A row's names (`own`), with the event or document its label (first cell, under a header) names
 * by the head noun of its names, as tables write labels, without an article (see `labelDescribes`):
 * "| Formal announcement of Mythos Preview | 7 April 2026 | 12 |" under "Days after the leak" is
 * the announcement's row, as "| Glasswing announcement | … |" is.
 */
function withLabelName(input: FactCheckInput, row: TableRow, own: readonly EntityMention[], cited: () => ReadonlySet<string>): readonly EntityMention[] {
  if (row.header === undefined || row.columns[0] !== 0) return own;
  const descriptions = factRules(input.factIndex).descriptions;
  if (!descriptions.size) return own;
  const label = input.structure.blocks[row.cells[0]];
  const inLabel = own.filter((e) => e.span.start >= label.start && e.span.end <= label.end);
  const names = (id: string) => own.some((e) => e.id === id && !actorKinds.has(e.kind)) || cited().has(id);
  const found = labelDescribes(descriptions, input.text.slice(label.start, label.end), label.start, inLabel, names);
  if (!found || own.some((e) => e.id === found.id)) return own;
  const mention: EntityMention = {
    id: found.id,
    kind: input.factIndex.entity(found.id)?.kind ?? 'event',
    text: input.text.slice(found.start, found.end),
    span: { start: found.start, end: found.end },
    range: input.index.range(found.start, found.end),
  };
  const at = firstAtOrAfter(own, found.start, (e) => e.span.start);
  return [...own.slice(0, at), mention, ...own.slice(at)];
}

/**
 * The things (not the companies, agencies or people behind them) the titles of the references
 * cited in [start, end) name: "Claude Mythos Preview System Card" names the card; "Project
 * Glasswing: … - Anthropic" names the program, not Anthropic, which publishes many documents.
 * With them, the names that are a citing link's whole text in [start, end) (`linked`, see
 * `sourceLinkNames`): "([Anthropic](…))" names the source's publisher as the sentence gives it.
 * A reference that is a source on record also names what its facts are about: Fortune's
 * "Anthropic accidentally leaked details of a new AI model …" the leak (see `citedSubjects`).
 */
function citedNames(input: FactCheckInput, entities: readonly EntityMention[], start: number, end: number, linked: readonly EntityMention[]): ReadonlySet<string> {
  const { citations, references, index } = input;
  const ids = new Set<string>();
  for (let i = firstAtOrAfter(citations, start, (c) => c.span.start); i < citations.length && citations[i].span.start < end; i++) {
    const ri = citations[i].referenceIndex;
    const ref = ri === undefined ? undefined : references[ri];
    if (!ref) continue;
    for (const id of citedSubjects(ref, input.factIndex)) ids.add(id);
    const range = ref.range;
    if (!range) continue;
    for (const e of mentionsIn(entities, index.offset(range.start), index.offset(range.end))) if (!actorKinds.has(e.kind)) ids.add(e.id);
  }
  if (linked.length) for (const e of mentionsIn(linked, start, end)) ids.add(e.id);
  return ids;
}

/** Whether a row names an event its column counts from (`from`), and no other event: the row where the count starts. */
function startsCount(mentions: readonly EntityMention[], from: ReadonlySet<string>): boolean {
  let names = false;
  for (const e of mentions) {
    if (from.has(e.id)) names = true;
    else if (e.kind === 'event') return false;
  }
  return names;
}

/** Whether a cell's value took its unit (or scale) from its header or row label: the cell then holds the figure alone. */
function headerGaveUnit(judged: ClaimValue, written: ClaimValue): boolean {
  return judged.unit !== written.unit || judged.kind !== written.kind || judged.number !== written.number;
}

/** The fix's edit, after the one that changes the article before it when the new figure is read with the other ("an 11-year-old" → "a 16-year-old"). */
function withArticle(text: string, figureStart: number, replacement: string, edit: TextEdit, index: LineIndex): TextEdit[] {
  const article = articleEdit(text, figureStart, replacement, index);
  return article ? [article, edit] : [edit];
}

/** A range whose ends "and" joins ("70 and 80 percent"), which only "between" before it makes one. */
const rangeByAnd = /\sand\s/;
const betweenEnd = /\bbetween(?:\r\n|\s)$/i;

/** Where "between" starts when it stands right before `at` ("between 70 and 80 percent"), else `at`. */
function betweenBefore(text: string, at: number): number {
  const m = betweenEnd.exec(text.slice(Math.max(0, at - 10), at));
  return m ? at - m[0].length : at;
}

/** Where a claim's verdict is kept between analyses: its block's scan and its sentence in it. */
export interface VerdictSlot {
  readonly verdicts: (ClaimVerdict | undefined)[];
  readonly sentence: number;
}

/**
 * A kept verdict that read outside its block — the paragraph before it (wire copy's one-sentence
 * paragraphs), the titles of the references its markers cite — with the key of what it read
 * there (see `outsideKey`): it stands while that key does, as its block's own text stands for the rest.
 */
interface KeptVerdict extends ClaimVerdict {
  readonly outside?: { readonly before: boolean; readonly cited: boolean; readonly row: boolean; readonly key: string };
  /** The changes the document-wide readings made to its block's mentions when it was judged (see `changesKey`), when any. */
  readonly readings?: string;
}

/**
 * What a table cell's verdict read (see `RowContext`): its row, header and label cells with the
 * names in them, the table's unit, what the row cites, and the cell's figures, placed from the row's start.
 */
function rowKey(row: RowContext, values: readonly ClaimValue[]): string {
  let key = `${row.text}\u0000${row.headerText ?? ''}\u0000${row.rowLabelText ?? ''}\u0000${JSON.stringify(row.tableUnit ?? null)}\u0000${[...row.cited()].sort().join(' ')}`;
  for (const e of row.mentions) key += `\u0000${e.id} ${e.span.start - row.start} ${e.span.end - row.start}`;
  for (const v of values) {
    const { range: _range, span, qualified, ...rest } = v;
    key += `\u0000${span.start - row.start} ${span.end - row.start} ${qualified ? qualified.span.start - row.start : ''} ${JSON.stringify(rest)}`;
  }
  return key;
}

function checkClaims(input: FactCheckInput, citing: CitationPlanner, findings: FactFinding[], claimFixes: Map<number, Fix[]>, tally: { judged: number }): Claim[] {
  const { factIndex, text, structure } = input;
  const rules = factRules(factIndex);
  if (!rules.all.length) return [...input.claims];
  // A name used as the modifier of another thing's noun ("Glasswing butterflies", "Anthropic
  // reasoning") ties no figure to a fact, and its sentence, being about that thing, borrows no
  // subject; nor does one that names another's name ("Ms. Claude Fontaine").
  const modifierStarts: number[] = [];
  // A heading names its section's subject more loosely ("## The Glasswing story"): the blocks are walked beside the names.
  let headingCursor = 0;
  for (const e of input.entities) {
    while (headingCursor < structure.blocks.length - 1 && structure.blocks[headingCursor].end <= e.span.start) headingCursor++;
    const around = structure.blocks[headingCursor];
    const inHeading = around !== undefined && around.kind === 'heading' && around.start <= e.span.start;
    if (modifiesUnrelatedNoun(structure.mask, e, factIndex, inHeading)) modifierStarts.push(e.span.start);
  }
  const modifiers = new Set(modifierStarts);
  // "… have access ([Fortune](https://fortune.com/…))": the link names the source, not the sentence's subject or a rival party;
  // like a cited reference's title, it may still tell what the sentence is about ("Usage credits: $150 million ([Anthropic](…))").
  const linkedAt = new Set(input.webLinks?.length ? sourceLinkNames(text, input.webLinks, input.entities) : []);
  const linked = linkedAt.size ? input.entities.filter((e) => linkedAt.has(e.span.start)) : [];
  for (const at of linkedAt) modifiers.add(at);
  const entities = modifiers.size ? input.entities.filter((e) => !modifiers.has(e.span.start)) : input.entities;
  const within = (starts: readonly number[], start: number, end: number) => {
    const i = firstAtOrAfter(starts, start, (at) => at);
    return i < starts.length && starts[i] < end;
  };
  const namesOtherThing = (start: number, end: number) => within(modifierStarts, start, end) || (input.otherNames !== undefined && within(input.otherNames, start, end));
  const blocks = structure.blocks;
  let blockCursor = 0;
  const rowOf = rowContexts(input, rules, entities, linked);
  const noteAt = noteContexts(structure.footnoteDefinitions, input.citations, input.sentences, entities);
  // A name set only on the other side of a comparison ("against 66.6% for Opus 4.6") is no subject a later sentence takes.
  const { compared, comparandOnly } = comparedMentionTests(text, input.claims);
  const isSubject = (e: EntityMention) => !compared(e);
  const surroundingsOf = claimSurroundings(text, input.index, blocks, entities, input.sentences, noteAt, isSubject);
  let isItem: ((block: Block) => boolean) | undefined;
  const listItemTest = () => (isItem ??= (b: Block) => isListItem(text, input.index, b));
  const nameWords = knownNameWords(factIndex);
  const sourceOf = perItem((fact: Fact) => sourceLabel(fact.sources, factIndex));
  // The value on record in the notation of the text's figure where that is a power of ten ("10²⁵ FLOP on record").
  // A count that sets names apart states the rest it was held against, as its fix writes it ("11 founding partners besides Anthropic").
  const onRecord = (fact: Fact, written: string, apart: SetApart | undefined) =>
    `${fact.statement.replace(/\.$/, '')} — ${apart ? describeSetApart(fact.value!, apart, written) : `${describeValueAsWritten(fact.value!, written)} on record`}${sourceOf(fact)}`;
  // The inline quotations in [start, end): their words are not a sentence's attribution.
  const inlineQuotes = input.quotes.filter((q) => q.kind === 'inline');
  const inlineQuoteSpans = inlineQuotes.map((q) => q.span);
  /** Whether `span` lies between the marks of an inline quotation: "93.1%" in `"… scored 93.1% on CyberGym," Graham said`. */
  const inQuotation = (span: Span) => {
    const i = firstAtOrAfter(inlineQuoteSpans, span.start + 1, (q) => q.start) - 1;
    return i >= 0 && span.end <= inlineQuoteSpans[i].end;
  };
  const quotedSpansIn = (start: number, end: number): Span[] => {
    const out: Span[] = [];
    for (let i = firstAtOrAfter(inlineQuotes, start, (q) => q.span.start); i < inlineQuotes.length && inlineQuotes[i].span.start < end; i++) out.push(inlineQuotes[i].span);
    return out;
  };
  /**
   * What the rules that go on from the paragraph before read of it (see `sentenceBeforeParagraph`,
   * `sentenceBeforeGap`): its kind, whether it is a list item or in the same block quote, its text from
   * its line's start (and from the sentence before, should that start earlier), and the names in it.
   */
  const blockBeforeKey = (bi: number, si: number): string => {
    const block = blocks[bi];
    const before = blocks[bi - 1];
    const previous = input.sentences[si - 1]?.span.start;
    if (block === undefined || before === undefined || previous === undefined) return '-';
    const from = Math.min(previous, input.index.lineStarts[input.index.lineOf(before.start)]);
    let key = `${before.kind} ${before.isReference === true} ${before.blockQuote === block.blockQuote} ${listItemTest()(before)} ${previous - block.start} ${from - block.start}\u0000${text.slice(from, block.start)}`;
    for (const e of mentionsIn(entities, from, block.start)) key += `\u0000${e.id} ${e.span.start - block.start} ${e.span.end - block.start} ${isSubject(e)}`;
    return key;
  };
  // A paragraph's run-in label, found once per paragraph; and the PL006 findings on a figure in one, by its paragraph (see `rebuttedLabel`).
  const labels = new Map<number, Span | undefined>();
  const labelOf = (bi: number) => {
    if (!labels.has(bi)) labels.set(bi, blocks[bi]?.kind === 'paragraph' ? runInLabelSpan(text, blocks[bi].start, blocks[bi].end) : undefined);
    return labels.get(bi);
  };
  const inLabels = new Map<number, { readonly first: number; readonly found: LabelFinding[] }>();
  // The PL006 findings on a table's cells, by row: a row may set its own figure right (see `correctedRow`).
  const inRows = new Map<TableRow, RowFindings>();
  const checked = input.claims.map((claim, ci) => {
    if (!claim.values.length) return claim;
    const { start, end } = claim.span;
    const slot = input.verdictSlots[ci];
    while (blockCursor < blocks.length - 1 && blocks[blockCursor].end <= start) blockCursor++;
    // A table cell's claim is judged with its row and header, which its block's cache does not hold: its verdict is kept with their key.
    const row = rowOf(blockCursor);
    // What a verdict read outside its block, as a key: the block before as the rules read it, and the names the cited titles give.
    const outsideKey = (before: boolean, readCited: boolean): string => {
      let key = '';
      if (before) key += blockBeforeKey(blockCursor, claim.sentenceIndex);
      if (readCited) key += `\u0000${[...citedNames(input, entities, start, end, linked)].sort().join(' ')}`;
      return key;
    };
    // A row that holds no fact's cue is judged at once (no fact to hold it to): cheaper than its key.
    const keyed = !row || row.cued.length > 0;
    let verdict: KeptVerdict | undefined = keyed ? slot.verdicts[slot.sentence] : undefined;
    if (verdict?.outside && verdict.outside.row !== (row !== undefined)) verdict = undefined;
    else if (verdict?.outside && verdict.outside.key !== (row ? rowKey(row, claim.values) : outsideKey(verdict.outside.before, verdict.outside.cited))) verdict = undefined;
    else if (row && !verdict?.outside) verdict = undefined;
    // A bare number under a header, or in a row whose label, that gives its unit ("| 76 |" under "Days after application") is read in that unit.
    // So is one that opens its sentence and is glossed after a dash ("- **16** — age in years of the FFmpeg bug").
    const gloss = row ? undefined : glossUnit(claim, text);
    const judged = row ? withLabelRelation(withHeaderUnit(claim, row.headerText, row.rowLabelText, row.tableUnit), row.rowLabelText, row.headerText) : withGlossUnit(claim, gloss);
    // A kept verdict judged with its surroundings stands only while they name the same entities.
    if (verdict?.surroundings !== undefined && verdict.surroundings !== surroundingsOf(blockCursor, start).key) verdict = undefined;
    // Nor one judged before a reading of the whole document added or took a name in its block ('the Department' defined in another section).
    const readings = row ? '' : changesKey(input.readingChanges, blocks[blockCursor]?.start ?? start, blocks[blockCursor]?.end ?? end);
    if (verdict && !row && (verdict.readings ?? '') !== readings) verdict = undefined;
    if (!verdict && row) {
      // A row that names no subject takes its section's heading's, as a sentence does ("## Glasswing" over "| Direct donations | $40M |").
      const bi = blockCursor;
      const surroundings = () => surroundingsOf(bi, start);
      tally.judged++;
      verdict = judgeClaim(judged, { sentenceText: row.text, start: row.start, sentenceMentions: row.mentions, blockIds: () => row.ids, cued: row.cued, headerText: row.headerText, cited: row.cited, surroundings }, rules);
      if (keyed) {
        const kept: KeptVerdict = { ...verdict, outside: { before: false, cited: false, row: true, key: rowKey(row, claim.values) } };
        slot.verdicts[slot.sentence] = kept;
      }
    } else if (!verdict) {
      tally.judged++;
      const block = blocks[blockCursor];
      // A citation's author is no name of the sentence's (see `withoutCitedAuthors`).
      const sentenceText = withoutCitedAuthors(text, start, end, input.citations);
      // A name set against the sentence's figure and given none of its own ("93.9%, well above Opus 4.6") is not its subject.
      const named = mentionsIn(entities, start, end).filter((e) => !comparandOnly(e));
      // A sentence whose subject is a name the fact base does not know ("Founded in 2019, the
      // Coalition represents …") borrows none from its paragraph or its surroundings.
      let ownSubject = namesOtherThing(start, end) || subjectIsUnknownName(sentenceText, start, named, nameWords);
      let blockIdSet: ReadonlySet<string> | undefined;
      // Notes written one per line make one block: a note's names are its own.
      let from = block?.kind === 'footnote-definition' ? (noteAt(start)?.start ?? block.start) : block?.start;
      // A paragraph of one sentence, as wire copy sets them, goes on from the paragraph before (see `sentenceBeforeParagraph`):
      // a verdict that read it is not kept with its own block's, as that paragraph may change alone.
      let readBlockBefore = false;
      let fromBefore = false;
      if (!ownSubject && block !== undefined) {
        const before = sentenceBeforeParagraph(text, blocks, blockCursor, input.sentences, claim.sentenceIndex, entities, rules.subjects, listItemTest());
        if (before.previous) {
          from = before.previous.start;
          fromBefore = true;
        } else if (before.readsBefore) {
          // Kept alone only for what the paragraph before is now (a heading, a list, a block quote's edge): it may change alone.
          readBlockBefore = true;
        }
      }
      // "The company", "the model" speak of the one named last (see `calledBack`): from its sentence on, or none of the paragraph's.
      const back = ownSubject || from === undefined ? undefined : calledBack(sentenceText);
      if (back) {
        const previous = back.at > 0 ? undefined : input.sentences[claim.sentenceIndex - 1]?.span;
        const region = back.at > 0 ? { start, end: start + back.at } : previous && previous.start >= from! ? { start: previous.start, end: start } : undefined;
        if (region && fromBefore && region.start < start) readBlockBefore = true;
        const referent = region && referentIn(text.slice(region.start, region.end), region.start, mentionsIn(entities, region.start, region.end), back.noun);
        if (referent === 'unknown') ownSubject = true;
        else if (referent === 'known' && back.at === 0) from = region!.start;
      }
      // Asked lazily: only a verdict that reads the names before its paragraph depends on the paragraph before.
      const readsFrom = () => {
        if (fromBefore) readBlockBefore = true;
        return from;
      };
      // "X scored A against B for Y. On SWE-bench Pro, the figures were C and D.": the bare pair is X's and Y's (see `carriedPair`).
      const before = input.sentences[claim.sentenceIndex - 1]?.span;
      const carried = () => (block && !ownSubject && before && before.start >= block.start ? carriedPair(text, { start, end }, before, entities) : []);
      const blockIds = () =>
        (blockIdSet ??= new Set([...(block && from !== undefined && !ownSubject ? mentionsIn(entities, readsFrom()!, Math.min(block.end, end)).filter(isSubject) : named).map((e) => e.id), ...carried()]));
      // The whole paragraph, for a definite description's world only (see `ClaimContext.paragraphIds`).
      let paragraphIdSet: ReadonlySet<string> | undefined;
      const paragraphIds = () =>
        (paragraphIdSet ??= new Set(block && from !== undefined && !ownSubject ? mentionsIn(entities, readsFrom()!, block.end).filter(isSubject).map((e) => e.id) : []));
      // What the titles of the references the sentence cites name, for a definite description's world (as a row's:
      // "The system card runs to 144 pages.[1]" citing the Mythos Preview System Card). The references lie outside the
      // paragraph: a verdict that read them is not kept with its block's.
      let citedSet: ReadonlySet<string> | undefined;
      let readCited = false;
      const cited = () => {
        readCited = true;
        return (citedSet ??= ownSubject ? new Set<string>() : citedNames(input, entities, start, end, linked));
      };
      const bi = blockCursor;
      const surroundings = ownSubject ? undefined : () => surroundingsOf(bi, start);
      // The next sentence of the paragraph corrects this one ("The correct date is …"): a figure another document gives is reported.
      const next = input.sentences[claim.sentenceIndex + 1];
      const corrected = (ownVoice = false) => {
        if (next === undefined || block === undefined || next.span.start >= block.end) return false;
        const opening = correctionAt(text, next.span.start);
        if (opening === 'firm') return true;
        // "In fact", "Actually" may only insist: they correct with a figure of their own ("In fact, Anthropic announced it on 7 April").
        const after = input.claims[ci + 1];
        const figures = after?.sentenceIndex === claim.sentenceIndex + 1 ? after.values : [];
        if (opening === 'weak') return figures.length > 0;
        // The writer's own earlier version is corrected by a restatement with a figure of the same kind:
        // "In issue 16 we wrote that the card was 144 pages long. It is 244 pages."
        if (!ownVoice) return false;
        const reported = text.slice(start, end);
        const restated = (v: ClaimValue) => claim.values.some((w) => w.kind === v.kind) && (v.kind === 'date' || sameThingAfter(text, v.span.end, reported));
        return figures.some(restated) && restatesAt(text, next.span.start, reported);
      };
      // "The Department's filing" after a paragraph on Hegseth names the Defense Department (see `standIns`).
      const context = [() => new Set(named.map((e) => e.id)), blockIds, ...(surroundings ? [() => surroundings().ids] : [])];
      // "Dario Amodei said the company would commit …" speaks of Anthropic (see `speakersCompany`).
      const spoken = withSpeakersCompany(sentenceText, start, named, quotedSpansIn(start, end), factIndex, (a, b) => input.index.range(a, b));
      const standIn = withStandIns(sentenceText, start, spoken, rules.standIns, context, (a, b) => input.index.range(a, b));
      const sentenceMentions = standIn.mentions;
      /** The sentence with the one before it, when it corrects that one's figure and cues no fact itself (see `opensCorrectionOfFigure`). */
      const correctedBefore = (si: number, within: Block | undefined, own: string) => {
        const previous = input.sentences[si - 1]?.span;
        if (previous === undefined || within === undefined || previous.start < within.start || !opensCorrectionOfFigure(text, start) || rulesWithCue(rules, own).length) return undefined;
        return {
          sentenceText: withoutCitedAuthors(text, previous.start, end, input.citations),
          start: previous.start,
          sentenceMentions: [...mentionsIn(entities, previous.start, start), ...sentenceMentions],
        };
      };
      // What the sentence before speaks of, in the paragraph or, for a paragraph of one sentence, the one before it:
      // a gap "N days later came the X" counts from it (see `gapFromBefore`).
      let spokenOfBefore: ReadonlySet<string> | undefined;
      const previousSpeaksOf = () => {
        if (spokenOfBefore) return spokenOfBefore;
        const previous = ownSubject ? undefined : sentenceBeforeGap(blocks, blockCursor, input.sentences, claim.sentenceIndex);
        if (block !== undefined && input.sentences[claim.sentenceIndex - 1]?.span.start < block.start) readBlockBefore = true;
        return (spokenOfBefore =
          previous === undefined ? new Set<string>() : speaksOf(mentionsIn(entities, previous.start, previous.end), rulesWithCue(rules, text.slice(previous.start, previous.end))));
      };
      // The figures that are another party's quoted words, or the attribution line after them (see `othersFigures`).
      const othersWords = () => othersFigures(text, { start, end }, claim.values, inlineQuoteSpans, named);
      // "The correct figure is nearly 30,000." names no thing of its own: it is judged with the sentence it corrects, in its paragraph.
      const corrects = correctedBefore(claim.sentenceIndex, block, sentenceText);
      verdict = judgeSeenThrough(judged, { ...(corrects ?? { sentenceText, start, sentenceMentions }), blockIds, paragraphIds, previousSpeaksOf, corrected, othersWords, cited, ...(surroundings ? { surroundings } : {}) }, rules);
      // What the surroundings name decided what a noun stands for: the verdict stands only while they name the same.
      if (standIn.levelsRead > 2 && verdict.surroundings === undefined) verdict = { ...verdict, surroundings: surroundingsOf(bi, start).key };
      // A verdict that read the paragraph before or the cited titles is kept with the key of what it read there: those may change alone.
      const read = readings ? { ...verdict, readings } : verdict;
      slot.verdicts[slot.sentence] = readBlockBefore || readCited ? { ...read, outside: { before: readBlockBefore, cited: readCited, row: false, key: outsideKey(readBlockBefore, readCited) } } : read;
    }
    if (!verdict.checks.length) return claim;
    const label = !row && verdict.contradictions.length ? labelOf(blockCursor) : undefined;
    for (const c of verdict.contradictions) {
      const value = claim.values[c.valueIndex];
      const fact = factIndex.fact(c.factId)!;
      // The header (or the gloss) holds the unit, so the cell gets the figure alone.
      const given = row ? cellUnit(row.headerText, row.rowLabelText, row.tableUnit) : gloss?.unit;
      const replacement = c.replacement && (row || gloss) && headerGaveUnit(judged.values[c.valueIndex], value) ? figureOnly(c.replacement, given) : c.replacement;
      // What the text says: the figure with the words that qualify it ("nearly 30"), which the fix replaces too.
      const written = c.withQualifier && value.qualified ? value.qualified : value;
      const range = written === value ? value.range : input.index.range(written.span.start, written.span.end);
      // "between 70 and 80 percent" with one figure on record: "between" goes with the range it opened.
      const fixStart = replacement && rangeByAnd.test(written.text) && !rangeByAnd.test(replacement) ? betweenBefore(text, written.span.start) : written.span.start;
      const fixRange = fixStart === written.span.start ? range : input.index.range(fixStart, written.span.end);
      const finding: FactFinding = {
        code: 'PL006',
        message: `“${figureOnOneLine(written.text)}” contradicts the fact base: ${onRecord(fact, value.text, c.setApart)}`,
        span: written.span,
        range,
        // A figure between a quotation's marks is what its speaker said: the fix that rewrites it is offered, never preferred.
        fixes: replacement
          ? [{ title: `Use the value on record: ${figureOnOneLine(replacement)}`, edits: withArticle(text, fixStart, replacement, { range: fixRange, newText: replacement }, input.index), isPreferred: !inQuotation(written.span) }]
          : [],
      };
      findings.push(finding);
      if (label && value.span.start >= label.start && value.span.end <= label.end) {
        let entry = inLabels.get(blockCursor);
        if (!entry) inLabels.set(blockCursor, (entry = { first: ci, found: [] }));
        entry.found.push({ finding, ci, valueIndex: c.valueIndex, factId: c.factId });
      } else if (row) {
        const tableRow = input.tableRows.rowOf(blockCursor);
        if (tableRow) {
          let entry = inRows.get(tableRow);
          if (!entry) inRows.set(tableRow, (entry = { first: ci, found: [] }));
          entry.found.push({ finding, ci, valueIndex: c.valueIndex, factId: c.factId });
        }
      }
    }
    if (!claim.citations.length && !claim.links?.length && verdict.status === 'confirmed') {
      requestClaimCitations(citing, factIndex, text, verdict.checks, claim.values, { start, end }, (fix) => claimFixes.set(ci, [fix]));
    }
    const filled = claim as Mutable<Claim>;
    // A figure left unchecked beside one that agrees keeps the claim from being confirmed (its facts and checks stay).
    filled.status = verdict.status === 'confirmed' && leavesFigureUnchecked(claim.values, verdict.checks, structure.mask.slice(start, end), start) ? 'unverified' : verdict.status;
    filled.facts = [...verdict.facts];
    filled.checks = verdict.checks.map((c) => ({ ...c }));
    return claim;
  });
  if (inLabels.size) withoutRebuttedLabels(checked, inLabels, labels, blocks, findings);
  if (inRows.size) withoutCorrectedCells(checked, inRows, blocks, structure.mask, findings);
  return checked;
}

/** Compare claims and quotations with the fact base (PL004, PL005, PL006) and offer citation fixes. */
export function checkFacts(input: FactCheckInput): FactCheckResult {
  const findings: FactFinding[] = [];
  const quoteFixes = new Map<number, Fix[]>();
  const claimFixes = new Map<number, Fix[]>();
  // Citation fixes are planned for the whole document once both passes have asked for theirs.
  const citing = citationPlanner(input);
  const quotes = checkQuotes(input, citing, findings, quoteFixes);
  const tally = { judged: 0 };
  const claims = checkClaims(input, citing, findings, claimFixes, tally);
  const citationPlan = citing.finish();
  return { claims, quotes, findings, quoteFixes, claimFixes, citationPlan, judged: tally.judged };
}

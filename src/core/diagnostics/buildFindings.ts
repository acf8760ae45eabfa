import { markerText } from '../citations/markerText';
import { isPlaceholderReference } from '../citations/placeholderReference';
import type { Citation, Claim, DiagnosticCode, Finding, Fix, Quotation, Range, ReferenceInfo, RelatedLocation, Span } from '../types';
import type { Settings } from '../settings';
import type { Scan } from '../pipeline';
import type { ReferenceEntry, Resolution } from '../citations/resolve';
import { severityOf } from '../settings';
import { buildSuppression } from './suppression';
import { referenceStubber } from './referenceStub';
import { otherYearFixes } from './citeOtherYear';
import { isCourseFieldLine } from './courseFields';
import { isPublicationFieldLine } from './publicationFields';
import { isDateStamp } from './dateStamp';
import { evidenceCitedBlocks } from './evidenceReference';
import { isBracketStamp } from './bracketStamp';
import { isPieceLength } from './pieceLength';
import { isScheduleLine, scheduleBracketDates } from './scheduleLine';
import { isCallDeadline } from './callDeadline';
import { opensCorrectionNotice } from './correctionNotice';
import { isMentionedFigure, quotedFigureSpan } from './quotedFigure';
import { QuotedWords } from './quotedWords';
import { SourcedQuotations } from '../quotes/repeatedQuote';
import { isDisplayedText } from '../quotes/displayedText';
import { isProposedWording, offersBlockQuote } from '../quotes/proposedWording';
import { recordedInMinutes } from '../quotes/minutesRecord';
import { isQuotedStem } from '../quotes/examStem';
import { isModifierTerm } from '../quotes/modifierTerm';
import { listedFigures, writtenFigures } from './writtenFigure';
import { isBareMonth } from '../claims/bareMonth';
import { isCiteLine } from './citeLine';
import { isSignOffStamp } from './signOffStamp';
import { isStageDirection } from './stageDirection';
import { counterfactualFigures } from '../factcheck/counterfactual';
import { writersOwnFigures } from './writersOwnFigures';
import { writersOwnRuleFigures } from './writersOwnRules';
import { markAllocationFigures } from './markAllocation';
import { questionsContext } from './questionsSection';
import { workedCalculationFigures } from './workedCalculation';
import { endsInQuestion } from '../claims/question';
import { discussionOwnFigures } from './discussionOwnFigures';
import { offerTermFigures } from './offerTerms';
import { ownChangesContext, statesRuleOrPlan } from './ownChangesSection';
import { plannedFiguresOfOwnThing } from './passivePlan';
import { sessionDateCells } from './sessionDates';
import { disclosureTimelineContext, opensTimelineItem } from './disclosureTimeline';
import { calendarContext, nextStepsContext } from './calendarSection';
import { budgetContext, statesTerms } from './budgetSection';
import { conditionsContext, statesCondition } from './conditionsSection';
import { recommendationContext } from './recommendations';
import { disclosuresContext } from './disclosuresSection';
import { ratingLabelFigures } from './ratingLabel';
import { estimateFigures } from './estimatePeriods';
import { speakerLabelLength } from '../factcheck/speakerLabel';
import { firstAtOrAfter } from '../util/search';
import { namesAnyIn } from '../entities/mentionsIn';
import { withoutEmphasisMarks } from '../text/emphasisMarks';
import { withoutContinuedOpenings } from '../quotes/continuedQuotes';
import type { TableRow, TableRows } from '../markdown/tableRows';
import type { TableSourceLine } from '../citations/tableSourceLine';
import { ownDataCells } from './ownDataTable';
import { namedSourceCells } from './namedSourceTable';
import { tableCommentaryContext } from './tableCommentary';
import { metadataRowValues } from './metadataRow';
import { releaseRowCells } from './releaseTable';
import type { Mutable } from '../util/mutable';
import type { CitationPlan } from '../factcheck/citationFix';
import { valueKinds } from '../claims/withoutValues';
import { isCitedFigureFragment, type FragmentContext } from './figureFragment';
import { isListItem } from '../factcheck/claimSurroundings';

/** A finding from the fact checker, before severity and suppression. */
export interface FactFinding {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly span: Span;
  /** The range of `span`, when the item it is on has it already: the finding shares it. */
  readonly range?: Range;
  readonly related?: readonly { message: string; span: Span }[];
  readonly fixes?: readonly Fix[];
}

export interface FindingsInput {
  readonly scan: Scan;
  readonly settings: Settings;
  readonly citations: readonly Citation[];
  readonly resolutions: readonly Resolution[];
  readonly references: readonly ReferenceEntry[];
  readonly quotes: readonly Quotation[];
  readonly claims: readonly Claim[];
  readonly factFindings: readonly FactFinding[];
  /** Fixes that insert a citation for a quotation, by quote index (from the fact checker). */
  readonly quoteFixes?: ReadonlyMap<number, readonly Fix[]>;
  /** Fixes that insert a citation for a claim whose fact is on record, by claim index. */
  readonly claimFixes?: ReadonlyMap<number, readonly Fix[]>;
  /** The fixes that make a dangling marker cite the source its sentence has on record (its PL001's or PL007's own), and the entries they add. */
  readonly citationPlan?: CitationPlan;
  /** The tables' rows: a row is one record, with one PL007 for all its cells. */
  readonly tableRows?: TableRows;
  /** The tables' source lines: one that names the writer's own data sources its rows in words (see ownDataTable.ts). */
  readonly tableSourceLines?: readonly TableSourceLine[];
  /**
   * Whether a link to a web page stands where a marker would cite the quotation or claim (see
   * `Quotation.links`): with `policyLens.citations.links` off, its PL001 or PL007 says a link is no citation.
   */
  readonly beside?: (item: Quotation | Claim) => boolean;
  /** The words quoted in table cells that state a claim under review, which a later quotation may mention again (see `SourcedQuotations`). */
  readonly reviewedQuotes?: readonly Pick<Quotation, 'text' | 'span'>[];
}

/** Said on a PL001 or PL007 whose quotation or figure has a link beside it, while links do not cite. */
export const linkIsNoCitation = 'a link is no citation unless policyLens.citations.links is on';

/**
 * The most figures a PL007 message names: a budget sentence's eight are all named; a table row or a
 * sentence of dozens of figures names the first ten and says how many more the citation would cover.
 */
const maxListedFigures = 10;

/** First words of a quotation for a message, without Markdown emphasis marks: “We did not feel comfortable…”. */
export function excerpt(text: string, words = 8): string {
  const plain = withoutEmphasisMarks(text);
  const parts = plain.split(' ');
  return parts.length > words ? `“${parts.slice(0, words).join(' ')}…”` : `“${plain}”`;
}

/**
 * Markers or names listed in one message, and related locations given, at most: a sentence
 * of thousands of quotations and markers would otherwise give each of its findings thousands.
 */
export const maxListed = 5;

/** `items` joined with commas, the ones past `maxListed` counted ("…, [5] and 3 more"). */
export function listed(items: readonly string[]): string {
  return items.length > maxListed ? `${items.slice(0, maxListed).join(', ')} and ${items.length - maxListed} more` : items.join(', ');
}

function referenceName(r: ReferenceInfo): string {
  if (r.kind === 'footnote') return `Footnote [${r.label}]`;
  if (r.kind === 'definition') return `Reference [${r.label}]`;
  if (r.citeAs) return `Reference ${r.citeAs}`;
  return `Reference ${r.label}`;
}

export function buildFindings(input: FindingsInput): Finding[] {
  const { scan, settings, citations, resolutions, references, quotes, claims } = input;
  const { index } = scan;
  const raw: FactFinding[] = [];

  // PL001: quotations without a source.
  // Unresolved markers in document order, for the quotations that name them.
  const unresolvedMarkers = citations.filter((c) => !c.resolved);
  /**
   * The unresolved markers in [lo, hi) with one of `labels`, as the words and related
   * locations of a message: the same for every quotation of a sentence, so made once.
   */
  const unresolvedIn = new Map<string, { readonly words: string; readonly related: readonly { message: string; span: Span }[] } | undefined>();
  const describeUnresolved = (lo: number, hi: number, labels: readonly string[]) => {
    const key = `${lo}:${hi}:${labels.join('\u0000')}`;
    if (unresolvedIn.has(key)) return unresolvedIn.get(key);
    const found: Citation[] = [];
    for (let k = firstAtOrAfter(unresolvedMarkers, lo, (c) => c.span.start); k < unresolvedMarkers.length && unresolvedMarkers[k].span.start < hi; k++) {
      if (labels.includes(unresolvedMarkers[k].label)) found.push(unresolvedMarkers[k]);
    }
    const described = found.length
      ? {
          // Inside the message's brackets an author-year citation goes without its own.
          words: `${listed(found.map((c) => (c.kind === 'author-year' ? c.label : markerText(c.label))))} ${found.length === 1 ? 'resolves' : 'resolve'} to no reference`,
          related: found.slice(0, maxListed).map((c) => ({ message: c.unresolvedReason ?? 'resolves to no reference', span: c.span })),
        }
      : undefined;
    unresolvedIn.set(key, described);
    return described;
  };
  const blocks = scan.structure.blocks;
  // A figure set alone in quotation marks is a term the sentence mentions ('we write "7 April 2026"'),
  // no one's words: the spans of their quotation marks, one pass over the claims' values.
  const mentionedFigures = new Set<string>();
  for (const claim of claims) {
    if (claim.kinds.includes('reported-speech')) continue;
    for (const v of claim.values) {
      const quoted = quotedFigureSpan(v, scan.structure.mask);
      if (quoted) mentionedFigures.add(`${quoted.start}:${quoted.end}`);
    }
  }
  // The words of the quotations flagged PL001, between their marks or in a block quote's lines: a figure in them is the
  // speaker's, and that PL001 covers it (no PL007); and the lines of a block quote that is sourced: whatever sources it, an
  // attribution line without a marker too ("— Jordan Patel, mobile engineering lead"), cites the figures in it.
  const coveredWords = new QuotedWords();
  let sourcedQuotes: SourcedQuotations | undefined;
  let minutesRecord: ((open: number) => boolean) | undefined;
  quotes.forEach((q, qi) => {
    if (q.sourced) {
      if (q.kind === 'block') coveredWords.add(q);
      return;
    }
    if (q.kind === 'inline' && mentionedFigures.has(`${q.span.start}:${q.span.end}`)) return;
    // A heading's quoted words are a headline's: the text under it sources them ("## What does "supply chain risk" mean?").
    if (q.kind === 'inline') {
      const bi = firstAtOrAfter(blocks, q.span.start + 1, (b) => b.end);
      if (blocks[bi]?.kind === 'heading' && blocks[bi].start <= q.span.start) return;
      // The writer's own words, unless they are words on record, which are someone's wherever they stand:
      if (!q.onRecord && !q.parts) {
        const [open, close] = [q.span.start, q.span.end - 1];
        // the words on the writer's own slide or caption ('*(Slide 7: "Find it, fix it, ship it.")*') and an editor's
        // proposed wording ('It should say "the draft described the model as…".') quote no one;
        if (isDisplayedText(scan.structure.mask, blocks, open, close) || isProposedWording(scan.structure.mask, blocks, open, close)) return;
        // the words the minutes record a member of the meeting saying ('Ms Achterberg said: "…"') have the minutes as their
        // record, and so have their figures (no PL007);
        if ((minutesRecord ??= recordedInMinutes(scan.structure.mask, blocks, scan.entities))(open)) {
          coveredWords.add(q);
          return;
        }
        // an essay question's quoted stem ('**A6.** "…" Discuss.') and a phrase that names a thing ('the "use of sources" criterion') are terms.
        if (isQuotedStem(scan.structure.mask, blocks, open, close) || isModifierTerm(scan.structure.mask, blocks, open, close, q.wordCount)) return;
      }
    }
    // A block quote a label offers as the writer's own new words ('6.2 Proposed replacement:' over '> …') quotes no one, unless it gives words on record.
    if (q.kind === 'block' && !q.onRecord && offersBlockQuote(scan.structure.mask, blocks, q.span.start)) return;
    // Words the document already quoted and sourced, mentioned again ("But "escaped its sandbox" describes …"), are cited by that quotation.
    if (!q.unresolvedCitations.length && (sourcedQuotes ??= new SourcedQuotations(quotes, input.reviewedQuotes)).repeats(q)) return;
    const what = q.kind === 'block' ? 'Block quotation' : 'Quotation';
    const { start: from, end: to } = scan.sentences[q.sentenceIndex]?.span ?? q.span;
    const unresolved = q.unresolvedCitations.length ? describeUnresolved(Math.min(from, q.span.start), Math.max(to, q.span.end + 1), q.unresolvedCitations) : undefined;
    const linked = !unresolved && input.beside?.(q) ? ` (${linkIsNoCitation})` : '';
    coveredWords.add(q);
    raw.push({
      code: 'PL001',
      message: unresolved ? `${what} has no resolving citation: ${excerpt(q.text)} (${unresolved.words})` : `${what} has no citation: ${excerpt(q.text)}${linked}`,
      span: q.span,
      range: q.range,
      related: unresolved ? [...unresolved.related] : [],
      fixes: input.quoteFixes?.get(qi) ?? [],
    });
  });

  // PL002: markers that resolve to nothing.
  const plan = input.citationPlan;
  const stubFor = referenceStubber(scan, citations, references, plan?.planned ?? [], plan?.cited ?? []);
  citations.forEach((c, i) => {
    if (c.resolved) return;
    const r = resolutions[i];
    const related = r.relatedStart !== undefined && r.relatedEnd !== undefined ? [{ message: r.relatedMessage ?? 'references', span: { start: r.relatedStart, end: r.relatedEnd } }] : [];
    const fixes: Fix[] = [];
    // The fix its sentence's quotation or figure on record was given, when it makes the marker resolve;
    // else the one that defines its label as their source, and that fix (which adds a marker of its own).
    const own = plan?.citesByMarker.get(c.span.start);
    const defines = plan?.definesByLabel.get(c.label);
    if (own?.isPreferred) fixes.push(own);
    else {
      if (defines) fixes.push(defines);
      if (own) fixes.push(own);
    }
    // A year the list has for the citation's names ("2025" for its "2026"): before a stub for a work
    // the list lacks, unless the citation's year has a letter of its own ("2026c": a work the list lacks).
    const years = otherYearFixes(scan.text, index, c, r);
    const lettered = /\d[a-z]$/i.test(c.label);
    if (!lettered) fixes.push(...years);
    const stub = stubFor(c);
    if (stub) fixes.push(stub);
    if (lettered) fixes.push(...years);
    raw.push({ code: 'PL002', message: c.unresolvedReason ?? `${c.label} resolves to no reference`, span: c.span, range: c.range, related, fixes });
  });

  // PL002 also on a marker that resolves to a placeholder ("[^11]: TODO: source", the stub a fix adds): it cites no source yet.
  citations.forEach((c) => {
    const r = c.referenceIndex === undefined ? undefined : references[c.referenceIndex];
    if (!r || !isPlaceholderReference(r.info)) return;
    const related = r.start !== undefined && r.end !== undefined ? [{ message: 'the placeholder', span: { start: r.start, end: r.end } }] : [];
    raw.push({ code: 'PL002', message: `${markerText(c.label)} resolves to a placeholder, ${excerpt(r.info.title, 8)}: the reference names no source yet`, span: c.span, range: c.range, related, fixes: [] });
  });

  // PL003: references nobody cites.
  const cited = new Set<number>();
  for (const c of citations) if (c.referenceIndex !== undefined) cited.add(c.referenceIndex);
  const byRange = new Map<Range | undefined, ReferenceEntry>(references.map((r) => [r.info.range, r]));
  references.forEach((r, i) => {
    if (!r.expectsCitation || cited.has(i) || r.start === undefined || r.end === undefined) return;
    const first = r.info.firstDefinition;
    const firstEntry = first && byRange.get(first);
    if (first && firstEntry?.start !== undefined && firstEntry.end !== undefined) {
      // A label defined twice is cited all right: its markers go to the first definition.
      raw.push({
        code: 'PL003',
        message: `${referenceName(r.info)} is defined a second time (${excerpt(r.info.title, 10)}): its markers resolve to the first definition, on line ${first.start.line + 1}`,
        span: { start: r.start, end: r.end },
        related: [{ message: `first definition of [${r.info.label}]`, span: { start: firstEntry.start, end: firstEntry.end } }],
      });
      return;
    }
    raw.push({ code: 'PL003', message: `${referenceName(r.info)} (${excerpt(r.info.title, 10)}) is never cited`, span: { start: r.start, end: r.end } });
  });

  // PL007: figures and dates without a citation (not in headings); one per table row, which is one record.
  // A sentence whose markers resolve to nothing was cited: its PL002s say what is wrong, with the fix that cites the fact on record.
  const uncitedRows = new Map<TableRow, { figures: Claim['values'][number][]; finding: Mutable<FactFinding> }>();
  // A figure as its PL006 quotes and marks it, its qualifier included ("roughly two decades").
  const written = writtenFigures(input.factFindings);
  // A range written with a dash is one figure: "12–18 months". Every figure the citation would cover is named, up to
  // maxListedFigures; past them the message says how many more there are, never leaves them out unsaid.
  const uncitedMessage = (figures: readonly Claim['values'][number][]) => {
    const listed = listedFigures(figures, written, scan.text);
    const named = listed.slice(0, maxListedFigures).map((t) => `“${t}”`).join(', ');
    const more = listed.length > maxListedFigures ? ` and ${listed.length - maxListedFigures} more` : '';
    return `Claim with ${listed.length === 1 ? 'a figure or date' : 'figures or dates'} but no citation: ${named}${more}`;
  };
  /** The PL007s of claims with a link beside them: their messages say a link is no citation. */
  const linkedFindings = new Set<Mutable<FactFinding>>();
  // Whether the block of the last claim asked about opens a correction notice: a block's claims come one after another.
  // Under a heading of recommendations or a lead-in that proposes, an imperative is the writer's proposal ("Fund CAISI at $50 million a year.").
  const recommending = recommendationContext(blocks, scan.structure.mask);
  // A paragraph a speaker's label opens is that speaker's turn ("MS. CHEN-ABERNATHY: …").
  const opensOnSpeaker = (bi: number) => blocks[bi]?.kind === 'paragraph' && speakerLabelLength(scan.structure.mask.slice(blocks[bi].start, Math.min(blocks[bi].end, blocks[bi].start + 100))) > 0;
  // Whether [from, to) names a party of the fact base: a line of the writer's schedule names none ("**When:** …").
  const namesEntity = (from: number, to: number) => namesAnyIn(scan.entities, from, to);
  // Nor the dates of the writer's sessions, in a syllabus's table ("| Week | Date | Topic |").
  const isSessionDate = sessionDateCells(blocks, scan.text, input.tableRows, namesEntity);
  // Nor the dates of the project's own releases, in a table of its versions ("| 2.7.5 | patch | 2026-06-09 |").
  const isReleaseRow = releaseRowCells(blocks, scan.text, input.tableRows, namesEntity);
  // Nor the document's own metadata table's date stamp and rating ("| **Published** | 2026-05-12 |", "| **Severity** | High, CVSS 3.1 base score 8.1 |").
  const isMetadataValue = metadataRowValues(blocks, scan.text, input.tableRows, namesEntity);
  // Nor the rows of a table whose source line names the writer's own data ("Source: Syndicate MI pack, March 2026 close.").
  // Nor the figures the writer's own evidence cites, "… reviewed every 12 months. Evidence: EV-03.", a row with "| EV-01 |" under "| Evidence |", or the entries of "## Evidence index".
  const evidenceCited = evidenceCitedBlocks(blocks, scan.structure.mask, input.tableRows, scan.text, namesEntity);
  const isOwnData = input.tableSourceLines?.length || input.tableRows?.all.length ? ownDataCells(input.tableSourceLines ?? [], blocks, scan.structure.mask, namesEntity, input.tableRows?.all) : () => false;
  // Nor those of a table whose source line names its source in words ("Source: Company data, Halverson Brooks estimates."), but for a figure tied to a fact on record.
  const isNamedSource = input.tableSourceLines?.length ? namedSourceCells(input.tableSourceLines, blocks, scan.structure.mask, namesEntity) : () => false;
  // Nor the sentences right under such a source line that restate the table's columns ("Total notifications rose about 40%."), but for a figure tied to a fact on record.
  const isTableCommentary = input.tableSourceLines?.length ? tableCommentaryContext(input.tableSourceLines, blocks, scan.structure.mask, namesEntity) : () => false;
  // Nor the dates of a security advisory's disclosure timeline ("- 2026-04-09: report received via security@").
  const inDisclosureTimeline = disclosureTimelineContext(blocks, scan.structure.mask);
  // Nor the writer's own changes and plans, under "## What we are changing" ("Each report gets an acknowledgement within 3 working days.").
  const inOwnChanges = ownChangesContext(blocks, scan.structure.mask);
  // Nor the issuer's boilerplate, under "## Disclosures and analyst certification" ("… from CrowdStrike in the past 12 months."), but for a figure tied to a fact on record.
  const inDisclosures = disclosuresContext(blocks, scan.structure.mask);
  // Nor the dates of the writer's calendar, under "## Calendar" ("- 6 May: FTNT Q1 results."), but for a date tied to a fact on record.
  const inCalendar = calendarContext(blocks, scan.structure.mask);
  // Nor the dates of the writer's next steps, the items under "## Next steps" ("- Outside counsel review …, due 24 May."), but for a date tied to a fact on record.
  const inNextSteps = nextStepsContext(blocks, scan.structure.mask);
  // Nor a plan's money or a call's own terms, under "## Budget" or "CIC's proposed budget (all figures USD):" ("| Fund director | 95,000 |"), but in a row or sentence naming a party of the fact base.
  const inBudget = budgetContext(blocks, scan.structure.mask, input.tableRows);
  // Nor the conditions the writer imposes, the items under "## Subjectivities" or "## Exclusions" ("- … outage beyond 72 hours) retained."), but in an item naming a party of the fact base.
  const inConditions = conditionsContext(blocks, scan.structure.mask);
  // Nor a question put to a reader or a witness, under "## Discussion questions" ("4. How would you redesign the 90-day disclosure window …?").
  const inQuestions = questionsContext(blocks, scan.structure.mask);
  const noFigures: ReadonlySet<number> = new Set();
  let fragments: FragmentContext | undefined;
  /** Whether a claim in block `bi` of a budget's section is of its terms: a table's row that names no party of the fact base, or a sentence of a rule or a plan. */
  const budgetTerms = (bi: number, sentenceText: string): boolean => {
    const row = blocks[bi]?.kind === 'table-cell' ? input.tableRows?.rowOf(bi) : undefined;
    return row ? !namesEntity(row.start, row.end) : statesTerms(sentenceText);
  };
  let noticeBlock = -1;
  let inNotice = false;
  coveredWords.seal();
  // With `citations.uncitedFigures` "onRecord", only the figures a fact on record checks want a citation.
  const onRecordOnly = settings['citations.uncitedFigures'] === 'onRecord';
  claims.forEach((claim, ci) => {
    if (claim.citations.length || claim.unresolvedCitations.length || claim.links?.length) return;
    if (onRecordOnly && !claim.checks.length) return;
    // A figure set alone in quotation marks is a term the sentence mentions ('Use "83.1 percent" in running text.');
    // one a counterfactual supposes ("If Anthropic had committed $1 billion, I would …") asserts nothing;
    // and no source says what the writer plans, proposes or has done ("we will update this brief after the April 29 hearing").
    // A figure inside a quotation flagged PL001 is the speaker's word: the citation that PL001 asks for covers it; so does
    // what sources a block quote, for a figure in its lines.
    const sentenceText = scan.structure.mask.slice(claim.span.start, claim.span.end);
    const supposed = counterfactualFigures(sentenceText, claim.span.start, claim.values);
    const bi = firstAtOrAfter(blocks, claim.span.start + 1, (b) => b.end);
    const own = writersOwnFigures(sentenceText, claim.span.start, claim.values, { recommending: recommending(bi), speakerTurn: opensOnSpeaker(bi) });
    // Nor what the writer plans in the passive ("5.0.0 final is planned for June 2, 2026").
    const planned = plannedFiguresOfOwnThing(sentenceText, claim.span.start, claim.values, namesEntity);
    // A session's dates, or a release's, are the writer's own.
    const ownDates = isSessionDate(bi) || isReleaseRow(bi);
    // Nor the writer's own rules, measurements and tasks, in a sentence that names no party of the fact base ("Our policy is to release a fix within 90 days").
    const namesParty = namesEntity(claim.span.start, claim.span.end);
    // Nor the team's next review or deadline in a bracket ("… every six months (next review: 30 September 2026).").
    const bracketSchedule = namesParty ? noFigures : scheduleBracketDates(sentenceText, claim.span.start, claim.values);
    // Not a figure the fact check ties to a fact on record: that is about the world, whoever speaks ("In our view the programme has 12 founding partners.").
    const checked = (vi: number) => claim.checks.some((c) => c.valueIndex === vi);
    const ownRule = namesParty ? noFigures : writersOwnRuleFigures(sentenceText, claim.span.start, claim.values, { speakerTurn: opensOnSpeaker(bi) });
    // Nor an examiner's mark allocations ("[6 marks]", "Up to 4 marks for the contrast, up to 4 for evaluating it."), in any sentence.
    const marks = markAllocationFigures(sentenceText, claim.span.start, claim.values);
    // Nor the writer's worked calculation ("- Cost: 32 × 48 = 1,536 core-hours; 1,536 × £0.05 = £76.80."), in a sentence that names no party of the fact base.
    const worked = namesParty ? noFigures : workedCalculationFigures(sentenceText, claim.values);
    // Nor a discussion page's own tally and archiving rule ("**Tally so far:** 4 support, 2 oppose (67% support).").
    const discussionOwn = namesParty ? noFigures : discussionOwnFigures(sentenceText, claim.span.start, claim.values);
    // Nor an offer's terms, a price or a discount ("Plans start at $49 per seat per month.").
    const offer = namesParty ? noFigures : offerTermFigures(sentenceText, claim.span.start, claim.values);
    const ownChange = !namesParty && !claim.checks.length && inOwnChanges(bi) && statesRuleOrPlan(sentenceText);
    const boilerplate = inDisclosures(bi);
    const evidence = !namesParty && evidenceCited(bi);
    const budgetRow = !namesParty && ((inBudget(bi) && budgetTerms(bi, sentenceText)) || (inConditions(bi) && isListItem(scan.text, index, blocks[bi]) && statesCondition(sentenceText)));
    // Nor an analyst's rating label ("**CRWD (Outperform, PT $480).**") and estimates ("FY27E EPS $4.85"), but for a figure tied to a fact on record.
    const rated = ratingLabelFigures(sentenceText, claim.span.start, claim.values);
    const estimated = estimateFigures(sentenceText, claim.values);
    const opening = claim.values[0];
    // An item of a disclosure timeline or of the writer's calendar that opens on its date and names no party of the fact base.
    const datedItem = () =>
      opening?.kind === 'date' && opensTimelineItem(scan.structure.mask, blocks[bi].start, opening.span.start, opening.span.end) && !namesEntity(blocks[bi].start, blocks[bi].end);
    const timelineDate = inDisclosureTimeline(bi) && datedItem();
    // The calendar's dates only, and not one tied to a fact on record.
    const calendarDate = !timelineDate && ((inCalendar(bi) && datedItem()) || (inNextSteps(bi) && isListItem(scan.text, index, blocks[bi]) && !namesEntity(blocks[bi].start, blocks[bi].end)));
    // A month named alone ("in May we will …") asks for no citation by itself; one the fact check ties to a dated fact does ("OpenAI released GPT-5.3-Codex in February").
    const figures = claim.values.filter((v, vi) => valueKinds.has(v.kind) && !(onRecordOnly && !checked(vi)) && !supposed.has(vi) && !own.has(vi) && !((ownRule.has(vi) || marks.has(vi) || worked.has(vi) || discussionOwn.has(vi) || offer.has(vi) || bracketSchedule.has(vi) || budgetRow || evidence) && !checked(vi)) && !(ownChange && v.kind !== 'date') && !planned.has(vi) && !((boilerplate || rated.has(vi) || estimated.has(vi)) && !checked(vi)) && !(ownDates && v.kind === 'date') && !timelineDate && !(calendarDate && v.kind === 'date' && !checked(vi)) && !(isBareMonth(v) && !checked(vi)) && !isMentionedFigure(claim, v, scan.structure.mask) && !coveredWords.has(v.span));
    if (!figures.length) return;
    // A question set to the reader or a witness asserts nothing (its figures are still checked against the record).
    if (inQuestions(bi) && endsInQuestion(sentenceText)) return;
    // A figure set alone as a sentence beside one that cites it ("…five million times.[1] Five million.") repeats what that citation covers.
    if (isCitedFigureFragment(claim, (fragments ??= { mask: scan.structure.mask, sentences: scan.sentences, blocks, citations, isListItem: (b) => isListItem(scan.text, index, b), namesEntity }))) return;
    // A month named alone asks for no citation by itself: the figure that does comes first, marked and named ("the leak in March …, with nearly 3,000 assets exposed").
    if (figures.length > 1 && isBareMonth(figures[0])) figures.sort((x, y) => Number(isBareMonth(x)) - Number(isBareMonth(y)));
    // The block that holds the claim: a heading's claims, also after its numbering ("## 5. What happened on March 17"), are exempt.
    if (blocks[bi]?.kind === 'heading' && blocks[bi].start <= claim.span.start) return;
    // So are a table's header cells, which label its columns as a heading does ("| Segment | 2025 ROL | 2026 indicated ROL |").
    if (input.tableRows?.isHeaderCell(bi)) return;
    if (isOwnData(bi) || isMetadataValue(claim, bi) || (isNamedSource(bi) && !claim.checks.length)) return;
    if (!namesParty && !claim.checks.length && isTableCommentary(bi, claim.span.start, claim.span.end)) return;
    // A draft's own stamp ("Updated April 16, 2026.") says when it was written: no source says so.
    if (isDateStamp(claim, scan.structure.mask, namesEntity)) return;
    // Nor its own version field or sign-off ("Drafted by T. Okafor, 18 April 2026."), nor a cite line's source entry ("**Anthropic 26b** (Anthropic, "System Card," 4/7/26, 244 pp.)").
    if (isSignOffStamp(claim, scan.structure.mask, namesEntity) || isCiteLine(claim, scan.text)) return;
    // Nor a stage direction, which describes the slide ("*(Slide 2: OpenBSD logo, the number 27.)*"), but for a figure tied to a fact on record.
    if (!claim.checks.length && isStageDirection(claim, scan.structure.mask)) return;
    // Nor a course's own header fields ("**Academic year:** 2026/27, Autumn term · **Credits:** 15").
    if (isCourseFieldLine(claim, scan.structure.mask, namesEntity)) return;
    // Nor a publication's own header fields ("**Released:** April 14, 2026 · **Runtime:** 58 min · **Recorded:** April 10, 2026").
    if (isPublicationFieldLine(claim, scan.structure.mask, namesEntity)) return;
    // Nor when an entry of a log came in ("**Q1** (received 30 April 2026)"), nor how long the piece itself runs ("*… Runtime 58 minutes.*").
    if (isBracketStamp(claim, scan.structure.mask, namesEntity) || isPieceLength(claim, scan.structure.mask)) return;
    // Nor does any source say when the team meets next ("Next sync Tue 21.04.2026, 14:00.").
    if (isScheduleLine(claim, scan.structure.mask, namesEntity)) return;
    // Nor when a call the writer puts out closes ("We're hiring a fellow. Applications close May 15.").
    if (blocks[bi] && isCallDeadline(claim, scan.structure.mask, blocks[bi].start)) return;
    // An editor's note on the document ("This story has been corrected to show …") is the publisher's own word.
    if (blocks[bi]?.kind === 'paragraph') {
      if (bi !== noticeBlock) {
        noticeBlock = bi;
        inNotice = opensCorrectionNotice(scan.structure.mask, blocks[bi].start, blocks[bi].end);
      }
      if (inNotice) return;
    }
    const row = input.tableRows && blocks[bi]?.kind === 'table-cell' ? input.tableRows.rowOf(bi) : undefined;
    const seen = row && uncitedRows.get(row);
    if (seen) {
      seen.figures.push(...figures);
      if (!linkedFindings.has(seen.finding) && input.beside?.(claim)) linkedFindings.add(seen.finding);
      return;
    }
    const first = written(figures[0]);
    const finding: Mutable<FactFinding> = { code: 'PL007', message: uncitedMessage(figures), span: first.span, range: first.range, fixes: input.claimFixes?.get(ci) ?? [] };
    if (row) uncitedRows.set(row, { figures: [...figures], finding });
    if (input.beside?.(claim)) linkedFindings.add(finding);
    raw.push(finding);
  });
  // A row's hint names the figures of all its cells, once they are all found.
  for (const { figures, finding } of uncitedRows.values()) if (figures.length > 1) finding.message = uncitedMessage(figures);
  for (const finding of linkedFindings) finding.message += ` (${linkIsNoCitation})`;

  // PL008: unbalanced quotation marks; not the opening of a quotation the next paragraph goes on with.
  for (const s of withoutContinuedOpenings(scan.strays, blocks, scan.text, scan.structure.mask)) {
    raw.push({
      code: 'PL008',
      message: s.role === 'open' ? `Unbalanced quotation mark: ${s.mark} opens a quotation that is never closed in this paragraph` : `Unbalanced quotation mark: ${s.mark} closes a quotation that was never opened in this paragraph`,
      span: { start: s.at, end: s.at + 1 },
    });
  }

  // One by one: spreading tens of thousands of arguments can overflow the stack.
  for (const f of input.factFindings) raw.push(f);

  const suppressed = buildSuppression(scan.structure.directives, index);
  const findings: Finding[] = [];
  const severities = new Map<DiagnosticCode, ReturnType<typeof severityOf>>();
  for (const f of raw) {
    let severity = severities.get(f.code);
    if (severity === undefined) severities.set(f.code, (severity = severityOf(settings, f.code)));
    if (severity === 'off') continue;
    const range = f.range ?? index.range(f.span.start, f.span.end);
    if (suppressed(f.code, range.start.line)) continue;
    const related: RelatedLocation[] = (f.related ?? []).map((r) => ({ message: r.message, range: index.range(r.span.start, r.span.end) }));
    findings.push({ code: f.code, severity, message: f.message, range, span: f.span, related, fixes: f.fixes ?? [] });
  }
  findings.sort((a, b) => a.span.start - b.span.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return findings;
}

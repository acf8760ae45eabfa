import type { Block } from '../markdown/structure';
import type { TableRows } from '../markdown/tableRows';
import { headedSections } from '../markdown/headedSections';
import { pastVerbRe } from './writersOwnRules';

/**
 * The figures of a plan's money and of a call's own terms, which no source could support (PL007):
 * a budget, a payment schedule, the sizes of the awards a call offers, a cost breakdown, the
 * rules by which a call picks its awards, or the commercial terms the writer sets, an underwriter's
 * limits, retentions, premium, rating and loss scenarios ("## 3. Limits and retentions", "## 4.
 * Rating", "## 5. Loss scenarios", "## Key terms"; pricing, prices, rates and exposure only as the
 * writer's, "## Our pricing", "## Proposed rates": a news article's "## Pricing" or "## Exposure" is
 * the world's). They stand
 * - under a heading that names such a section and nothing else, past its numbering ("## 4. Budget",
 *   "## 5. Budget and payment schedule", "## Milestones and payment schedule", "## Award sizes",
 *   "## Cost breakdown", "## Evaluation criteria", "## Review process"; not "## The Pentagon's
 *   budget", "## Budget cuts at CISA", "## Timeline");
 * - or in a table or list right after a lead-in that names one ("CIC's proposed budget (all figures
 *   USD):", "Payment schedule:", "Cost breakdown:"; not "Funding committed so far:").
 * The caller asks more: the row of a table, or the sentence, names no party of the fact base ("|
 * Anthropic usage credits | 100,000,000 |" keeps its hint), a figure the fact check ties to a fact on
 * record keeps its hint, and a sentence outside a table states a rule or a plan, in the present or
 * the future ("Round 1 makes $700,000 available in total.", "Each application is read by three
 * members of an independent review panel."; not "The 2025 round funded 40 projects.").
 */

/** A name of such a section or table; a qualifier before it, "proposed", "project", "our", is read by the heading's pattern. */
const termSource =
  '(?:(?:limits?|sub-?limits?)(?:[ \\t]+of[ \\t]+(?:liability|indemnity))?|retentions?|deductibles?|excess(?:es)?|premiums?|rating|fees|(?:our|proposed|quoted|indicative)[ \\t]+(?:pricing|prices|rates|exposures?)|(?:loss|accumulation|catastrophe|cat)[ \\t]+(?:scenarios|estimates)|terms|budget(?:[ \\t]+(?:breakdown|summary|justification|narrative|overview|details|table))?|cost[ \\t]+(?:breakdown|summary)|breakdown[ \\t]+of[ \\t]+costs|payment[ \\t]+(?:schedule|terms|plan)|schedule[ \\t]+of[ \\t]+payments|disbursement[ \\t]+schedule|award[ \\t]+(?:sizes?|amounts?|levels|types)|grant[ \\t]+(?:sizes?|amounts?)|funding[ \\t]+(?:available|levels)|available[ \\t]+funding|(?:evaluation|selection|assessment|review|award)[ \\t]+criteria|review[ \\t]+process)';

/**
 * A heading that names such a section and nothing else: its names joined by "and", "&" or a comma, one of them such a
 * name, the others maybe the plan's milestones or timeline, after one or two qualifiers of the plan's own.
 * Example: budgetHeadingRe.test('## 5. Budget and payment schedule') → true; budgetHeadingRe.test("## The Pentagon's budget") → false.
 */
const budgetHeadingRe = new RegExp(
  `^[^\\p{L}]*(?:(?:proposed|project|programme|program|requested|indicative|draft|detailed|overall|grant|our|commercial|key|main|policy|contract|quoted|technical)[ \\t]+){0,2}(?:${termSource}|milestones|deliverables|timeline|timetable)(?:[ \\t]*(?:,|and|&)[ \\t]*(?:(?:the|our)[ \\t]+)?(?:${termSource}|milestones|deliverables|timeline|timetable)){0,3}[^\\p{L}]*$`,
  'iu',
);
/** One such name in a heading (the heading's pattern also takes "Milestones and timeline", which names none). */
const termRe = new RegExp(`(?<![\\p{L}])${termSource}(?![\\p{L}])`, 'iu');

/**
 * A lead-in that names such a table or list, ending on its colon: "CIC's proposed budget (all figures USD):", "Payment schedule:".
 * Example: budgetLeadInRe.test("CIC's proposed budget (all figures USD):") → true; budgetLeadInRe.test('Funding committed so far:') → false.
 */
const budgetLeadInRe =
  /(?<![\p{L}])(?:(?:proposed|requested|draft|indicative|our|project|programme|program)[ \t]+budget|budget[ \t]+(?:breakdown|summary|justification)|payment[ \t]+schedule|schedule[ \t]+of[ \t]+payments|cost[ \t]+breakdown|breakdown[ \t]+of[ \t]+costs|award[ \t]+sizes)(?![\p{L}])[^:\r\n]{0,60}:[ \t*_]*$/iu;

/** How much of a heading or a lead-in is read. */
const maxRead = 160;

/**
 * A test of block indices, asked in increasing order (the claims' order): whether block `bi` stands
 * in a budget's or a call's terms (see above): under such a heading, or in a table or list whose
 * lead-in names one. One pass over the headings in all, and one read of each lead-in asked about.
 * Example: in "CIC's proposed budget (all figures USD):" / "| Line item | Year 1 |" / "| Fund director | 95,000 |", the cell "95,000" → true.
 */
export function budgetContext(blocks: readonly Block[], mask: string, rows: TableRows | undefined): (bi: number) => boolean {
  const under = headedSections(blocks, mask, (heading) => budgetHeadingRe.test(heading) && termRe.test(heading), maxRead);
  const leadIns = new Map<number, boolean>();
  const namesBudget = (start: number, end: number): boolean => {
    let named = leadIns.get(start);
    if (named === undefined) leadIns.set(start, (named = budgetLeadInRe.test(mask.slice(Math.max(start, end - maxRead), end).trimEnd())));
    return named;
  };
  return (bi) => {
    if (under(bi)) return true;
    const b = blocks[bi];
    if (!b) return false;
    if (b.kind === 'table-cell') {
      const row = rows?.rowOf(bi);
      const caption = row?.header?.caption ?? row?.caption;
      return caption !== undefined && namesBudget(caption.start, caption.end);
    }
    return b.leadIn !== undefined && blocks[b.leadIn] !== undefined && namesBudget(blocks[b.leadIn].start, blocks[b.leadIn].end);
  };
}

/** A passive in the present or the future, "is reserved", "are read", "will be paid": no verb in the past. */
const presentPassiveRe = /(?<![\p{L}])(?:is|are|be)[ \t]+\p{L}+ed(?![\p{L}])/giu;

/**
 * A participle that qualifies the noun after it, opening the sentence or after a determiner: "Expected loss ratio
 * on the layer is 48%.", "the estimated premium"; no past ("Anthropic estimated 40%" has no determiner before it).
 * Example: 'Expected loss ratio is 48%.'.replace(qualifyingParticipleRe, ' ') → ' loss ratio is 48%.'.
 */
const qualifyingParticipleRe =
  /(?:^[^\p{L}]*|(?<![\p{L}])(?:the|a|an|our|its|each)[ \t]+)(?:expected|estimated|projected|indicated|adjusted|weighted|modell?ed|implied|blended|annuali[sz]ed|discounted|undiscounted|incurred|earned|ceded|retained|quoted|proposed|required|insured)(?=[ \t]+\p{Ll})/giu;

/**
 * Whether a sentence states a rule or a plan: no verb in the past, a passive in the present and a participle that qualifies a noun aside.
 * Example: statesTerms('At least 40% of it is reserved for projects with fewer than five active maintainers.') → true;
 * statesTerms('Expected loss ratio on the layer is 48%.') → true; statesTerms('The 2025 round funded 40 projects.') → false.
 */
export function statesTerms(sentenceText: string): boolean {
  return !pastVerbRe.test(sentenceText.replace(presentPassiveRe, ' ').replace(qualifyingParticipleRe, ' '));
}

import type { Citation, Claim, ClaimStatus, EntityMention, FactCheck, Fix, Quotation, ReferenceInfo, Sentence } from '../types';
import type { FactIndex } from '../factbase/factIndex';
import type { LineIndex } from '../text/lineIndex';
import type { Structure } from '../markdown/structure';
import type { FactFinding } from '../diagnostics/buildFindings';
import { excerpt } from '../diagnostics/buildFindings';
import { matchRecord, tokenize } from './quoteMatch';
import { creditedEntities, creditsSpeaker } from './attribution';
import { factRules, rulesWithCue, type FactRule } from './factMatcher';
import { compareValue, isComparable } from './compareValues';
import { describeValue, rewriteValue } from './formatValue';
import { firstAtOrAfter } from '../util/search';
import { citeSourceFix, referenceLookup, type ReferenceLookup } from './citationFix';

export interface FactCheckInput {
  readonly text: string;
  readonly index: LineIndex;
  readonly structure: Structure;
  readonly claims: readonly Claim[];
  readonly quotes: readonly Quotation[];
  readonly entities: readonly EntityMention[];
  readonly sentences: readonly Sentence[];
  readonly citations: readonly Citation[];
  readonly references: readonly ReferenceInfo[];
  readonly factIndex: FactIndex;
}

export interface FactCheckResult {
  readonly claims: Claim[];
  readonly quotes: Quotation[];
  readonly findings: FactFinding[];
  /** Citation fixes for unsourced quotations on record, by index into `quotes`. */
  readonly quoteFixes: Map<number, Fix[]>;
  /** Citation fixes for uncited claims whose facts are on record, by index into `claims`. */
  readonly claimFixes: Map<number, Fix[]>;
}

function sourceLabel(ids: readonly string[], factIndex: FactIndex): string {
  const s = ids.map((id) => factIndex.source(id)).find((x) => x);
  if (!s) return '';
  return ` (source: ${s.number !== undefined ? `[${s.number}] ` : ''}${s.title}, ${s.publisher})`;
}

/** Mentions inside [start, end), found by binary search over mentions sorted by start. */
function mentionsIn(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = firstAtOrAfter(mentions, start, (e) => e.span.start); i < mentions.length && mentions[i].span.start < end; i++) out.push(mentions[i]);
  return out;
}

function checkQuotes(input: FactCheckInput, lookup: ReferenceLookup, findings: FactFinding[], quoteFixes: Map<number, Fix[]>): Quotation[] {
  const { factIndex, text, entities, sentences } = input;
  if (!factIndex.factBase.quotations.length) return [...input.quotes];
  return input.quotes.map((q, qi) => {
    const match = matchRecord(q.text, factIndex);
    if (!match) return q;
    const record = match.record;
    const speaker = factIndex.entity(record.speaker)?.name ?? record.speaker;
    const source = sourceLabel(record.sources, factIndex);
    if (match.kind === 'near') {
      // Replace the quoted words, keeping the writer's punctuation around them.
      const innerStart = q.span.start + 1;
      const words = tokenize(text.slice(innerStart, q.span.end - 1));
      const canFix = q.kind === 'inline' && words.length > 0 && !/…|\.\s?\.\s?\.|\[/.test(q.text);
      const fix: Fix = {
        title: 'Restore the words on record',
        edits: canFix ? [{ range: input.index.range(innerStart + words[0].start, innerStart + words[words.length - 1].end), newText: match.wordsOnRecord }] : [],
        isPreferred: true,
      };
      findings.push({
        code: 'PL004',
        message: `Quotation differs from the words on record: “${match.wordsOnRecord}” (${speaker}, ${record.where})${source}`,
        span: q.span,
        fixes: fix.edits.length ? [fix] : [],
      });
    }
    const sentence = sentences[q.sentenceIndex];
    if (sentence) {
      const credited = creditedEntities(text.slice(sentence.span.start, sentence.span.end), sentence.span.start, mentionsIn(entities, sentence.span.start, sentence.span.end)).filter(
        (e) => e.span.end <= q.span.start || e.span.start >= q.span.end,
      );
      if (credited.length && !credited.some((e) => creditsSpeaker(e.id, record, factIndex))) {
        const who = credited.map((e) => factIndex.entity(e.id)?.name ?? e.text);
        findings.push({
          code: 'PL005',
          message: `Quotation is credited to ${who.join(' and ')}, but on record these are the words of ${speaker} (${record.where})${source}: ${excerpt(record.text)}`,
          span: q.span,
          related: credited.map((e) => ({ message: `credited to ${factIndex.entity(e.id)?.name ?? e.text} here`, span: e.span })),
        });
      }
    }
    if (!q.sourced) {
      const fix = citeSourceFix(record.sources, q.kind === 'inline' ? q.span.end : sentence?.span.end ?? q.span.end, input.references, lookup, input.structure, input.index, factIndex);
      if (fix) quoteFixes.set(qi, [fix]);
    }
    return { ...q, onRecord: record.id, recordMatch: match.kind };
  });
}

/** Rules tied to a sentence: a cue in the sentence, a key entity in the sentence (strong) or its paragraph. */
function rulesFor(cued: readonly FactRule[], sentenceIds: ReadonlySet<string>, blockIds: () => ReadonlySet<string>): { rule: FactRule; strong: boolean }[] {
  const out: { rule: FactRule; strong: boolean }[] = [];
  for (const rule of cued) {
    if (!rule.cues.length && rule.fact.entities.filter((e) => sentenceIds.has(e)).length < 2) continue;
    let strong = false;
    let weak = false;
    for (const e of rule.keyEntities) {
      if (sentenceIds.has(e)) strong = true;
      else if (!strong && blockIds().has(e)) weak = true;
    }
    if (strong || weak) out.push({ rule, strong });
  }
  return out;
}

/** Candidate facts for one value: comparable, and from the strongest tie available. */
function candidatesFor(tied: readonly { rule: FactRule; strong: boolean }[], value: Claim['values'][number]): { rule: FactRule; strong: boolean }[] {
  const out = tied.filter((c) => c.rule.fact.value && isComparable(value, c.rule.fact.value));
  return out.some((c) => c.strong) ? out.filter((c) => c.strong) : out;
}

function checkClaims(input: FactCheckInput, lookup: ReferenceLookup, findings: FactFinding[], claimFixes: Map<number, Fix[]>): Claim[] {
  const { factIndex, text, entities, structure } = input;
  const rules = factRules(factIndex);
  if (!rules.all.length) return [...input.claims];
  const blocks = structure.blocks;
  let blockCursor = 0;
  return input.claims.map((claim, ci) => {
    if (!claim.values.length) return claim;
    const { start, end } = claim.span;
    while (blockCursor < blocks.length - 1 && blocks[blockCursor].end <= start) blockCursor++;
    const block = blocks[blockCursor];
    const sentenceText = text.slice(start, end);
    // Most sentences hold no cue of any fact: stop before looking at entities.
    const cued = rulesWithCue(rules, sentenceText);
    if (!cued.length) return claim;
    const sentenceMentions = mentionsIn(entities, start, end);
    const sentenceIds = new Set(sentenceMentions.map((e) => e.id));
    let blockIdSet: ReadonlySet<string> | undefined;
    const blockIds = () => (blockIdSet ??= block ? new Set(mentionsIn(entities, block.start, Math.min(block.end, end)).map((e) => e.id)) : sentenceIds);
    const checks: FactCheck[] = [];
    const facts = new Set<string>();
    let contradicted = false;
    const tied = rulesFor(cued, sentenceIds, blockIds);
    if (!tied.length) return claim;
    claim.values.forEach((value, vi) => {
      const candidates = candidatesFor(tied, value);
      if (!candidates.length) return;
      const verdicts = candidates.map((c) => ({ ...c, verdict: compareValue(value, c.rule.fact.value!) }));
      const agreeing = verdicts.find((v) => v.verdict === 'agrees');
      if (agreeing) {
        facts.add(agreeing.rule.fact.id);
        checks.push({ factId: agreeing.rule.fact.id, verdict: 'agrees', valueIndex: vi, recordText: describeValue(agreeing.rule.fact.value!) });
        return;
      }
      // No fact agrees: the one whose key entity and cue stand nearest the figure is the one meant.
      const against = verdicts.filter((v) => v.verdict === 'contradicts');
      if (!against.length) return;
      const distances = new Map<FactRule, number>();
      const distance = (rule: FactRule) => {
        const known = distances.get(rule);
        if (known !== undefined) return known;
        let best = Infinity;
        for (const e of sentenceMentions) if (rule.keyEntities.has(e.id)) best = Math.min(best, Math.abs(e.span.start - value.span.start));
        for (const re of rule.cues) {
          const m = re.exec(sentenceText);
          if (m) best = Math.min(best, Math.abs(start + m.index - value.span.start) + 1);
        }
        distances.set(rule, best);
        return best;
      };
      against.sort((a, b) => distance(a.rule) - distance(b.rule));
      const fact = against[0].rule.fact;
      const recordText = describeValue(fact.value!);
      facts.add(fact.id);
      checks.push({ factId: fact.id, verdict: 'contradicts', valueIndex: vi, recordText });
      contradicted = true;
      const replacement = rewriteValue(value, fact.value!);
      findings.push({
        code: 'PL006',
        message: `“${value.text}” contradicts the fact base: ${fact.statement.replace(/\.$/, '')} — ${recordText} on record${sourceLabel(fact.sources, factIndex)}`,
        span: value.span,
        fixes: replacement && replacement !== value.text ? [{ title: `Use the value on record: ${replacement}`, edits: [{ range: value.range, newText: replacement }], isPreferred: true }] : [],
      });
    });
    const status: ClaimStatus = contradicted ? 'contradicted' : checks.length ? 'confirmed' : 'unverified';
    if (!claim.citations.length && checks.length) {
      const fact = factIndex.fact(checks[0].factId);
      const fix = fact && !contradicted ? citeSourceFix(fact.sources, end, input.references, lookup, structure, input.index, factIndex) : undefined;
      if (fix) claimFixes.set(ci, [fix]);
    }
    return { ...claim, status, facts: [...facts], checks };
  });
}

/** Compare claims and quotations with the fact base (PL004, PL005, PL006) and offer citation fixes. */
export function checkFacts(input: FactCheckInput): FactCheckResult {
  const findings: FactFinding[] = [];
  const quoteFixes = new Map<number, Fix[]>();
  const claimFixes = new Map<number, Fix[]>();
  const lookup = referenceLookup(input.references);
  const quotes = checkQuotes(input, lookup, findings, quoteFixes);
  const claims = checkClaims(input, lookup, findings, claimFixes);
  return { claims, quotes, findings, quoteFixes, claimFixes };
}
